using AngleSharp.Html.Dom;

namespace LangSon.ThiDua.Tests.Integration.Dashboard;

/// <summary>
/// The dashboard renders only its open tab, chosen by ?tab= (issue 24 target 4: the five panes together made most of
/// the page's bytes). The tabs are plain links, the figures above them are on every tab, and both caches (the whole
/// response's, the &lt;cache&gt; tag's) keep each tab apart.
/// </summary>
public sealed class DashboardTabsTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    /// <summary>Each tab and an element that only its pane holds.</summary>
    private static readonly (string Tab, string Content)[] Panes =
    [
        ("cham-tien-do", "[data-list=overdue]"),
        ("bieu-do", "table[data-table=weeks]"),
        ("don-vi", "table.unit-progress"),
        ("khoi-cum", "table.group-progress"),
        ("ban-do-nhiet", "table.heat-map"),
    ];

    public static TheoryData<string, string> Tabs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (tab, content) in Panes)
            {
                data.Add(tab, content);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Tabs))]
    public async Task Each_tab_renders_its_own_pane_and_none_of_the_others(string tab, string content)
    {
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/Dashboard?tab={tab}");

        AssertShows(page, tab);
        Assert.NotNull(page.QuerySelector(content));
        Assert.NotNull(page.QuerySelector(".stat-card[data-plan-status=Accepted]")); // the figures above the tabs
    }

    [Theory]
    [InlineData("/Dashboard")]
    [InlineData("/Dashboard?tab=")]
    [InlineData("/Dashboard?tab=khong-co")]
    [InlineData("/Dashboard?tab=%3Cscript%3E")]
    public async Task No_tab_or_an_unknown_one_opens_the_late_targets(string url)
    {
        using var mttq = await factory.SignInAsync("mttq");

        var page = await mttq.GetPageAsync(url);

        AssertShows(page, "cham-tien-do");
        Assert.Equal([Data.Targets["T7"], Data.Targets["T2"]], page.ListedTargetIds("overdue"));
        Assert.DoesNotContain("khong-co", page.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tabs_are_links_that_keep_the_sort_and_pages_of_the_tables_and_mark_the_open_one()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Dashboard?tab=don-vi&sort=percent&dir=desc&hpage=1");

        var links = page.QuerySelectorAll("nav[aria-label='Các phần của bảng điều khiển'] a.nav-link").ToList();
        Assert.Equal(
            ["Chậm tiến độ", "Biểu đồ", "Theo đơn vị", "Theo khối, cụm", "Bản đồ nhiệt"],
            links.Select(a => a.TextContent.Trim()));
        Assert.Equal(
            "/Dashboard?sort=percent&dir=desc&hpage=1&tab=ban-do-nhiet", links[4].GetAttribute("href"));
        var open = Assert.Single(links, a => a.GetAttribute("aria-current") == "page");
        Assert.Equal(("Theo đơn vị", true), (open.TextContent.Trim(), open.ClassList.Contains("active")));
        Assert.Null(page.QuerySelector("#dashboard-tabs [data-bs-toggle]")); // links, not script-driven tabs
        Assert.Equal(
            "/Dashboard?tab=don-vi&hpage=1&sort=targets&dir=asc#tien-do-don-vi",
            page.QuerySelector("table.unit-progress th[data-sort-key=targets] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Only_the_chart_tab_carries_the_charts_data_and_scripts()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var charts = await noivu.GetPageAsync("/Dashboard?tab=bieu-do");
        var late = await noivu.GetPageAsync("/Dashboard");

        Assert.NotNull(charts.QuerySelector("script#dashboard-data[type='application/json']"));
        Assert.Contains(
            charts.Scripts, s => s.Source?.Contains("/js/dashboard-charts.", StringComparison.Ordinal) is true);
        Assert.Null(late.QuerySelector("#dashboard-data"));
        Assert.DoesNotContain(late.Scripts, s => s.Source?.Contains("chart", StringComparison.Ordinal) is true);
    }

    [Fact]
    public async Task The_caches_never_serve_one_tabs_page_for_another()
    {
        using var noivu = await factory.SignInAsync("noivu");
        using var hoidong = await factory.SignInAsync("hoidong1");
        var tabs = Panes.Select(p => p.Tab).ToList();

        // noivu's second load of each tab comes from the output cache (whole response); hoidong1's first load of each
        // misses it (another user) and renders around the <cache> tag's HTML that noivu's loads left, in another order.
        foreach (var tab in tabs)
        {
            AssertShows(await noivu.CachedPageAsync($"/Dashboard?tab={tab}"), tab);
        }

        foreach (var tab in Enumerable.Reverse(tabs))
        {
            var (page, fromCache) = await hoidong.LoadAsync($"/Dashboard?tab={tab}");
            Assert.False(fromCache);
            AssertShows(page, tab);
        }

        AssertShows(await noivu.CachedPageAsync("/Dashboard"), "cham-tien-do");
        AssertShows(await hoidong.CachedPageAsync("/Dashboard?tab=khoi-cum"), "khoi-cum");
    }

    private DashboardData.Built Data => factory.Data;

    /// <summary>The page holds one pane, the tab's, and the open tab link is the tab's.</summary>
    private static void AssertShows(IHtmlDocument page, string tab)
    {
        var pane = Assert.Single(page.QuerySelectorAll(".dashboard-pane"));
        Assert.Equal($"tab-{tab}", pane.Id);
        var open = Assert.Single(page.QuerySelectorAll("#dashboard-tabs a[aria-current=page]"));
        Assert.Equal($"tab-{tab}-link", open.Id);
        foreach (var (other, content) in Panes)
        {
            Assert.True(
                (page.QuerySelector(content) is not null) == (other == tab),
                $"tab {tab}: {content} is {(page.QuerySelector(content) is null ? "missing" : "present")}");
        }
    }
}
