using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Progress;

public sealed class ProgressTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_report_of_60_on_a_40_to_80_target_shows_50_percent_with_the_reporter_and_a_history_row()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var page = await clerk.ReportAndOpenAsync(plan.HigherId, ProgressPosts.Report("2026-03-31", value: "60", narrative: "Đã triển khai ở 12/15 bệnh viện."));

        Assert.Equal("50%", page.QuerySelector("#target-percent")!.TextContent.Trim());
        Assert.Contains("Đã ghi nhận báo cáo tiến độ.", page.QuerySelector(".alert-success")!.TextContent);
        var row = Assert.Single(page.QuerySelectorAll("#report-history tbody tr"));
        Assert.Equal("31/03/2026", Cell(row, "as-of"));
        Assert.Equal("60 %", Cell(row, "result"));
        Assert.Equal("50%", Cell(row, "percent"));
        Assert.Equal("Đã triển khai ở 12/15 bệnh viện.", Cell(row, "narrative"));
        Assert.Contains("Nguyễn Thị Hương", Cell(row, "reporter"));
        Assert.Equal($"/Plans/Details/{plan.PlanId}", page.QuerySelector(".breadcrumb a")!.GetAttribute("href"));
        var saved = await factory.WithDbAsync(db => db.ProgressReports.AsNoTracking().SingleAsync(r => r.PlanTargetId == plan.HigherId));
        Assert.Equal(60m, saved.Value);
        Assert.Equal(50m, saved.Percent);
        Assert.Equal("canbo.soyte", saved.ReporterUserName);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ProgressReport) && a.EntityId == saved.Id.ToString() && a.UserName == "canbo.soyte")));
    }

    [Fact]
    public async Task Lower_is_better_20_to_10_with_15_reached_shows_50_percent()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var head = await factory.SignInAsync("truongdonvi.soyte");

        var page = await head.ReportAndOpenAsync(plan.LowerId, ProgressPosts.Report("2026-06-30", value: "15"));

        Assert.Equal("50%", page.QuerySelector("#target-percent")!.TextContent.Trim());
        Assert.Equal("15 ngày", Cell(page.QuerySelector("#report-history tbody tr")!, "result"));
    }

    [Fact]
    public async Task A_milestone_reported_done_is_100_percent_and_Da_dat()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var form = await clerk.GetPageAsync(ProgressPosts.CreateUrl(plan.MilestoneId));
        Assert.Null(form.QuerySelector("input[name=Value]"));
        Assert.Equal(2, form.QuerySelectorAll("input[type=radio][name=MilestoneDone]").Length);

        var page = await clerk.ReportAndOpenAsync(plan.MilestoneId, ProgressPosts.Report("2026-01-15", done: "true"));

        Assert.Equal("100%", page.QuerySelector("#target-percent")!.TextContent.Trim());
        Assert.Equal("Đã đạt", page.QuerySelector("#target-state")!.TextContent.Trim());
        Assert.Equal("Hoàn thành", Cell(page.QuerySelector("#report-history tbody tr")!, "result"));
    }

    [Fact]
    public async Task Values_are_typed_the_Vietnamese_way_and_a_dot_as_decimal_point_is_refused()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var refused = await clerk.PostReportAsync(plan.HigherId, ProgressPosts.Report("2026-03-31", value: "62.5"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains((await PortalClient.ParseAsync(refused)).ValidationMessages(), m => m.StartsWith("Giá trị phải là một số viết theo kiểu Việt Nam", StringComparison.Ordinal));

        var page = await clerk.ReportAndOpenAsync(plan.HigherId, ProgressPosts.Report("2026-03-31", value: "62,6"));

        Assert.Equal("56,5%", page.QuerySelector("#target-percent")!.TextContent.Trim());
        Assert.Equal("62,6 %", Cell(page.QuerySelector("#report-history tbody tr")!, "result"));
        Assert.Equal(62.6m, await factory.WithDbAsync(db => db.ProgressReports.Where(r => r.PlanTargetId == plan.HigherId).Select(r => r.Value).SingleAsync()));
    }

    [Fact]
    public async Task The_history_keeps_every_report_newest_first_and_the_latest_as_of_date_decides_the_percent()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");
        await clerk.ReportAndOpenAsync(plan.HigherId, ProgressPosts.Report("2025-11-30", value: "44", narrative: "Báo cáo tháng 11"));
        await clerk.ReportAndOpenAsync(plan.HigherId, ProgressPosts.Report("2026-02-28", value: "56", narrative: "Báo cáo tháng 2"));

        // Entered late, for an earlier date: it takes its place in the history and does not become "the latest".
        var page = await clerk.ReportAndOpenAsync(plan.HigherId, ProgressPosts.Report("2025-12-31", value: "50", narrative: "Báo cáo tháng 12 (nhập bổ sung)"));

        var rows = page.QuerySelectorAll("#report-history tbody tr");
        Assert.Equal(["28/02/2026", "31/12/2025", "30/11/2025"], rows.Select(r => Cell(r, "as-of")));
        Assert.Equal(["40%", "25%", "10%"], rows.Select(r => Cell(r, "percent")));
        Assert.Equal("40%", page.QuerySelector("#target-percent")!.TextContent.Trim());
        Assert.Equal(3, await factory.WithDbAsync(db => db.ProgressReports.CountAsync(r => r.PlanTargetId == plan.HigherId)));
    }

    [Fact]
    public async Task A_long_history_is_paged_twenty_reports_a_page_and_every_page_shows_the_latest_percent()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var first = new DateOnly(2025, 10, 2);
        for (var i = 0; i < 21; i++)
        {
            var asOf = first.AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await clerk.ReportAndOpenAsync(plan.HigherId, ProgressPosts.Report(asOf, value: (41 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), narrative: $"Báo cáo lần {i + 1}"));
        }

        var pageOne = await clerk.GetPageAsync($"/Progress/Target/{plan.HigherId}");
        var pageTwo = await clerk.GetPageAsync($"/Progress/Target/{plan.HigherId}?page=2");

        Assert.Equal(20, pageOne.QuerySelectorAll("#report-history tbody tr").Length);
        Assert.Equal("22/10/2025", Cell(pageOne.QuerySelector("#report-history tbody tr")!, "as-of"));
        Assert.Equal(["02/10/2025"], pageTwo.QuerySelectorAll("#report-history tbody tr").Select(r => Cell(r, "as-of")));
        Assert.Equal(pageOne.QuerySelector("#target-percent")!.TextContent.Trim(), pageTwo.QuerySelector("#target-percent")!.TextContent.Trim());
    }

    [Fact]
    public async Task Invalid_input_is_refused_in_Vietnamese_keeps_what_was_typed_and_saves_nothing()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)) // typed the Vietnamese way
            .ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

        var response = await clerk.PostReportAsync(plan.HigherId, ProgressPosts.Report(tomorrow, value: "abc", narrative: " ", difficulties: "Thiếu kinh phí mua máy chủ"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var messages = page.ValidationMessages();
        Assert.Contains("Ngày số liệu không được sau ngày hôm nay.", messages);
        Assert.Contains("Hãy nhập nội dung báo cáo (kết quả thực hiện).", messages);
        Assert.Contains(messages, m => m.StartsWith("Giá trị phải là một số", StringComparison.Ordinal));
        Assert.Equal("abc", ((IHtmlInputElement)page.QuerySelector("#Value")!).Value);
        Assert.Equal(tomorrow, ((IHtmlInputElement)page.QuerySelector("#AsOfDate")!).Value);
        Assert.Equal("Thiếu kinh phí mua máy chủ", ((IHtmlTextAreaElement)page.QuerySelector("#Difficulties")!).Value);
        Assert.Equal("multipart/form-data", page.QuerySelector("main form[method=post]")!.GetAttribute("enctype"));
        // Each refused field says so to a screen reader and is linked from the summary above the form.
        page.AssertFieldRefusedWith("AsOfDate", "Ngày số liệu không được sau ngày hôm nay.");
        page.AssertFieldRefusedWith("Narrative", "Hãy nhập nội dung báo cáo (kết quả thực hiện).");
        Assert.Equal(0, await ReportCountAsync(plan));
    }

    [Fact]
    public async Task Required_answers_depend_on_the_target_and_dates_before_the_campaign_are_refused()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var numeric = await PortalClient.ParseAsync(await clerk.PostReportAsync(plan.HigherId, ProgressPosts.Report("2025-09-30", narrative: "Có nội dung")));
        var milestone = await PortalClient.ParseAsync(await clerk.PostReportAsync(plan.MilestoneId, ProgressPosts.Report("", narrative: "Có nội dung")));

        Assert.Contains("Hãy nhập giá trị đạt được của chỉ tiêu.", numeric.ValidationMessages());
        Assert.Contains("Ngày số liệu không được trước ngày bắt đầu phong trào (01/10/2025).", numeric.ValidationMessages());
        Assert.Equal("Có nội dung", ((IHtmlTextAreaElement)numeric.QuerySelector("#Narrative")!).Value);
        Assert.Contains("Hãy cho biết nhiệm vụ đã hoàn thành hay chưa.", milestone.ValidationMessages());
        Assert.Contains("Hãy nhập ngày số liệu của báo cáo.", milestone.ValidationMessages());
        Assert.Equal(0, await ReportCountAsync(plan));
    }

    [Fact]
    public async Task A_plan_not_yet_accepted_takes_no_report_and_says_why_with_the_domain_message()
    {
        var plan = await factory.DraftPlanAsync(ProgressBuilder.TamThanh);
        using var clerk = await factory.SignInAsync("canbo.tamthanh");
        const string refusal = "Chỉ báo cáo tiến độ được trên kế hoạch đã được Sở Nội vụ chấp thuận.";

        var target = await clerk.GetPageAsync($"/Progress/Target/{plan.HigherId}");
        Assert.Null(target.QuerySelector("#report-progress"));
        var form = await clerk.GetAsync(ProgressPosts.CreateUrl(plan.HigherId));
        Assert.Equal($"/Progress/Target/{plan.HigherId}", ProgressPosts.Local(form));
        Assert.Contains(refusal, (await clerk.GetPageAsync(ProgressPosts.Local(form))).QuerySelector(".alert-danger")!.TextContent);

        var posted = await clerk.PostAsSignedInUserAsync(ProgressPosts.CreateUrl(plan.HigherId), ProgressPosts.Report("2026-03-31", value: "60"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains(refusal, (await clerk.GetPageAsync(ProgressPosts.Local(posted))).QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal(0, await ReportCountAsync(plan));
    }

    [Fact]
    public async Task Only_users_of_the_unit_see_the_report_button()
    {
        var plan = await factory.AcceptedPlanAsync();
        var url = $"/Progress/Target/{plan.HigherId}";

        foreach (var userName in new[] { "canbo.soyte", "truongdonvi.soyte" })
        {
            using var unitUser = await factory.SignInAsync(userName);
            var page = await unitUser.GetPageAsync(url);
            Assert.Equal(ProgressPosts.CreateUrl(plan.HigherId), page.QuerySelector("#report-progress")!.GetAttribute("href"));
        }

        foreach (var userName in new[] { "mttq", "noivu", "admin" })
        {
            using var reader = await factory.SignInAsync(userName);
            var page = await reader.GetPageAsync(url);
            Assert.Equal("Tỷ lệ hồ sơ bệnh án điện tử", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Null(page.QuerySelector("#report-progress"));
            Assert.Equal("Chưa triển khai", page.QuerySelector("#target-state")!.TextContent.Trim());
        }
    }

    [Theory]
    [InlineData("canbo.tamthanh")]
    [InlineData("truongdonvi.tamthanh")]
    public async Task Users_of_another_unit_are_forbidden_on_every_progress_route_of_So_Y_te(string userName)
    {
        var plan = await factory.AcceptedPlanAsync();
        using var other = await factory.SignInAsync(userName);

        foreach (var targetId in new[] { plan.HigherId, plan.LowerId, plan.MilestoneId })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Progress/Target/{targetId}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(ProgressPosts.CreateUrl(targetId))).StatusCode);
            var posted = await other.PostAsSignedInUserAsync(ProgressPosts.CreateUrl(targetId), ProgressPosts.Report("2026-03-31", value: "60", done: "true"));
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        Assert.Equal(0, await ReportCountAsync(plan));
    }

    [Theory]
    [InlineData("mttq")]
    [InlineData("noivu")]
    public async Task Province_wide_readers_read_the_history_but_cannot_report(string userName)
    {
        var plan = await factory.AcceptedPlanAsync();
        using (var clerk = await factory.SignInAsync("canbo.soyte"))
        {
            await clerk.ReportAndOpenAsync(plan.HigherId, ProgressPosts.Report("2026-03-31", value: "60"));
        }

        using var reader = await factory.SignInAsync(userName);

        var page = await reader.GetPageAsync($"/Progress/Target/{plan.HigherId}");
        Assert.Single(page.QuerySelectorAll("#report-history tbody tr"));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(ProgressPosts.CreateUrl(plan.HigherId))).StatusCode);
        var posted = await reader.PostAsSignedInUserAsync(ProgressPosts.CreateUrl(plan.HigherId), ProgressPosts.Report("2026-04-30", value: "70"));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(1, await ReportCountAsync(plan));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page_and_unknown_targets_are_404()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var anonymous = factory.CreatePortalClient();

        foreach (var response in new[]
        {
            await anonymous.GetAsync($"/Progress/Target/{plan.HigherId}"),
            await anonymous.GetAsync(ProgressPosts.CreateUrl(plan.HigherId)),
            await anonymous.PostAsAnonymousAsync(ProgressPosts.CreateUrl(plan.HigherId), ProgressPosts.Report("2026-03-31", value: "60")),
        })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", ProgressPosts.Local(response), StringComparison.Ordinal);
        }

        using var clerk = await factory.SignInAsync("canbo.soyte");
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/Progress/Target/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync(ProgressPosts.CreateUrl(999999))).StatusCode);
        Assert.Equal(0, await ReportCountAsync(plan));
    }

    private Task<int> ReportCountAsync(BuiltPlan plan) =>
        factory.WithDbAsync(db => db.ProgressReports.CountAsync(r => r.PlanTarget!.UnitPlanId == plan.PlanId));

    private static string Cell(AngleSharp.Dom.IElement row, string column) =>
        row.QuerySelector($"td.{column}")!.TextContent.Trim();
}
