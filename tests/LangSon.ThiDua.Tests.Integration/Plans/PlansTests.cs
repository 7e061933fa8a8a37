using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Plans;

/// <summary>The unit's plan page, the province-wide list, and editing the plan's header.</summary>
public sealed class PlansTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => PlanBuilder.Today;

    [Fact]
    public async Task The_plan_page_shows_every_area_with_its_progress_bar_overdue_rows_and_deadlines_of_the_next_14_days()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Accepted,
            new TargetSpec(1, "Giải ngân vốn đầu tư công", Today.AddDays(5)) { ReportedValue = 50m },
            new TargetSpec(1, "Thu ngân sách so với dự toán", Today.AddDays(30)),
            new TargetSpec(2, "Liên thông dữ liệu khám, chữa bệnh trên VNeID", Today.AddDays(-3)) { ReportedValue = 20m },
            new TargetSpec(2, "Thăm hỏi, tặng quà đối tượng chính sách dịp Tết", Today.AddDays(10)) { ReportedValue = 100m },
            new TargetSpec(4, "Hồ sơ trễ hạn", Today.AddDays(14)) { Direction = MeasureDirection.LowerIsBetter, Baseline = 10m, TargetValue = 0m, ReportedValue = 4m },
            new TargetSpec(4, "Hoàn thành số hóa hồ sơ lưu trữ", Today) { Kind = MeasureKind.Milestone, UnitOfMeasure = null, TargetValue = null });
        using var staff = await factory.SignInAsync("canbo.soyte");

        var page = await staff.GetPageAsync($"/Plans/Details/{built.PlanId}");

        var areas = page.QuerySelectorAll("section.content-area");
        Assert.Equal(5, areas.Length);
        Assert.Equal(["25", "60", "0", "30", "0"], areas.Select(a => a.QuerySelector(".area-progress [data-percent]")!.GetAttribute("data-percent")));
        Assert.Equal("60%", areas[1].QuerySelector(".area-progress .percent-text")!.TextContent.Trim());
        Assert.Equal("Phát triển kinh tế, đầu tư công, thu ngân sách và dữ liệu đất đai", areas[0].QuerySelector("h2")!.TextContent.Trim()[3..]);
        Assert.Contains("Chưa có mục tiêu", areas[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("Chưa có mục tiêu", areas[4].TextContent, StringComparison.Ordinal);
        Assert.Equal("38,3%", page.QuerySelector(".overall .percent-text")!.TextContent.Trim());
        var overallBar = page.QuerySelector(".overall [role=progressbar]")!;
        Assert.Equal(("38.3", "38,3%"), (overallBar.GetAttribute("aria-valuenow"), overallBar.GetAttribute("aria-valuetext")));

        var overdue = Row(page, built.TargetIds[2]);
        Assert.Contains("table-danger", overdue.ClassList);
        Assert.Equal("Quá hạn", overdue.QuerySelector("[data-state]")!.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll("tr.table-danger"));
        Assert.Equal("Đã đạt", Row(page, built.TargetIds[3]).QuerySelector("[data-state]")!.TextContent.Trim());
        Assert.Equal("Chưa triển khai", Row(page, built.TargetIds[1]).QuerySelector("[data-state]")!.TextContent.Trim());
        var lowerIsBetter = Row(page, built.TargetIds[4]);
        Assert.Equal("60%", lowerIsBetter.QuerySelector(".percent-text")!.TextContent.Trim());
        Assert.Contains("Càng thấp càng tốt", lowerIsBetter.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ", Row(page, built.TargetIds[5]).TextContent, StringComparison.Ordinal);
        Assert.Contains($"/Progress/Target/{built.TargetIds[0]}", Row(page, built.TargetIds[0]).InnerHtml, StringComparison.Ordinal);
        Assert.Equal($"50 % (đến {Today.AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})", Squash(Row(page, built.TargetIds[0]).QuerySelector(".latest span")!.TextContent));

        var dueSoon = page.QuerySelectorAll(".due-soon li").Select(li => li.GetAttribute("data-target-id")).ToList();
        Assert.Equal([built.TargetIds[5], built.TargetIds[0], built.TargetIds[4]], dueSoon.Select(id => int.Parse(id!, CultureInfo.InvariantCulture)));
        Assert.Contains("Sắp đến hạn (14 ngày tới)", page.QuerySelector(".due-soon h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("hôm nay", page.QuerySelector(".due-soon li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Targets_are_numbered_within_their_area_and_the_measure_reads_the_Vietnamese_way()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft,
            new TargetSpec(3, "Giải quyết kiến nghị cử tri đúng hạn", Today.AddMonths(2)) { TargetValue = 1234.5m, UnitOfMeasure = "hồ sơ", Baseline = 1000m },
            new TargetSpec(3, "Kiểm tra kỷ luật, kỷ cương hành chính", Today.AddMonths(2)) { TargetValue = 12m, UnitOfMeasure = "cuộc" });
        using var staff = await factory.SignInAsync("canbo.soyte");

        var page = await staff.GetPageAsync($"/Plans/Details/{built.PlanId}");

        var first = Row(page, built.TargetIds[0]);
        Assert.Equal("3.1", first.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("1.234,5 hồ sơ", first.QuerySelector(".target-value")!.TextContent.Trim());
        Assert.Equal("Ban đầu: 1.000 hồ sơ", first.QuerySelector(".baseline")!.TextContent.Trim());
        Assert.Equal("Chưa báo cáo", first.QuerySelector(".latest span")!.TextContent.Trim());
        Assert.Equal("3.2", Row(page, built.TargetIds[1]).QuerySelector("td")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"a[href='/PlanImport/Upload/{built.PlanId}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/PlanExport/Excel/{built.PlanId}']"));
        Assert.All(page.QuerySelectorAll("section.content-area"),
            area => Assert.NotNull(area.QuerySelector($"a[href='/Targets/Create?planId={built.PlanId}&areaId={area.GetAttribute("data-area-id")}']")));
    }

    [Fact]
    public async Task Unit_users_reach_their_plan_from_Mine_and_province_readers_go_to_the_list()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft, PlanBuilder.SomeTargets());
        using var staff = await factory.SignInAsync("canbo.soyte");
        using var noivu = await factory.SignInAsync("noivu");

        Assert.Equal($"/Plans/Details/{built.PlanId}", (await staff.GetAsync("/Plans/Mine")).Headers.Location?.OriginalString);
        Assert.Equal("/Plans", (await noivu.GetAsync("/Plans/Mine")).Headers.Location?.OriginalString);
        Assert.Equal("/Plans/Mine", (await staff.GetAsync("/Plans")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_province_list_filters_by_status_kind_and_group_searches_without_diacritics_and_pages()
    {
        await factory.CreatePlanAsync("SYT", PlanStatus.Submitted, PlanBuilder.SomeTargets());
        await factory.CreatePlanAsync("05986", PlanStatus.Accepted, PlanBuilder.SomeTargets()[..1]);
        var communes = await factory.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Commune)
            .OrderBy(u => u.Code).Select(u => u.Code).Take(20).ToListAsync());
        foreach (var code in communes)
        {
            await factory.CreatePlanAsync(code, PlanStatus.Draft);
        }

        using var noivu = await factory.SignInAsync("noivu");
        var all = await noivu.GetPageAsync("/Plans");
        var byName = await noivu.GetPageAsync("/Plans?q=SO+Y+TE");
        var ward = await noivu.GetPageAsync($"/Plans?kind={(int)UnitKind.Ward}");
        var queue = await noivu.GetPageAsync($"/Plans?status={(int)PlanStatus.Submitted}");
        var accepted = await noivu.GetPageAsync($"/Plans?status={(int)PlanStatus.Accepted}");
        var page2 = await noivu.GetPageAsync("/Plans?page=2");
        var groupId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "SYT").Select(u => u.EmulationGroupId).SingleAsync());

        Assert.Contains("Tổng số: 22", all.MainText(), StringComparison.Ordinal);
        Assert.Equal(20, Rows(all).Count);
        Assert.Equal(2, Rows(page2).Count);
        var syt = Assert.Single(Rows(byName));
        Assert.Equal(("Sở Y tế", "Sở, ban, ngành tỉnh", "Đã trình", "3"), (syt[0], syt[1], syt[3], syt[4]));
        Assert.Equal("UBND phường Tam Thanh", Assert.Single(Rows(ward))[0]);
        Assert.Equal("Sở Y tế", Assert.Single(Rows(queue))[0]);
        var tamThanh = Assert.Single(Rows(accepted));
        Assert.Equal(("UBND phường Tam Thanh", "Đã chấp thuận", "1"), (tamThanh[0], tamThanh[3], tamThanh[4]));
        Assert.Contains("Chờ duyệt 1", Squash(all.QuerySelector(".nav-tabs")!.TextContent), StringComparison.Ordinal);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", Rows(queue)[0][5]);
        if (groupId is { } g)
        {
            Assert.Contains(Rows(await noivu.GetPageAsync($"/Plans?group={g}")), r => r[0] == "Sở Y tế");
        }
    }

    [Fact]
    public async Task Council_members_see_the_list_without_the_review_tab()
    {
        await factory.CreatePlanAsync("SYT", PlanStatus.Submitted, PlanBuilder.SomeTargets());
        using var council = await factory.SignInAsync("hoidong1");

        var list = await council.GetPageAsync("/Plans");

        Assert.Null(list.QuerySelector(".nav-tabs"));
        Assert.Contains(Rows(list), r => r[0] == "Sở Y tế");
    }

    [Fact]
    public async Task The_clerk_edits_the_plan_header_and_the_change_is_audited()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft, PlanBuilder.SomeTargets());
        using var staff = await factory.SignInAsync("canbo.soyte");

        var fields = FormFields.Read(await staff.GetPageAsync($"/Plans/Edit/{built.PlanId}"));
        fields["DocumentNumber"] = "125/KH-SYT";
        fields["DocumentDate"] = "2025-10-20";
        fields["Summary"] = "Triển khai phong trào thi đua trong toàn ngành y tế.";
        var details = await staff.FollowAsync(await staff.PostFormAsync($"/Plans/Edit/{built.PlanId}", fields));

        Assert.Equal("Đã lưu thông tin kế hoạch.", details.FlashSuccess()?.Trim());
        Assert.Equal("125/KH-SYT ngày 20/10/2025", Squash(details.QuerySelector("#document")!.TextContent));
        Assert.Contains("Triển khai phong trào thi đua trong toàn ngành y tế.", details.QuerySelector("#summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(UnitPlan)
            && a.EntityId == built.PlanId.ToString(CultureInfo.InvariantCulture) && a.Action == AuditActions.Update && a.UserName == "canbo.soyte")));
    }

    [Fact]
    public async Task A_too_long_document_number_is_refused_in_Vietnamese_keeps_the_input_and_saves_nothing()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft, PlanBuilder.SomeTargets());
        using var staff = await factory.SignInAsync("canbo.soyte");
        var before = await factory.SnapshotAsync(built.PlanId);

        var fields = FormFields.Read(await staff.GetPageAsync($"/Plans/Edit/{built.PlanId}"));
        fields["DocumentNumber"] = new string('1', 51);
        fields["Summary"] = "Tóm tắt mới";
        var response = await staff.PostFormAsync($"/Plans/Edit/{built.PlanId}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Số văn bản tối đa 50 ký tự.", page.ValidationMessages());
        Assert.Equal("Tóm tắt mới", ((IHtmlTextAreaElement)page.QuerySelector("#Summary")!).Value);
        Assert.Equal(before, await factory.SnapshotAsync(built.PlanId));
    }

    [Fact]
    public async Task Two_people_editing_the_plan_header_the_second_is_told_keeps_the_input_and_saves_on_the_next_try()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft, PlanBuilder.SomeTargets());
        using var staff = await factory.SignInAsync("canbo.soyte");
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        var mine = FormFields.Read(await staff.GetPageAsync($"/Plans/Edit/{built.PlanId}"));
        var theirs = FormFields.Read(await head.GetPageAsync($"/Plans/Edit/{built.PlanId}"));

        mine["Summary"] = "Bản của cán bộ";
        await staff.FollowAsync(await staff.PostFormAsync($"/Plans/Edit/{built.PlanId}", mine));
        theirs["Summary"] = "Bản của thủ trưởng";
        var second = await head.PostFormAsync($"/Plans/Edit/{built.PlanId}", theirs);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await PortalClient.ParseAsync(second);
        var message = Assert.Single(page.ValidationMessages());
        Assert.StartsWith("Kế hoạch này vừa được người khác sửa (canbo.soyte, lúc ", message, StringComparison.Ordinal);
        Assert.EndsWith("Dữ liệu bạn nhập vẫn còn dưới đây; hãy xem lại và lưu lần nữa.", message, StringComparison.Ordinal);
        Assert.Equal("Bản của thủ trưởng", ((IHtmlTextAreaElement)page.QuerySelector("#Summary")!).Value);
        Assert.Equal("Bản của cán bộ", await SummaryAsync(built.PlanId));

        await head.FollowAsync(await head.PostFormAsync($"/Plans/Edit/{built.PlanId}", FormFields.Read(page)));
        Assert.Equal("Bản của thủ trưởng", await SummaryAsync(built.PlanId));
    }

    private Task<string?> SummaryAsync(int planId) =>
        factory.WithDbAsync(db => db.UnitPlans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.Summary).SingleAsync());

    private static string Squash(string text) => string.Join(" ", text.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries));

    private static IElement Row(IHtmlDocument page, int targetId) => page.QuerySelector($"tr#target-{targetId}")!;

    private static List<List<string>> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("table.plans tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .ToList();
}
