using LangSon.ThiDua.Web.Features.Plans;
using LangSon.ThiDua.Web.Features.Shared;

namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>How the dashboard shows things: heat-map bands (CSS classes, no inline style), badges, percents.</summary>
public static class DashboardDisplay
{
    /// <summary>The heat-map bands, lowest first: CSS class and the legend's text.</summary>
    public static readonly IReadOnlyList<(string CssClass, string Label)> HeatBands =
    [
        ("heat-0", "Dưới 25%"),
        ("heat-1", "25% – dưới 50%"),
        ("heat-2", "50% – dưới 75%"),
        ("heat-3", "75% – dưới 100%"),
        ("heat-4", "100%"),
        ("heat-none", "Không có mục tiêu"),
    ];

    public static string HeatClass(decimal? percent) => percent switch
    {
        null => "heat-none",
        < 25m => "heat-0",
        < 50m => "heat-1",
        < 75m => "heat-2",
        < 100m => "heat-3",
        _ => "heat-4",
    };

    public static string BadgeClass(DashboardPlanStatus status) =>
        status.ToPlanStatus() is { } plan ? PlanDisplay.BadgeClass(plan) : "text-bg-light border";

    /// <summary>"45,5%", or an em dash when there is nothing to average.</summary>
    public static string Percent(decimal? percent) => percent is { } p ? PlanDisplay.Percent(p) : "—";

    /// <summary>The percent as the tables' data-percent attribute reads it ("45.5"), whatever the culture.</summary>
    public static string? DataPercent(decimal? percent) =>
        percent?.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The progress cell of the unit and group tables: a bar linking to the targets, or "no targets".</summary>
public sealed record ProgressCellModel(decimal? Percent, string Href, string Label);

/// <summary>A column header that sorts its table through the query string.</summary>
public sealed record SortHeaderModel(
    string Label, string Key, SortOrder Current, string SortParam, string DirParam, string PageParam, string Anchor,
    bool Numeric = false);

/// <summary>A pager for a second paged table on the same page (its own query parameter, an anchor to come back to).</summary>
/// <summary>A pager of one table of the dashboard; <paramref name="Label"/> names it, since the page has two.</summary>
public sealed record ParamPagerModel(PagerModel Pager, string Param, string Anchor, string Label);

/// <summary>The overdue or at-risk box: the first targets and the link to all of them.</summary>
public sealed record TopTargetsModel(
    string Title, string Id, IReadOnlyList<DashboardTarget> Targets, int Total, LangSon.ThiDua.Domain.TargetState State);
