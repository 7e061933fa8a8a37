using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>
/// Computes the dashboard's snapshot for the active campaign: the data is read into a <see cref="DashboardBasis"/>
/// (narrow, untracked queries; targets as id, unit, area, deadline and the latest report's percent, found in SQL), or
/// the previous basis is brought up to date when only progress reports came since. The sums over the targets are
/// its <see cref="DashboardAggregate"/>, made with the one rule for a target's state
/// (<see cref="TargetProgress.State"/>); the unit and group rows take the one mean
/// (<see cref="ProgressFigures.TargetMean(decimal, int)"/>). Targets of every plan of the campaign count, whatever the
/// plan's status, for active units only.
/// </summary>
public static class DashboardQuery
{
    /// <summary>How many targets the overdue and at-risk boxes list (the full lists are behind a link).</summary>
    public const int TopCount = 20;

    /// <summary>How many ISO weeks the reports chart covers, the current one included.</summary>
    public const int WeekCount = 26;

    /// <summary>
    /// The snapshot and its basis: <paramref name="previous"/> brought up to date if it can, else read afresh.
    /// </summary>
    internal static async Task<(DashboardSnapshot Snapshot, DashboardBasis Basis)> ComputeAsync(
        AppDbContext db, ActiveCampaign campaign, DashboardBasis? previous, DateOnly today, DateTime nowUtc,
        CancellationToken ct)
    {
        var version = await DashboardVersion.ReadAsync(db, today, ct);
        var basis = previous is null ? null : await previous.AdvanceAsync(db, campaign, version, ct);
        basis ??= await DashboardBasis.LoadAsync(db, campaign, version, today, ct);
        return (await SnapshotAsync(db, basis, campaign, today, nowUtc, ct), basis);
    }

    private static async Task<DashboardSnapshot> SnapshotAsync(
        AppDbContext db, DashboardBasis basis, ActiveCampaign campaign, DateOnly today, DateTime nowUtc,
        CancellationToken ct)
    {
        var areas = basis.Areas;
        var aggregate = basis.Aggregate;
        var planOf = basis.Plans.ToDictionary(p => p.UnitId);
        var groupOf = basis.Groups.ToDictionary(g => g.Id);
        var unitRows = basis.Units.Select((u, i) =>
        {
            var plan = planOf.GetValueOrDefault(u.Id);
            var group = u.GroupId is { } g ? groupOf.GetValueOrDefault(g) : null;
            var tally = aggregate.UnitTally(i);
            return new UnitProgress(
                u.Id, u.Code, u.Name, u.SearchName, u.Kind, group?.Id, group?.Name, plan?.Id,
                DashboardPlanStatuses.From(plan?.Status), tally.Count, tally.Overdue, tally.AtRisk,
                ProgressFigures.TargetMean(tally.Sum, tally.Count),
                areas.Select((_, a) => ProgressFigures.TargetMean(tally.AreaSums[a], tally.AreaCounts[a])).ToList());
        }).ToList();

        var unitsOfGroup = unitRows.ToLookup(u => u.GroupId);
        var groupRows = basis.Groups.Select(g =>
        {
            var members = unitsOfGroup[g.Id].ToList();
            return new GroupProgress(
                g.Id, g.Name, g.Kind, members.Count, members.Count(u => u.Percent is not null),
                members.Sum(u => u.TargetCount), members.Sum(u => u.OverdueCount),
                ProgressFigures.GroupMean(members.Select(u => u.Percent)));
        }).ToList();

        var topOverdue = aggregate.FirstOverdue(TopCount);
        var topAtRisk = aggregate.FirstAtRisk(TopCount);
        var described = await DescribeAsync(db, topOverdue.Concat(topAtRisk).Select(f => f.Target.Id).ToList(), ct);
        var areaNumber = areas.ToDictionary(a => a.Id, a => a.Number);

        return new DashboardSnapshot
        {
            CampaignId = campaign.Id,
            CampaignTitle = campaign.Title,
            Today = today,
            ComputedAtUtc = nowUtc,
            Areas = areas,
            UnitCount = basis.Units.Count,
            PlanStatusCounts = Enum.GetValues<DashboardPlanStatus>()
                .ToDictionary(s => s, s => unitRows.Count(u => u.PlanStatus == s)),
            AreaStates = aggregate.AreaStates(),
            StateTotals = aggregate.StateTotals(),
            TargetCount = aggregate.Count,
            Units = unitRows,
            Groups = groupRows,
            Overdue = topOverdue.Select(f => Row(f, described, areaNumber)).ToList(),
            AtRisk = topAtRisk.Select(f => Row(f, described, areaNumber)).ToList(),
            Weeks = basis.Weeks,
        };
    }

    /// <summary>
    /// Progress reports entered per ISO week (Monday–Sunday, Vietnam time) over the last <see cref="WeekCount"/>
    /// weeks: one COUNT per week over the CreatedAtUtc index (7 ms in all at 500,000 reports; grouping by day in SQL
    /// or reading the timestamps took over 200 ms). Every report counts: only the active campaign's plans receive
    /// reports.
    /// </summary>
    internal static async Task<IReadOnlyList<WeekCount>> WeeksAsync(
        AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var firstMonday = MondayOf(today).AddDays(-7 * (WeekCount - 1));
        var weeks = new List<WeekCount>(WeekCount);
        for (var i = 0; i < WeekCount; i++)
        {
            var monday = firstMonday.AddDays(7 * i);
            var day = monday.ToDateTime(TimeOnly.MinValue);
            var count = await ReportsInWeek(db, monday).CountAsync(ct);
            weeks.Add(new WeekCount(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day), monday, count));
        }

        return weeks;
    }

    /// <summary>The reports entered from Monday 00:00 to the next Monday 00:00, Vietnam time.</summary>
    public static IQueryable<ProgressReport> ReportsInWeek(AppDbContext db, DateOnly monday)
    {
        var fromUtc = VietnamTime.StartOfDayUtc(monday);
        var toUtc = VietnamTime.StartOfDayUtc(monday.AddDays(7));
        return db.ProgressReports.AsNoTracking().Where(r => r.CreatedAtUtc >= fromUtc && r.CreatedAtUtc < toUtc);
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static async Task<Dictionary<int, (string Title, string UnitName)>> DescribeAsync(
        AppDbContext db, List<int> ids, CancellationToken ct) =>
        (await db.PlanTargets.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.Title, UnitName = t.UnitPlan!.Unit!.Name }).ToListAsync(ct))
        .ToDictionary(t => t.Id, t => (t.Title, t.UnitName));

    private static DashboardTarget Row(
        (TargetFact Target, TargetState State) fact, Dictionary<int, (string Title, string UnitName)> described,
        Dictionary<int, int> areaNumber)
    {
        var (target, state) = fact;
        var (title, unitName) = described.GetValueOrDefault(target.Id, (string.Empty, string.Empty));
        return new DashboardTarget(target.Id, target.UnitId, unitName, areaNumber.GetValueOrDefault(target.AreaId),
            title, target.Deadline, target.Latest ?? 0m, state);
    }
}
