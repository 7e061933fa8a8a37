using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>Where a unit stands with its plan for the active campaign: no plan yet, or the plan's status.</summary>
public enum DashboardPlanStatus
{
    [Display(Name = "Chưa lập kế hoạch")]
    NotStarted = 0,

    [Display(Name = "Dự thảo")]
    Draft = 1,

    [Display(Name = "Đã trình")]
    Submitted = 2,

    [Display(Name = "Bị trả lại")]
    Returned = 3,

    [Display(Name = "Đã chấp thuận")]
    Accepted = 4,

    [Display(Name = "Đề nghị điều chỉnh")]
    AmendmentRequested = 5,

    [Display(Name = "Đang điều chỉnh")]
    Amending = 6,
}

public static class DashboardPlanStatuses
{
    public static DashboardPlanStatus From(PlanStatus? status) => status switch
    {
        null => DashboardPlanStatus.NotStarted,
        PlanStatus.Draft => DashboardPlanStatus.Draft,
        PlanStatus.Submitted => DashboardPlanStatus.Submitted,
        PlanStatus.Returned => DashboardPlanStatus.Returned,
        PlanStatus.Accepted => DashboardPlanStatus.Accepted,
        PlanStatus.AmendmentRequested => DashboardPlanStatus.AmendmentRequested,
        PlanStatus.Amending => DashboardPlanStatus.Amending,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The plan status behind a dashboard status; null for "no plan yet".</summary>
    public static PlanStatus? ToPlanStatus(this DashboardPlanStatus status) => status switch
    {
        DashboardPlanStatus.Draft => PlanStatus.Draft,
        DashboardPlanStatus.Submitted => PlanStatus.Submitted,
        DashboardPlanStatus.Returned => PlanStatus.Returned,
        DashboardPlanStatus.Accepted => PlanStatus.Accepted,
        DashboardPlanStatus.AmendmentRequested => PlanStatus.AmendmentRequested,
        DashboardPlanStatus.Amending => PlanStatus.Amending,
        _ => null,
    };
}

public sealed record AreaInfo(int Id, int Number, string ShortTitle)
{
    public string Label => $"Nội dung {Number}";
}

/// <summary>A unit's progress: the mean percent of its targets (a target without report counts 0), per area too.</summary>
public sealed record UnitProgress(
    int Id,
    string Code,
    string Name,
    string SortName,
    UnitKind Kind,
    int? GroupId,
    string? GroupName,
    int? PlanId,
    DashboardPlanStatus PlanStatus,
    int TargetCount,
    int OverdueCount,
    int AtRiskCount,
    decimal? Percent,
    IReadOnlyList<decimal?> AreaPercents);

/// <summary>A khối or cụm: its progress is <see cref="ProgressFigures.GroupMean"/> of its units' percents.</summary>
public sealed record GroupProgress(
    int Id,
    string Name,
    EmulationGroupKind Kind,
    int UnitCount,
    int UnitsWithTargets,
    int TargetCount,
    int OverdueCount,
    decimal? Percent);

/// <summary>One target of the overdue or at-risk lists.</summary>
public sealed record DashboardTarget(
    int Id,
    int UnitId,
    string UnitName,
    int AreaNumber,
    string Title,
    DateOnly Deadline,
    decimal Percent,
    TargetState State);

/// <summary>The number of progress reports entered in one ISO week (Monday to Sunday, Vietnam time).</summary>
public sealed record WeekCount(int Year, int Week, DateOnly Monday, int Count)
{
    public DateOnly Sunday => Monday.AddDays(6);

    public string Label => $"Tuần {Week}/{Year}";
}

/// <summary>
/// Everything the dashboard shows for the active campaign on one day, computed once per data version
/// (see <see cref="DashboardSnapshots"/>) and shared, read-only, by every request.
/// </summary>
public sealed class DashboardSnapshot
{
    private readonly ConcurrentDictionary<SortOrder, IReadOnlyList<UnitProgress>> unitOrders = new();
    private readonly ConcurrentDictionary<SortOrder, IReadOnlyList<GroupProgress>> groupOrders = new();
    private IReadOnlyList<UnitProgress>? heatUnits;
    private string? chartJson;

    /// <summary>Unique per computed snapshot: part of the key of the page's cached HTML.</summary>
    public string Stamp { get; } = Guid.NewGuid().ToString("N");

    public required int CampaignId { get; init; }

    public required string CampaignTitle { get; init; }

    public required DateOnly Today { get; init; }

    public required DateTime ComputedAtUtc { get; init; }

    public required IReadOnlyList<AreaInfo> Areas { get; init; }

    public required int UnitCount { get; init; }

    public required IReadOnlyDictionary<DashboardPlanStatus, int> PlanStatusCounts { get; init; }

    /// <summary>Per area (same order as <see cref="Areas"/>), the number of targets in each state.</summary>
    public required IReadOnlyList<IReadOnlyDictionary<TargetState, int>> AreaStates { get; init; }

    public required IReadOnlyDictionary<TargetState, int> StateTotals { get; init; }

    public required int TargetCount { get; init; }

    public required IReadOnlyList<UnitProgress> Units { get; init; }

    public required IReadOnlyList<GroupProgress> Groups { get; init; }

    public required IReadOnlyList<DashboardTarget> Overdue { get; init; }

    public required IReadOnlyList<DashboardTarget> AtRisk { get; init; }

    public required IReadOnlyList<WeekCount> Weeks { get; init; }

    public int StateCount(TargetState state) => StateTotals.GetValueOrDefault(state);

    public int PlanCount(DashboardPlanStatus status) => PlanStatusCounts.GetValueOrDefault(status);

    /// <summary>The units in the given order, sorted once per snapshot and order (a dozen orders at most).</summary>
    public IReadOnlyList<UnitProgress> UnitsBy(SortOrder order) => unitOrders.GetOrAdd(order, o => DashboardSorting.Sort(Units, o));

    public IReadOnlyList<GroupProgress> GroupsBy(SortOrder order) => groupOrders.GetOrAdd(order, o => DashboardSorting.Sort(Groups, o));

    /// <summary>The heat map's rows: units that have targets, by khối/cụm, then name.</summary>
    public IReadOnlyList<UnitProgress> HeatUnits => heatUnits ??= Units.Where(u => u.TargetCount > 0)
        .OrderBy(u => u.GroupName is null).ThenBy(u => u.GroupName, DashboardSorting.Names).ThenBy(u => u.SortName, StringComparer.Ordinal)
        .ToList();

    /// <summary>The charts' data as JSON, serialized once per snapshot.</summary>
    public string ChartJson => chartJson ??= DashboardCharts.Json(this);
}
