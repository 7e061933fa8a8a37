using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Dashboard;

/// <summary>Reads the numbers the dashboard and its lists show, as a user sees them.</summary>
public static class DashboardPage
{
    /// <summary>
    /// GETs a page (200 expected) and tells whether the output cache answered: a response served from the cache
    /// carries an Age header, one rendered by the action does not.
    /// </summary>
    public static async Task<(IHtmlDocument Page, bool FromCache)> LoadAsync(this PortalClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return (await PortalClient.ParseAsync(response), response.Headers.Age is not null);
    }

    /// <summary>
    /// Loads a page until a load comes from the output cache (at most three times) and returns that page. A second
    /// load may miss once: the database version is re-read at most once a second, and a read that sees this
    /// instance's own latest write (already counted) starts one more generation — an extra rendering, never a stale page.
    /// </summary>
    public static async Task<IHtmlDocument> CachedPageAsync(this PortalClient client, string url)
    {
        await client.LoadAsync(url);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var (page, fromCache) = await client.LoadAsync(url);
            if (fromCache)
            {
                return page;
            }
        }

        Assert.Fail($"GET {url} was never served from the output cache");
        return null!;
    }

    public static int PlanCount(this IHtmlDocument page, string status) =>
        Number(page.QuerySelector($".stat-card[data-plan-status={status}] .stat-value")!);

    public static int UnitTotal(this IHtmlDocument page) =>
        Number(page.QuerySelector(".stat-card[data-plan-status=NotStarted] .stat-total")!);

    public static int StateCount(this IHtmlDocument page, string state) =>
        Number(page.QuerySelector($".stat-card[data-target-state={state}] .stat-value")!);

    /// <summary>A cell of the "targets by state and content area" table: area 1–5 or "All", a state or "All".</summary>
    public static IElement AreaStateCell(this IHtmlDocument page, string area, string state) =>
        page.QuerySelector($"table[data-table=areaStates] tr[data-area='{area}'] td[data-state={state}]")!;

    public static int AreaState(this IHtmlDocument page, string area, string state) => Number(page.AreaStateCell(area, state));

    /// <summary>The unit's percent in the unit table (invariant, e.g. "55"), or "" when it has no targets.</summary>
    public static string? UnitPercent(this IHtmlDocument page, string code) =>
        page.QuerySelector($"table.unit-progress tr[data-unit-code='{code}'] td[data-col=percent]")?.GetAttribute("data-percent");

    public static IElement? UnitRow(this IHtmlDocument page, string code) =>
        page.QuerySelector($"table.unit-progress tr[data-unit-code='{code}']");

    public static IElement? HeatCell(this IHtmlDocument page, string code, int area) =>
        page.QuerySelector($"table.heat-map tr[data-unit-code='{code}'] td[data-area='{area}']");

    public static int WeekCount(this IHtmlDocument page, string isoWeek) =>
        Number(page.QuerySelector($"table[data-table=weeks] tr[data-week='{isoWeek}'] a")!);

    public static IReadOnlyList<int> ListedTargetIds(this IHtmlDocument page, string list) =>
        page.QuerySelectorAll($"[data-list={list}] tr[data-target-id]").Select(r => int.Parse(r.GetAttribute("data-target-id")!, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The ids of the rows of a list page (/Dashboard/Targets).</summary>
    public static IReadOnlyList<int> TargetIds(this IHtmlDocument page) =>
        page.QuerySelectorAll("table.dashboard-targets tr[data-target-id]").Select(r => int.Parse(r.GetAttribute("data-target-id")!, CultureInfo.InvariantCulture)).ToList();

    public static IReadOnlyList<string> UnitCodes(this IHtmlDocument page) =>
        page.QuerySelectorAll("table.dashboard-units tr[data-unit-code]").Select(r => r.GetAttribute("data-unit-code")!).ToList();

    /// <summary>"Tổng số: 83" under a list: the number of rows over all pages.</summary>
    public static int ListTotal(this IHtmlDocument page)
    {
        var text = page.QuerySelector("nav[aria-label='Phân trang'] span")!.TextContent;
        var digits = text.Split(':')[1].Split('·')[0];
        return int.Parse(digits.Replace(".", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
    }

    public static int Number(IElement element) =>
        int.Parse(element.TextContent.Replace("/", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
}
