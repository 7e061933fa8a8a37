using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Notifications;

/// <summary>The notification centre's filters and counts, the digest setting, and the plan review outcome it receives.</summary>
public sealed class NotificationCentreTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Settings = "/Notifications/Settings";

    [Fact]
    public async Task The_centre_counts_notifications_per_kind_and_filters_by_kind_and_read_state()
    {
        await factory.ReplaceNotificationsAsync("canbo.tamthanh", DateTime.UtcNow,
            new(NotificationKind.Reminder, "Đôn đốc số 1", TimeSpan.FromHours(1)),
            new(NotificationKind.Reminder, "Đôn đốc số 2", TimeSpan.FromHours(2)),
            new(NotificationKind.Reminder, "Đôn đốc số 3", TimeSpan.FromHours(3), Read: true),
            new(NotificationKind.PlanReview, "Kế hoạch đã được chấp thuận", TimeSpan.FromHours(4), Read: true),
            new(NotificationKind.PlanReview, "Kế hoạch bị trả lại", TimeSpan.FromHours(5)),
            new(NotificationKind.CouncilSession, "Mở bỏ phiếu phiên họp", TimeSpan.FromHours(6)));
        using var clerk = await factory.SignInAsync("canbo.tamthanh");

        var all = await clerk.GetPageAsync("/Notifications");

        Assert.Equal("4 thông báo chưa đọc.", all.QuerySelector("#unread-summary")!.TextContent.Trim());
        Assert.Equal(("3", "2"), Counts(all, "Reminder"));
        Assert.Equal(("2", "1"), Counts(all, "PlanReview"));
        Assert.Equal(("1", "1"), Counts(all, "CouncilSession"));
        Assert.Equal(("0", null), Counts(all, "Feedback"));
        Assert.Contains("Đôn đốc", Kind(all, "Reminder").TextContent, StringComparison.Ordinal);
        Assert.Contains("Gương điển hình", Kind(all, "ExemplaryModel").TextContent, StringComparison.Ordinal);
        Assert.Equal(6, Rows(all).Count);

        var reminders = await clerk.GetPageAsync("/Notifications?kind=Reminder");
        Assert.Equal(["Đôn đốc số 1", "Đôn đốc số 2", "Đôn đốc số 3"], Titles(reminders));
        Assert.All(Rows(reminders), r => Assert.Equal("Đôn đốc", r.QuerySelector(".notification-kind")!.TextContent.Trim()));
        Assert.Equal("page", Kind(reminders, "Reminder").GetAttribute("aria-current"));

        var unread = await clerk.GetPageAsync("/Notifications?status=unread");
        Assert.Equal(["Đôn đốc số 1", "Đôn đốc số 2", "Kế hoạch bị trả lại", "Mở bỏ phiếu phiên họp"], Titles(unread));
        Assert.Equal("unread", ((IHtmlSelectElement)unread.QuerySelector("#filter-status")!).Value);
        Assert.Equal("/Notifications?kind=PlanReview&status=unread", Kind(unread, "PlanReview").GetAttribute("href"));

        var readPlans = await clerk.GetPageAsync("/Notifications?kind=PlanReview&status=read");
        Assert.Equal(["Kế hoạch đã được chấp thuận"], Titles(readPlans));
        var row = Rows(readPlans).Single();
        Assert.Equal("Kết quả duyệt kế hoạch", row.QuerySelector(".notification-kind")!.TextContent.Trim());
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", row.QuerySelector("time")!.TextContent.Trim());

        var none = await clerk.GetPageAsync("/Notifications?kind=Feedback");
        Assert.Empty(Rows(none));
        Assert.Equal("Không có thông báo nào phù hợp với bộ lọc.", none.QuerySelector("#notifications-empty")!.TextContent.Trim());

        using var nonsense = await clerk.GetAsync("/Notifications?kind=abc&status=%3Cscript%3E&page=-3");
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
        Assert.Equal(6, Rows(await PortalClient.ParseAsync(nonsense)).Count);
    }

    [Fact]
    public async Task Marking_all_read_from_a_filtered_list_returns_to_that_list()
    {
        await factory.ReplaceNotificationsAsync("truongdonvi.tamthanh", DateTime.UtcNow,
            new(NotificationKind.Nomination, "Hồ sơ được Hội đồng thông qua", TimeSpan.FromHours(1)),
            new(NotificationKind.Reminder, "Đôn đốc báo cáo tiến độ", TimeSpan.FromHours(2)));
        using var head = await factory.SignInAsync("truongdonvi.tamthanh");

        using var response = await head.PostFormAsync(
            "/Notifications/ReadAll", new Dictionary<string, string> { ["returnUrl"] = "/Notifications?status=unread" }, "/Notifications?status=unread");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Notifications?status=unread", response.Headers.Location!.OriginalString);
        var after = await head.GetPageAsync("/Notifications?status=unread");
        Assert.Empty(Rows(after));
        Assert.Contains("Đã đánh dấu 2 thông báo là đã đọc.", after.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_turns_the_daily_digest_on_and_off_and_the_change_is_audited()
    {
        await factory.SetDigestAsync("canbo.soyte", false);
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var page = await clerk.GetPageAsync(Settings);
        Assert.Equal("Nhận thông báo qua thư", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("canbo.soyte@langson.gov.vn", page.QuerySelector("#digest-address")!.TextContent, StringComparison.Ordinal);
        var box = (IHtmlInputElement)page.QuerySelector("input[type=checkbox][name=DailyDigest]")!;
        Assert.False(box.IsChecked);
        Assert.False(box.IsDisabled);
        Assert.Equal("Nhận thư tổng hợp hằng ngày", page.QuerySelector($"label[for={box.Id}]")!.TextContent.Trim());

        var fields = FormFields.Read(page);
        fields["DailyDigest"] = "true";
        using (var on = await clerk.PostFormAsync(Settings, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        }

        var saved = await clerk.GetPageAsync(Settings);
        Assert.Contains("bạn sẽ nhận một thư tổng hợp tại canbo.soyte@langson.gov.vn", saved.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.True(((IHtmlInputElement)saved.QuerySelector("input[type=checkbox][name=DailyDigest]")!).IsChecked);
        Assert.True(await DailyDigestAsync("canbo.soyte"));
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "canbo.soyte").Select(u => u.Id).SingleAsync());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == nameof(AppUser) && a.EntityId == userId && a.Action == AuditActions.Update
            && a.UserName == "canbo.soyte" && a.Changes!.Contains(nameof(AppUser.DailyDigest)))));

        var offFields = FormFields.Read(saved);
        offFields["DailyDigest"] = "false";
        using (var off = await clerk.PostFormAsync(Settings, offFields))
        {
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        }

        Assert.False(await DailyDigestAsync("canbo.soyte"));
    }

    [Fact]
    public async Task A_malformed_digest_value_is_refused_in_Vietnamese_and_changes_nothing()
    {
        await factory.SetDigestAsync("mttq", false);
        using var observer = await factory.SignInAsync("mttq");

        using var refused = await observer.PostFormAsync(Settings, new Dictionary<string, string> { ["DailyDigest"] = "0001-01-01" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var message = Assert.Single((await PortalClient.ParseAsync(refused)).ValidationMessages());
        Assert.Matches("[ảạđộờợịừ]", message);
        Assert.False(await DailyDigestAsync("mttq"));
    }

    [Fact]
    public async Task A_user_without_an_email_address_is_told_so_and_cannot_turn_the_digest_on()
    {
        await factory.SetDigestAsync("hoidong9", false, email: null);
        using var member = await factory.SignInAsync("hoidong9");

        var page = await member.GetPageAsync(Settings);
        Assert.Contains("chưa có địa chỉ e-mail", page.QuerySelector("#digest-no-email")!.TextContent, StringComparison.Ordinal);
        Assert.True(((IHtmlInputElement)page.QuerySelector("input[type=checkbox][name=DailyDigest]")!).IsDisabled);

        using var refused = await member.PostFormAsync(Settings, new Dictionary<string, string> { ["DailyDigest"] = "true" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await PortalClient.ParseAsync(refused);
        Assert.Equal(
            "Tài khoản của bạn chưa có địa chỉ e-mail nên không nhận được thư tổng hợp. Hãy đề nghị quản trị hệ thống bổ sung địa chỉ e-mail cho tài khoản.",
            shown.QuerySelector(".form-check ~ .field-validation-error, .field-validation-error")!.TextContent.Trim());
        Assert.False(await DailyDigestAsync("hoidong9"));
    }

    [Fact]
    public async Task The_units_users_are_notified_when_Noi_Vu_returns_or_accepts_their_plan()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Submitted, PlanBuilder.SomeTargets());
        var before = await PlanReviewNotificationsAsync(built.PlanId);
        using var noivu = await factory.SignInAsync("noivu");
        var review = FormFields.Read(await noivu.GetPageAsync($"/Plans/Review/{built.PlanId}"));
        review["Decision"] = "Return";
        review["Comment"] = "Đề nghị bổ sung chỉ tiêu giải ngân.";

        using (var returned = await noivu.PostFormAsync($"/Plans/Review/{built.PlanId}", review))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        var told = (await PlanReviewNotificationsAsync(built.PlanId)).Except(before).ToList();
        // Only the unit's own users: not Sở Nội vụ, not another unit.
        Assert.Equal(["canbo.soyte", "truongdonvi.soyte"], told.Select(n => n.UserName).Order());
        Assert.All(told, n => Assert.Equal("Kế hoạch của đơn vị bị trả lại để chỉnh sửa", n.Title));
        Assert.All(told, n => Assert.Equal("Ý kiến của Sở Nội vụ: Đề nghị bổ sung chỉ tiêu giải ngân.", n.Body));
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        var centre = await head.GetPageAsync("/Notifications?kind=PlanReview&status=unread");
        Assert.Contains("Kế hoạch của đơn vị bị trả lại để chỉnh sửa", Titles(centre));
    }

    private sealed record Told(string? UserName, string Title, string? Body);

    private Task<List<Told>> PlanReviewNotificationsAsync(int planId) =>
        factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.PlanReview && n.Link == $"/Plans/Details/{planId}")
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new Told(u.UserName, n.Title, n.Body)).ToListAsync());

    private Task<bool> DailyDigestAsync(string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.DailyDigest).SingleAsync());

    private static AngleSharp.Dom.IElement Kind(IHtmlDocument page, string kind) =>
        page.QuerySelector($"#notification-kinds [data-kind='{kind}']")!;

    private static (string Total, string? Unread) Counts(IHtmlDocument page, string kind)
    {
        var link = Kind(page, kind);
        return (link.QuerySelector("[data-total]")!.FirstChild!.TextContent.Trim(), link.QuerySelector("[data-unread]")?.FirstChild!.TextContent.Trim());
    }

    private static List<AngleSharp.Dom.IElement> Rows(IHtmlDocument page) => page.QuerySelectorAll("#notifications [data-notification]").ToList();

    private static List<string> Titles(IHtmlDocument page) =>
        Rows(page).Select(r => r.QuerySelector("a[href^='/Notifications/Open/']")!.TextContent.Trim()).ToList();
}
