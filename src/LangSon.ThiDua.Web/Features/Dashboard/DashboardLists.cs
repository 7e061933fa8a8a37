using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Dashboard;

public sealed record ActiveCampaign(int Id, string Title, DateOnly Start, CampaignStatus Status);

/// <summary>
/// The lists behind the dashboard's numbers, read straight from the database with the same rules as the snapshot
/// (active units, every plan of the active campaign, a target's latest report by as-of date then entry order).
/// </summary>
public static class DashboardLists
{
    public const int PageSize = 50;

    public static Task<ActiveCampaign?> ActiveCampaignAsync(AppDbContext db, CancellationToken ct) =>
        db.Campaigns.AsNoTracking().Active()
            .Select(c => new ActiveCampaign(c.Id, c.Title, c.StartDate, c.Status)).FirstOrDefaultAsync(ct);

    public static async Task<Page<UnitListRow>> UnitsAsync(AppDbContext db, int campaignId, UnitFilter filter, CancellationToken ct)
    {
        var units = db.Units.AsNoTracking().Where(u => u.IsActive);
        if (filter.Group is { } group)
        {
            units = units.Where(u => u.EmulationGroupId == group);
        }

        if (filter.Kind is { } kind)
        {
            units = units.Where(u => u.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var folded = TextFolding.Fold(filter.Q);
            units = units.Where(u => u.SearchName.Contains(folded));
        }

        if (filter.PlanStatus is { } wanted)
        {
            units = wanted.ToPlanStatus() is { } status
                ? units.Where(u => db.UnitPlans.Any(p => p.CampaignId == campaignId && p.UnitId == u.Id && p.Status == status))
                : units.Where(u => !db.UnitPlans.Any(p => p.CampaignId == campaignId && p.UnitId == u.Id));
        }

        var page = await units.OrderBy(u => u.Kind).ThenBy(u => u.SearchName).ThenBy(u => u.Id)
            .Select(u => new UnitListRow(
                u.Id,
                u.Code,
                u.Name,
                u.Kind,
                u.EmulationGroup!.Name,
                db.UnitPlans.Where(p => p.CampaignId == campaignId && p.UnitId == u.Id).Select(p => (int?)p.Id).FirstOrDefault(),
                db.UnitPlans.Where(p => p.CampaignId == campaignId && p.UnitId == u.Id).Select(p => (PlanStatus?)p.Status).FirstOrDefault(),
                0,
                null))
            .ToPageAsync(filter.Page, PageSize, ct);

        // The percent of the units on this page only: their targets with the latest report's percent.
        var planIds = page.Items.Where(r => r.PlanId is not null).Select(r => r.PlanId!.Value).ToList();
        var targets = (await db.PlanTargets.AsNoTracking().Where(t => planIds.Contains(t.UnitPlanId))
                .Select(t => new { t.UnitPlanId, Latest = t.Reports.OrderByDescending(r => r.AsOfDate).ThenByDescending(r => r.Id).Select(r => (decimal?)r.Percent).FirstOrDefault() })
                .ToListAsync(ct))
            .ToLookup(t => t.UnitPlanId, t => t.Latest);
        var items = page.Items.Select(r => r.PlanId is { } planId && targets[planId].ToList() is { Count: > 0 } percents
            ? r with { TargetCount = percents.Count, Percent = ProgressFigures.TargetMean(percents) }
            : r).ToList();
        return new Page<UnitListRow> { Items = items, Number = page.Number, Size = page.Size, TotalCount = page.TotalCount };
    }

    public static async Task<Page<TargetListRow>> TargetsAsync(AppDbContext db, ActiveCampaign campaign, TargetFilter filter, DateOnly today, CancellationToken ct)
    {
        var targets = Filtered(db, campaign, filter, today);
        var closed = campaign.Status.IsFinished();
        var search = string.IsNullOrWhiteSpace(filter.Q) ? null : TextFolding.Fold(filter.Q);
        Page<ListedTarget> page;
        if (filter.State is null && search is null)
        {
            // Nothing derived to filter on: order and page in SQL, the latest percent for the 50 rows shown only.
            var rows = await targets.OrderBy(t => t.Deadline).ThenBy(t => t.UnitPlan!.Unit!.SearchName).ThenBy(t => t.Id)
                .Select(t => new ListedTarget(t.Id, t.Deadline, t.Reports.OrderByDescending(r => r.AsOfDate).ThenByDescending(r => r.Id).Select(r => (decimal?)r.Percent).FirstOrDefault()))
                .ToPageAsync(filter.Page, PageSize, ct);
            page = new Page<ListedTarget> { Items = rows.Items, Number = rows.Number, Size = rows.Size, TotalCount = rows.TotalCount };
        }
        else
        {
            // The state is derived (latest report, deadline, today) and titles are not stored folded: both are filtered in
            // memory over narrow rows (id, deadline, latest percent, folded unit name, and the title only when searching).
            var withTitle = search is not null;
            var rows = await targets
                .Select(t => new
                {
                    t.Id,
                    t.Deadline,
                    Latest = t.Reports.OrderByDescending(r => r.AsOfDate).ThenByDescending(r => r.Id).Select(r => (decimal?)r.Percent).FirstOrDefault(),
                    UnitSearchName = t.UnitPlan!.Unit!.SearchName,
                    Title = withTitle ? t.Title : null,
                })
                .ToListAsync(ct);
            page = rows
                .Where(r => filter.State is null || TargetProgress.State(r.Latest, r.Deadline, campaign.Start, closed, today) == filter.State)
                .Where(r => search is null || r.UnitSearchName.Contains(search, StringComparison.Ordinal) || TextFolding.Fold(r.Title ?? string.Empty).Contains(search, StringComparison.Ordinal))
                .OrderBy(r => r.Deadline).ThenBy(r => r.UnitSearchName, StringComparer.Ordinal).ThenBy(r => r.Id)
                .Select(r => new ListedTarget(r.Id, r.Deadline, r.Latest))
                .ToList()
                .ToPage(filter.Page, PageSize);
        }

        var ids = page.Items.Select(r => r.Id).ToList();
        var details = await db.PlanTargets.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.Title, t.UnitPlanId, t.UnitPlan!.UnitId, UnitName = t.UnitPlan.Unit!.Name, t.ContentArea!.Number, t.ContentArea.ShortTitle })
            .ToDictionaryAsync(t => t.Id, ct);
        var items = page.Items.Select(r =>
        {
            var d = details[r.Id];
            var state = TargetProgress.State(r.Latest, r.Deadline, campaign.Start, closed, today);
            return new TargetListRow(r.Id, d.UnitId, d.UnitName, d.UnitPlanId, d.Number, d.ShortTitle, d.Title, r.Deadline, r.Latest, state);
        }).ToList();
        return new Page<TargetListRow> { Items = items, Number = page.Number, Size = page.Size, TotalCount = page.TotalCount };
    }

    private sealed record ListedTarget(int Id, DateOnly Deadline, decimal? Latest);

    /// <summary>The filters that SQL can apply, including what the wanted state implies about the deadline and reports.</summary>
    private static IQueryable<PlanTarget> Filtered(AppDbContext db, ActiveCampaign campaign, TargetFilter filter, DateOnly today)
    {
        var targets = db.PlanTargets.AsNoTracking().Where(t => t.UnitPlan!.CampaignId == campaign.Id && t.UnitPlan.Unit!.IsActive);
        if (filter.Area is { } area)
        {
            targets = targets.Where(t => t.ContentAreaId == area);
        }

        if (filter.Group is { } group)
        {
            targets = targets.Where(t => t.UnitPlan!.Unit!.EmulationGroupId == group);
        }

        if (filter.Kind is { } kind)
        {
            targets = targets.Where(t => t.UnitPlan!.Unit!.Kind == kind);
        }

        if (filter.Unit is { } unit)
        {
            targets = targets.Where(t => t.UnitPlan!.UnitId == unit);
        }

        if (filter.From is { } from)
        {
            targets = targets.Where(t => t.Deadline >= from);
        }

        if (filter.To is { } to)
        {
            targets = targets.Where(t => t.Deadline <= to);
        }

        // TargetProgress.State: overdue / not achieved only past the deadline; not started, on track and at risk only
        // until it, not started without any report. (Achieved may be either side of the deadline.)
        return filter.State switch
        {
            TargetState.Overdue or TargetState.NotAchieved => targets.Where(t => t.Deadline < today),
            TargetState.NotStarted => targets.Where(t => t.Deadline >= today && !t.Reports.Any()),
            TargetState.OnTrack or TargetState.AtRisk => targets.Where(t => t.Deadline >= today && t.Reports.Any()),
            _ => targets,
        };
    }

    /// <summary>Progress reports entered in the ISO week starting <paramref name="monday"/> (Vietnam time), newest first.</summary>
    public static Task<Page<ReportListRow>> ReportsAsync(AppDbContext db, DateOnly monday, int? page, CancellationToken ct) =>
        DashboardQuery.ReportsInWeek(db, monday)
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            .Select(r => new ReportListRow(
                r.Id, r.CreatedAtUtc, r.PlanTargetId, r.PlanTarget!.Title, r.PlanTarget.UnitPlan!.Unit!.Name, r.AsOfDate, r.Percent, r.ReporterFullName))
            .ToPageAsync(page, PageSize, ct);
}
