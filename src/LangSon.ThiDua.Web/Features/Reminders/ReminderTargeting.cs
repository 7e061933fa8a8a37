using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Reminders;

/// <summary>An active unit a rule picked, with the reason shown beside it (e.g. "3 mục tiêu quá hạn").</summary>
public sealed record TargetedUnit(int UnitId, string Reason);

/// <summary>
/// Which active units a reminder rule picks for a campaign on a given day:
/// <list type="bullet">
/// <item>NoPlanSubmitted: no plan, or a plan in draft or returned;</item>
/// <item>OverdueTargets: at least one target whose derived state (TargetProgress.State with the latest report) is overdue —
/// none once the campaign is finished, when missed deadlines are "not achieved";</item>
/// <item>NoReportFor30Days: an accepted plan and no progress report entered (CreatedAtUtc) in the last 30 days;</item>
/// <item>Manual: nobody; the units are ticked by hand.</item>
/// </list>
/// Inactive units are never picked.
/// </summary>
public sealed class ReminderTargeting(AppDbContext db)
{
    /// <summary>The window of the "no report" rule.</summary>
    public const int ReportWindowDays = 30;

    public async Task<IReadOnlyList<TargetedUnit>> FindAsync(ReminderRule rule, int campaignId, DateOnly today, CancellationToken ct = default) =>
        rule switch
        {
            ReminderRule.NoPlanSubmitted => await NoPlanSubmittedAsync(campaignId, ct),
            ReminderRule.OverdueTargets => await OverdueTargetsAsync(campaignId, today, ct),
            ReminderRule.NoReportFor30Days => await NoReportAsync(campaignId, today, ct),
            _ => [],
        };

    private async Task<IReadOnlyList<TargetedUnit>> NoPlanSubmittedAsync(int campaignId, CancellationToken ct)
    {
        var rows = await db.Units.AsNoTracking().Where(u => u.IsActive)
            .Select(u => new
            {
                u.Id,
                u.Kind,
                u.SearchName,
                Status = db.UnitPlans.Where(p => p.CampaignId == campaignId && p.UnitId == u.Id).Select(p => (PlanStatus?)p.Status).FirstOrDefault(),
            })
            .Where(u => u.Status == null || u.Status == PlanStatus.Draft || u.Status == PlanStatus.Returned)
            .OrderBy(u => u.Kind).ThenBy(u => u.SearchName)
            .ToListAsync(ct);
        return rows.Select(u => new TargetedUnit(u.Id, u.Status is { } s ? s.DisplayName() : "Chưa lập kế hoạch")).ToList();
    }

    private async Task<IReadOnlyList<TargetedUnit>> OverdueTargetsAsync(int campaignId, DateOnly today, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.StartDate, c.Status }).SingleOrDefaultAsync(ct);
        if (campaign is null || campaign.Status.IsFinished())
        {
            return [];
        }

        // Only a target past its deadline can be overdue; the state itself is decided by the one rule, in memory.
        var targets = await db.PlanTargets.AsNoTracking()
            .Where(t => t.UnitPlan!.CampaignId == campaignId && t.UnitPlan.Unit!.IsActive && t.Deadline < today)
            .Select(t => new
            {
                t.UnitPlan!.UnitId,
                t.UnitPlan.Unit!.Kind,
                t.UnitPlan.Unit.SearchName,
                t.Deadline,
                // ProgressReport.Latest's rule, written inline so that EF translates it.
                LatestPercent = t.Reports.OrderByDescending(r => r.AsOfDate).ThenByDescending(r => r.Id).Select(r => (decimal?)r.Percent).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return targets
            .Where(t => TargetProgress.State(t.LatestPercent, t.Deadline, campaign.StartDate, campaignClosed: false, today) == TargetState.Overdue)
            .GroupBy(t => new { t.UnitId, t.Kind, t.SearchName })
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.SearchName, StringComparer.Ordinal)
            .Select(g => new TargetedUnit(g.Key.UnitId, g.Count().ToString("N0", Vietnamese.Culture) + " mục tiêu quá hạn"))
            .ToList();
    }

    private async Task<IReadOnlyList<TargetedUnit>> NoReportAsync(int campaignId, DateOnly today, CancellationToken ct)
    {
        var since = VietnamTime.StartOfDayUtc(today.AddDays(-ReportWindowDays));
        var rows = await db.UnitPlans.AsNoTracking()
            .Where(p => p.CampaignId == campaignId && p.Status == PlanStatus.Accepted && p.Unit!.IsActive)
            .Select(p => new
            {
                p.UnitId,
                p.Unit!.Kind,
                p.Unit.SearchName,
                Latest = p.Targets.SelectMany(t => t.Reports).Max(r => (DateTime?)r.CreatedAtUtc),
            })
            .Where(p => p.Latest == null || p.Latest < since)
            .OrderBy(p => p.Kind).ThenBy(p => p.SearchName)
            .ToListAsync(ct);
        return rows.Select(p => new TargetedUnit(p.UnitId, p.Latest is { } latest
                ? "Báo cáo gần nhất " + VietnamTime.FromUtc(latest).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                : "Chưa có báo cáo tiến độ"))
            .ToList();
    }
}
