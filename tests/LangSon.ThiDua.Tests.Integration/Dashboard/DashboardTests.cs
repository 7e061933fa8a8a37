using System.Net;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Dashboard;

/// <summary>The dashboard's numbers against the hand-computed ones of <see cref="DashboardData"/> (read-only tests).</summary>
public sealed class DashboardTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private DashboardData.Built Data => factory.Data;

    [Fact]
    public async Task Plan_status_cards_count_the_units_of_the_active_campaign_x_of_y()
    {
        var active = await factory.WithDbAsync(db => db.Units.CountAsync(u => u.IsActive));
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Dashboard?tab=bieu-do");

        Assert.Equal(active, page.UnitTotal());
        Assert.Equal(2, page.PlanCount("Accepted")); // Sở Y tế, Sở GD&ĐT
        Assert.Equal(1, page.PlanCount("Draft")); // Tam Thanh
        Assert.Equal(1, page.PlanCount("Submitted")); // Thất Khê
        Assert.Equal(1, page.PlanCount("Returned")); // Sở Tài chính
        Assert.Equal(active - 5, page.PlanCount("NotStarted")); // every other active unit
        Assert.Equal("/Dashboard/Units?planStatus=Draft", page.QuerySelector(".stat-card[data-plan-status=Draft] a")!.GetAttribute("href"));
        var chartTable = page.QuerySelector("table[data-table=planStatuses] tr[data-plan-status=Returned] a")!;
        Assert.Equal(("1", "/Dashboard/Units?planStatus=Returned"), (chartTable.TextContent, chartTable.GetAttribute("href")));
    }

    [Fact]
    public async Task Targets_by_state_and_content_area_match_the_hand_computed_table()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Dashboard?tab=bieu-do");

        // Area 1: T1 on track, T2 and T7 overdue, T5 and T10 not started.
        Assert.Equal((2, 1, 0, 2, 0, 5), (page.AreaState("1", "NotStarted"), page.AreaState("1", "OnTrack"), page.AreaState("1", "AtRisk"), page.AreaState("1", "Overdue"), page.AreaState("1", "Achieved"), page.AreaState("1", "All")));
        // Area 2: T3 at risk, T4 achieved. Area 3: T6 on track. Areas 4 and 5: T8, T9 not started.
        Assert.Equal((1, 1, 2), (page.AreaState("2", "AtRisk"), page.AreaState("2", "Achieved"), page.AreaState("2", "All")));
        Assert.Equal((1, 1), (page.AreaState("3", "OnTrack"), page.AreaState("3", "All")));
        Assert.Equal((1, 1), (page.AreaState("4", "NotStarted"), page.AreaState("5", "NotStarted")));
        // Totals: 4 not started, 2 on track, 1 at risk, 2 overdue, 1 achieved = 10.
        Assert.Equal((4, 2, 1, 2, 1, 0, 10), (page.AreaState("All", "NotStarted"), page.AreaState("All", "OnTrack"), page.AreaState("All", "AtRisk"),
            page.AreaState("All", "Overdue"), page.AreaState("All", "Achieved"), page.AreaState("All", "NotAchieved"), page.AreaState("All", "All")));
        Assert.Equal((10, 2, 1, 1), (page.StateCount("All"), page.StateCount("Overdue"), page.StateCount("AtRisk"), page.StateCount("Achieved")));
        Assert.Equal($"/Dashboard/Targets?area={Data.Areas[2]}&state=AtRisk", page.AreaStateCell("2", "AtRisk").QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Unit_progress_is_the_mean_of_its_targets_and_a_group_the_mean_of_its_units_with_targets()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Dashboard?tab=don-vi&sort=percent&dir=desc");
        var groups = await noivu.GetPageAsync("/Dashboard?tab=khoi-cum");

        Assert.Equal("55", page.UnitPercent(DashboardData.SoYTe)); // (60 + 40 + 20 + 100) / 4
        Assert.Equal("25", page.UnitPercent(DashboardData.SoGdDt)); // (0 + 50) / 2: T5 has no report, T6's latest is 50
        Assert.Equal("0", page.UnitPercent(DashboardData.TamThanh)); // no reports on a draft plan
        Assert.Equal("0", page.UnitPercent(DashboardData.ThatKhe));
        Assert.Equal("0", page.UnitPercent(DashboardData.SoTaiChinh));
        Assert.Contains("55%", page.UnitRow(DashboardData.SoYTe)!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DashboardData.SoYTe, page.QuerySelector("table.unit-progress tbody tr")!.GetAttribute("data-unit-code"));
        var overdue = page.UnitRow(DashboardData.SoYTe)!.QuerySelector("td[data-col=overdue] a")!;
        Assert.Equal(("1", $"/Dashboard/Targets?state=Overdue&unit={Data.Units[DashboardData.SoYTe]}"), (overdue.TextContent, overdue.GetAttribute("href")));

        // Khối văn hóa - xã hội has six units, two with targets: (55 + 25) / 2 = 40; its other units do not pull it down.
        var culture = groups.QuerySelector($"table.group-progress tr[data-group-id='{Data.Groups[DashboardData.CultureSector]}']")!;
        Assert.Equal("40", culture.QuerySelector("td[data-col=percent]")!.GetAttribute("data-percent"));
        Assert.Equal("2 / 6", culture.QuerySelector("td[data-col=units]")!.TextContent.Trim());
        Assert.Equal("6", culture.QuerySelector("td[data-col=targets]")!.TextContent.Trim()); // T1–T6
        Assert.Equal("1", culture.QuerySelector("td[data-col=overdue]")!.TextContent.Trim()); // T2
    }

    [Fact]
    public async Task Heat_map_cells_show_the_mean_per_unit_and_area_with_a_colour_band_and_a_link_to_the_targets()
    {
        using var hoidong = await factory.SignInAsync("hoidong1");

        var page = await hoidong.GetPageAsync("/Dashboard?tab=ban-do-nhiet");

        var soYTeArea1 = page.HeatCell(DashboardData.SoYTe, 1)!; // (60 + 40) / 2
        Assert.Equal("50%", soYTeArea1.TextContent.Trim());
        Assert.Contains("heat-2", soYTeArea1.ClassList);
        Assert.Equal($"/Dashboard/Targets?area={Data.Areas[1]}&unit={Data.Units[DashboardData.SoYTe]}", soYTeArea1.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("60%", page.HeatCell(DashboardData.SoYTe, 2)!.TextContent.Trim()); // (20 + 100) / 2
        Assert.Contains("heat-none", page.HeatCell(DashboardData.SoYTe, 3)!.ClassList);
        Assert.Equal("0%", page.HeatCell(DashboardData.SoGdDt, 1)!.TextContent.Trim()); // T5, no report
        Assert.Contains("heat-0", page.HeatCell(DashboardData.SoGdDt, 1)!.ClassList);
        Assert.Equal("50%", page.HeatCell(DashboardData.SoGdDt, 3)!.TextContent.Trim());
        Assert.Equal(5, page.QuerySelectorAll("table.heat-map tbody tr").Length); // units without targets are left out
        Assert.Null(page.QuerySelector("main [style]"));
    }

    [Fact]
    public async Task Overdue_and_at_risk_boxes_list_the_targets_earliest_deadline_first_and_link_to_the_full_lists()
    {
        using var mttq = await factory.SignInAsync("mttq");

        var page = await mttq.GetPageAsync("/Dashboard");

        Assert.Equal([Data.Targets["T7"], Data.Targets["T2"]], page.ListedTargetIds("overdue")); // 31/01 before 28/02
        Assert.Equal([Data.Targets["T3"]], page.ListedTargetIds("at-risk"));
        Assert.NotNull(page.QuerySelector("[data-list=overdue] a[href='/Dashboard/Targets?state=Overdue']"));
        Assert.NotNull(page.QuerySelector($"[data-list=at-risk] a[href='/Progress/Target/{Data.Targets["T3"]}']"));
    }

    [Fact]
    public async Task Reports_per_week_count_entries_by_ISO_week_in_Vietnam_time_over_26_weeks()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Dashboard?tab=bieu-do");

        var weeks = page.QuerySelectorAll("table[data-table=weeks] tbody tr").Select(r => r.GetAttribute("data-week")).ToList();
        Assert.Equal(26, weeks.Count);
        Assert.Equal(("2025-W37", "2026-W10"), (weeks[0], weeks[^1]));
        Assert.Equal(1, page.WeekCount("2026-W03")); // T1 on 16/01
        Assert.Equal(2, page.WeekCount("2026-W08")); // T1 and T2 on 20/02
        Assert.Equal(2, page.WeekCount("2026-W09")); // T1 on 25/02, T3 on Sunday 01/03 23:30
        Assert.Equal(3, page.WeekCount("2026-W10")); // T4 on Monday 02/03 00:30 (Sunday in UTC), T6 twice on 03/03
        Assert.Equal(0, page.WeekCount("2026-W07"));

        var list = await noivu.GetPageAsync("/Dashboard/Reports?week=2026-03-02");
        Assert.Equal(3, list.QuerySelectorAll("table.week-reports tbody tr").Length);
        Assert.Contains("Hoàn thành đề án bệnh viện thông minh", list.QuerySelector("table.week-reports")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_plan_status_and_target_number_opens_a_list_with_that_many_rows()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var page = await noivu.GetPageAsync("/Dashboard?tab=bieu-do");

        var links = page.QuerySelectorAll("table[data-table=planStatuses] a, table[data-table=areaStates] a, .stat-card a")
            .Select(a => (Url: a.GetAttribute("href")!, Count: DashboardPage.Number(a)))
            .Distinct()
            .ToList();

        Assert.True(links.Count >= 40, $"{links.Count} links");
        foreach (var (url, count) in links)
        {
            var list = await noivu.GetPageAsync(url);
            Assert.True(count == list.ListTotal(), $"{url}: the dashboard says {count}, the list has {list.ListTotal()}");
        }
    }

    [Fact]
    public async Task The_unit_table_sorts_on_the_server_by_the_query_string()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var byTargets = await noivu.GetPageAsync("/Dashboard?tab=don-vi&sort=targets&dir=desc");
        var byName = await noivu.GetPageAsync("/Dashboard?tab=don-vi&sort=name");

        Assert.Equal(DashboardData.SoYTe, byTargets.QuerySelector("table.unit-progress tbody tr")!.GetAttribute("data-unit-code")); // 4 targets
        Assert.Equal("descending", byTargets.QuerySelector("table.unit-progress th[data-sort-key=targets]")!.GetAttribute("aria-sort"));
        Assert.Equal( // the tab stays, the table's anchor brings the browser down to it
            "/Dashboard?tab=don-vi&sort=targets&dir=asc#tien-do-don-vi",
            byTargets.QuerySelector("table.unit-progress th[data-sort-key=targets] a")!.GetAttribute("href"));
        var names = byName.QuerySelectorAll("table.unit-progress tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(25, names.Count); // one page of the unit table
        Assert.Equal("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", names[0]);
    }

    [Fact]
    public async Task Charts_get_their_data_as_JSON_with_a_table_for_each_and_no_inline_script_or_style()
    {
        using var noivu = await factory.SignInAsync("noivu");
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var page = await noivu.GetPageAsync("/Dashboard?tab=bieu-do");
        var clerkHome = await clerk.GetPageAsync("/");

        var inline = page.QuerySelectorAll("script:not([src])").ToList();
        var data = Assert.Single(inline);
        Assert.Equal("application/json", data.GetAttribute("type"));
        using var json = System.Text.Json.JsonDocument.Parse(data.TextContent);
        Assert.Equal([2, 1, 0, 2, 0, 0], json.RootElement.GetProperty("areaStates").GetProperty("series").EnumerateArray()
            .Select(s => s.GetProperty("values")[0].GetInt32())); // area 1 by state: not started, on track, at risk, overdue, achieved, not achieved
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/lib/chart.js/chart.umd.min.", StringComparison.Ordinal));
        Assert.Equal(3, page.QuerySelectorAll("[data-chart] canvas[role=img][aria-label]").Length);
        Assert.Equal(3, page.QuerySelectorAll("details.chart-table[open] table").Length); // open until the script has drawn the chart
        Assert.Null(page.QuerySelector("[style], [onclick]"));
        Assert.Contains(page.QuerySelectorAll("nav a.nav-link"), a => a.GetAttribute("href") == "/Dashboard" && a.TextContent.Trim() == "Bảng điều khiển");
        Assert.DoesNotContain(clerkHome.QuerySelectorAll("nav a.nav-link"), a => a.GetAttribute("href") == "/Dashboard");
    }

    [Theory]
    [InlineData("cham-tien-do", "Các phần của bảng điều khiển")]
    [InlineData("bieu-do", "Danh sách chi tiết")]
    [InlineData("don-vi", "Phân trang bảng tiến độ theo đơn vị")]
    [InlineData("khoi-cum", "Các phần của bảng điều khiển")]
    [InlineData("ban-do-nhiet", "Phân trang bản đồ nhiệt")]
    public async Task Every_navigation_landmark_of_each_tab_has_its_own_name(string tab, string landmark)
    {
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/Dashboard?tab={tab}");

        var names = page.QuerySelectorAll("nav").Select(n => n.GetAttribute("aria-label") ?? "").ToList();
        Assert.Contains(landmark, names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("/Dashboard")]
    [InlineData("/Dashboard/Units")]
    [InlineData("/Dashboard/Targets")]
    [InlineData("/Dashboard/Reports")]
    public async Task Unit_users_get_403_read_only_roles_read_and_anonymous_visitors_are_sent_to_log_in(string url)
    {
        using var canbo = await factory.SignInAsync("canbo.soyte");
        using var truongdonvi = await factory.SignInAsync("truongdonvi.tamthanh");
        using var mttq = await factory.SignInAsync("mttq");
        using var hoidong = await factory.SignInAsync("hoidong1");
        using var admin = await factory.SignInAsync("admin");
        using var anonymous = factory.CreatePortalClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await canbo.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await truongdonvi.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mttq.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hoidong.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
        var redirect = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/Account/Login", redirect.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }
}

internal static class UriExtensions
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
