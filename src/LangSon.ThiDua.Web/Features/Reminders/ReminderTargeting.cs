using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Reminders;

/// <summary>
/// Which active units the chosen reminder rules pick for a campaign on a given day, and what applies to each — a unit
/// is picked when at least one rule applies to it:
/// <list type="bullet">
/// <item>NoPlanSubmitted: no plan, or a plan in draft or returned;</item>
/// <item>OverdueTargets / AtRiskTargets: at least one target whose derived state (TargetProgress.State with the latest
/// report, the one rule the dashboard shows) is overdue / at risk — none once the campaign is finished;</item>
/// <item>NotReported: an accepted plan and no progress report entered (CreatedAtUtc) for N days or more: the latest
/// was entered N or more days before today (Vietnam days), or none at all;</item>
/// <item>Manual (no rule): nobody; the units are ticked by hand.</item>
/// </list>
/// Inactive units are never picked.
/// </summary>
public sealed class ReminderTargeting(AppDbContext db)
{
    /// <summary>The window of the "not reported" rule offered first.</summary>
    public const int DefaultNotReportedDays = 30;

    public async Task<IReadOnlyList<UnitFindings>> FindAsync(
        ReminderRule rules, int campaignId, DateOnly today, int notReportedDays = DefaultNotReportedDays, CancellationToken ct = default)
    {
        var found = new Dictionary<int, UnitFindings>();
        UnitFindings For(int unitId, UnitKind kind, string searchName)
        {
            if (!found.TryGetValue(unitId, out var unit))
            {
                found[unitId] = unit = new UnitFindings(unitId, kind, searchName);
            }

            return unit;
        }

        if (rules.HasFlag(ReminderRule.NoPlanSubmitted))
        {
            await NoPlanSubmittedAsync(campaignId, For, ct);
        }

        if (rules.HasFlag(ReminderRule.OverdueTargets) || rules.HasFlag(ReminderRule.AtRiskTargets))
        {
            await TargetStatesAsync(rules, campaignId, today, For, ct);
        }

        if (rules.HasFlag(ReminderRule.NotReported))
        {
            await NotReportedAsync(campaignId, today, notReportedDays, For, ct);
        }

        return UnitFindings.Ordered(found.Values);
    }

    private async Task NoPlanSubmittedAsync(int campaignId, Func<int, UnitKind, string, UnitFindings> unit, CancellationToken ct)
    {
        var rows = await db.Units.AsNoTracking().Where(u => u.IsActive)
            .Select(u => new
            {
                u.Id,
                u.Kind,
                u.SearchName,
                Status = db.UnitPlans.Where(p => p.CampaignId == campaignId && p.UnitId == u.Id).Select(p => (PlanStatus?)p.Status).FirstOrDefault(),
                // A plan accepted once stays in force while it is amended (returned or not): it is not "not submitted".
                InForce = db.UnitPlans.Any(p => p.CampaignId == campaignId && p.UnitId == u.Id
                    && p.Transitions.Any(t => t.From == PlanStatus.Submitted && t.To == PlanStatus.Accepted)),
            })
            .Where(u => !u.InForce
                && (u.Status == null || u.Status == PlanStatus.Draft || u.Status == PlanStatus.Returned))
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            var found = unit(row.Id, row.Kind, row.SearchName);
            found.PlanNotSubmitted = true;
            found.PlanStatus = row.Status;
        }
    }

    private async Task TargetStatesAsync(
        ReminderRule rules, int campaignId, DateOnly today, Func<int, UnitKind, string, UnitFindings> unit, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.StartDate, c.Status }).SingleOrDefaultAsync(ct);
        if (campaign is null || campaign.Status.IsFinished())
        {
            return;
        }

        var overdue = rules.HasFlag(ReminderRule.OverdueTargets);
        var atRisk = rules.HasFlag(ReminderRule.AtRiskTargets);
        var targets = db.PlanTargets.AsNoTracking().Where(t => t.UnitPlan!.CampaignId == campaignId && t.UnitPlan.Unit!.IsActive);
        if (!atRisk)
        {
            // Only a target past its deadline can be overdue; only one not past it can be at risk.
            targets = targets.Where(t => t.Deadline < today);
        }
        else if (!overdue)
        {
            targets = targets.Where(t => t.Deadline >= today);
        }

        var rows = await targets
            .Select(t => new
            {
                t.UnitPlan!.UnitId,
                t.UnitPlan.Unit!.Kind,
                t.UnitPlan.Unit.SearchName,
                t.Title,
                t.Deadline,
                // ProgressReport.Latest's rule, written inline so that EF translates it.
                LatestPercent = t.Reports.OrderByDescending(r => r.AsOfDate).ThenByDescending(r => r.Id).Select(r => (decimal?)r.Percent).FirstOrDefault(),
            })
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            // The state is decided by the one rule, in memory.
            var state = TargetProgress.State(row.LatestPercent, row.Deadline, campaign.StartDate, campaignClosed: false, today);
            var list = state switch
            {
                TargetState.Overdue when overdue => unit(row.UnitId, row.Kind, row.SearchName).Overdue,
                TargetState.AtRisk when atRisk => unit(row.UnitId, row.Kind, row.SearchName).AtRisk,
                _ => null,
            };
            list?.Add(new FoundTarget(row.Title, row.Deadline, row.LatestPercent));
        }
    }

    private async Task NotReportedAsync(
        int campaignId, DateOnly today, int days, Func<int, UnitKind, string, UnitFindings> unit, CancellationToken ct)
    {
        // A report entered on today - N + 1 or later (Vietnam days) is within the window; one entered N days ago is not.
        var since = VietnamTime.StartOfDayUtc(today.AddDays(1 - days));
        var rows = await db.UnitPlans.AsNoTracking()
            .Where(p => p.CampaignId == campaignId && p.Unit!.IsActive
                && p.Transitions.Any(t => t.From == PlanStatus.Submitted && t.To == PlanStatus.Accepted))
            .Select(p => new
            {
                p.UnitId,
                p.Unit!.Kind,
                p.Unit.SearchName,
                Latest = p.Targets.SelectMany(t => t.Reports).Max(r => (DateTime?)r.CreatedAtUtc),
            })
            .Where(p => p.Latest == null || p.Latest < since)
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            var found = unit(row.UnitId, row.Kind, row.SearchName);
            found.NotReported = true;
            found.LastReport = row.Latest is { } latest ? DateOnly.FromDateTime(VietnamTime.FromUtc(latest)) : null;
        }
    }
}
