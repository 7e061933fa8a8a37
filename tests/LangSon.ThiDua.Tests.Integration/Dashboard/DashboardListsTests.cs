using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Tests.Integration.Dashboard;

/// <summary>The lists behind the dashboard's numbers: their filters, the search without diacritics, paging.</summary>
public sealed class DashboardListsTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private DashboardData.Built Data => factory.Data;

    [Fact]
    public async Task The_units_behind_a_plan_status_are_listed_with_their_targets_and_percent()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var accepted = await noivu.GetPageAsync("/Dashboard/Units?planStatus=Accepted");
        var draft = await noivu.GetPageAsync("/Dashboard/Units?planStatus=Draft");
        var notStarted = await noivu.GetPageAsync("/Dashboard/Units?planStatus=NotStarted&q=so");

        Assert.Equal([DashboardData.SoGdDt, DashboardData.SoYTe], accepted.UnitCodes().Order(StringComparer.Ordinal));
        var soYTe = accepted.QuerySelector($"tr[data-unit-code={DashboardData.SoYTe}]")!;
        Assert.Equal(("4", "55%"), (soYTe.QuerySelector("td[data-col=targets]")!.TextContent.Trim(), soYTe.QuerySelector("td[data-col=percent]")!.TextContent.Trim()));
        Assert.Equal("25%", accepted.QuerySelector($"tr[data-unit-code={DashboardData.SoGdDt}] td[data-col=percent]")!.TextContent.Trim());
        Assert.Equal([DashboardData.TamThanh], draft.UnitCodes());
        Assert.DoesNotContain(DashboardData.SoYTe, notStarted.UnitCodes());
        Assert.DoesNotContain(DashboardData.SoTaiChinh, notStarted.UnitCodes());
        Assert.Contains("SNV", notStarted.UnitCodes());
    }

    [Theory]
    [InlineData("tam thanh", "UBND phường Tam Thanh")]
    [InlineData("TAM THANH", "UBND phường Tam Thanh")]
    [InlineData("phuong tam", "UBND phường Tam Thanh")]
    [InlineData("sở y tế", "Sở Y tế")]
    public async Task Searching_units_ignores_diacritics_and_case(string q, string expected)
    {
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Dashboard/Units?q=" + Uri.EscapeDataString(q));

        var names = page.QuerySelectorAll("table.dashboard-units tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(expected, Assert.Single(names));
    }

    [Fact]
    public async Task Lang_son_finds_every_unit_whose_name_has_Lang_Son()
    {
        using var mttq = await factory.SignInAsync("mttq");

        var page = await mttq.GetPageAsync("/Dashboard/Units?q=lang%20son");

        var names = page.QuerySelectorAll("table.dashboard-units tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", names);
        Assert.Contains("Báo và Phát thanh, Truyền hình Lạng Sơn", names);
        Assert.All(names, n => Assert.Contains("Lạng Sơn", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Units_filter_by_khoi_cum_and_kind()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var culture = await noivu.GetPageAsync($"/Dashboard/Units?group={Data.Groups[DashboardData.CultureSector]}");
        var wards = await noivu.GetPageAsync("/Dashboard/Units?kind=Ward");

        Assert.Equal(["BPTTH", "HVHNT", "SDTTG", "SGDDT", "SVHTTDL", "SYT"], culture.UnitCodes().Order(StringComparer.Ordinal));
        Assert.Equal(4, wards.ListTotal()); // Lạng Sơn has four wards since 01/7/2025
        Assert.Contains(DashboardData.TamThanh, wards.UnitCodes());
    }

    [Fact]
    public async Task Targets_filter_by_derived_state_area_khoi_cum_kind_unit_and_deadline()
    {
        using var noivu = await factory.SignInAsync("noivu");
        string[] Ids(params string[] names) => names.Select(n => Data.Targets[n].ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        async Task<string[]> ListAsync(string query) =>
            (await noivu.GetPageAsync("/Dashboard/Targets?" + query)).TargetIds().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        // Order: deadline, then unit name without diacritics ("so giao duc…" before "so tai chinh" before "so y te").
        Assert.Equal(Ids("T7", "T2"), await ListAsync("state=Overdue"));
        Assert.Equal(Ids("T3"), await ListAsync("state=AtRisk"));
        Assert.Equal(Ids("T4"), await ListAsync("state=Achieved"));
        Assert.Equal(Ids("T6", "T1"), await ListAsync("state=OnTrack"));
        Assert.Equal(Ids("T10", "T8", "T5", "T9"), await ListAsync("state=NotStarted"));
        Assert.Equal(Ids("T7", "T2", "T10", "T5", "T1"), await ListAsync($"area={Data.Areas[1]}"));
        Assert.Equal(Ids("T3", "T5", "T6", "T1", "T4"), await ListAsync($"group={Data.Groups[DashboardData.CultureSector]}&from=2026-03-01"));
        Assert.Equal(Ids("T7", "T8"), await ListAsync("kind=Ward"));
        Assert.Equal(Ids("T3", "T4"), await ListAsync($"unit={Data.Units[DashboardData.SoYTe]}&area={Data.Areas[2]}"));
        Assert.Equal(Ids("T10", "T3"), await ListAsync("from=2026-06-01&to=2026-06-30"));
        Assert.Equal(Ids("T2", "T3"), await ListAsync($"unit={Data.Units[DashboardData.SoYTe]}&to=2026-06-30"));
        Assert.Empty(await ListAsync($"state=Overdue&area={Data.Areas[2]}"));
    }

    [Fact]
    public async Task Targets_search_by_unit_name_or_title_without_diacritics()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var byUnit = await noivu.GetPageAsync("/Dashboard/Targets?q=tam%20thanh");
        var byTitle = await noivu.GetPageAsync("/Dashboard/Targets?q=GIAI%20NGAN");

        Assert.Equal([Data.Targets["T7"], Data.Targets["T8"]], byUnit.TargetIds());
        Assert.Equal(new[] { Data.Targets["T1"], Data.Targets["T5"] }.Order(), byTitle.TargetIds().Order());
        Assert.All(byTitle.QuerySelectorAll("table.dashboard-targets tbody tr"), row =>
            Assert.Contains("giai ngan", TextFolding.Fold(row.TextContent), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_target_row_shows_its_unit_area_deadline_latest_percent_and_state()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/Dashboard/Targets?unit={Data.Units[DashboardData.SoGdDt]}");

        Assert.Equal("Sở Giáo dục và Đào tạo", page.QuerySelector("[data-filter=unit]")!.TextContent.Trim());
        var t6 = page.QuerySelector($"tr[data-target-id='{Data.Targets["T6"]}']")!;
        Assert.Equal("50%", t6.QuerySelector("td[data-col=percent]")!.TextContent.Trim()); // same as-of date: the later entry wins
        Assert.Equal("OnTrack", t6.QuerySelector("[data-state]")!.GetAttribute("data-state"));
        Assert.Contains("31/12/2026", t6.TextContent, StringComparison.Ordinal);
        var t5 = page.QuerySelector($"tr[data-target-id='{Data.Targets["T5"]}']")!;
        Assert.Equal("Chưa báo cáo", t5.QuerySelector("td[data-col=percent]")!.TextContent.Trim());
        Assert.Equal($"/Progress/Target/{Data.Targets["T5"]}", t5.QuerySelector("a[href^='/Progress/']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Lists_page_by_50_and_keep_the_filters_in_the_pager()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var first = await noivu.GetPageAsync("/Dashboard/Units?planStatus=NotStarted");
        var second = await noivu.GetPageAsync("/Dashboard/Units?planStatus=NotStarted&page=2");

        Assert.Equal(50, first.UnitCodes().Count);
        Assert.Equal(first.ListTotal() - 50, second.UnitCodes().Count);
        Assert.Empty(first.UnitCodes().Intersect(second.UnitCodes()));
        Assert.NotNull(first.QuerySelector("a.page-link[href='/Dashboard/Units?planStatus=NotStarted&page=2']"));
    }
}
