using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.Dashboard;

public sealed class DashboardViewModel
{
    /// <summary>Null when no campaign is active.</summary>
    public DashboardSnapshot? Snapshot { get; init; }

    /// <summary>The open tab: the only pane the page renders.</summary>
    public required DashboardTab Tab { get; init; }

    public required SortOrder UnitSort { get; init; }

    public required SortOrder GroupSort { get; init; }

    /// <summary>One page of the units, in the chosen order.</summary>
    public required Page<UnitProgress> UnitPage { get; init; }

    public required IReadOnlyList<GroupProgress> Groups { get; init; }

    /// <summary>One page of the heat map: units that have targets, by khối/cụm then name.</summary>
    public required Page<UnitProgress> HeatPage { get; init; }

    /// <summary>The charts' data for dashboard-charts.js, as JSON (not executed, fine under a strict CSP).</summary>
    public required string ChartJson { get; init; }

    /// <summary>
    /// The rendered page depends only on the snapshot and on what the query string chose (tab, orders, pages): its
    /// HTML is cached under this key (&lt;cache&gt; tag helper), so a request costs the version query and a cache
    /// lookup. The tab is part of it, or one tab's pane would be served for another.
    /// </summary>
    public string CacheKey => string.Join('|', Snapshot?.Stamp ?? "none", Tab.Id, UnitSort.Key, UnitSort.Direction,
        GroupSort.Key, GroupSort.Direction, UnitPage.Number, HeatPage.Number);
}

public sealed record UnitFilter(DashboardPlanStatus? PlanStatus, int? Group, UnitKind? Kind, string? Q, int? Page);

public sealed record UnitListRow(
    int Id,
    string Code,
    string Name,
    UnitKind Kind,
    string? GroupName,
    int? PlanId,
    PlanStatus? Status,
    int TargetCount,
    decimal? Percent)
{
    public DashboardPlanStatus PlanStatus => DashboardPlanStatuses.From(Status);
}

public sealed class UnitListViewModel
{
    public required UnitFilter Filter { get; init; }

    public string? CampaignTitle { get; init; }

    public required Page<UnitListRow> Results { get; init; }

    public required List<SelectListItem> GroupOptions { get; init; }
}

public sealed record TargetFilter(
    int? Area, int? Group, UnitKind? Kind, TargetState? State, DateOnly? From, DateOnly? To, int? Unit, string? Q,
    int? Page);

public sealed record TargetListRow(
    int Id,
    int UnitId,
    string UnitName,
    int PlanId,
    int AreaNumber,
    string AreaTitle,
    string Title,
    DateOnly Deadline,
    decimal? LatestPercent,
    TargetState State);

public sealed class TargetListViewModel
{
    public required TargetFilter Filter { get; init; }

    public string? CampaignTitle { get; init; }

    /// <summary>The unit the list is narrowed to, when the link came from a unit's row or heat-map cell.</summary>
    public string? UnitName { get; init; }

    public required Page<TargetListRow> Results { get; init; }

    public required IReadOnlyList<AreaInfo> Areas { get; init; }

    public required List<SelectListItem> GroupOptions { get; init; }
}

public sealed record ReportListRow(
    long Id,
    DateTime CreatedAtUtc,
    int TargetId,
    string TargetTitle,
    string UnitName,
    DateOnly AsOfDate,
    decimal Percent,
    string ReporterFullName);

public sealed class ReportListViewModel
{
    public required WeekCount Week { get; init; }

    public string? CampaignTitle { get; init; }

    public required Page<ReportListRow> Results { get; init; }
}
