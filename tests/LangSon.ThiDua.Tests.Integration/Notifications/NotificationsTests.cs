using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Reminders;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Notifications;

public sealed class NotificationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_bell_counts_unread_notifications_and_opening_one_from_it_marks_it_read()
    {
        var soYte = await factory.UnitIdAsync(ReminderSteps.SoYte);
        using var noivu = await factory.SignInAsync("noivu");
        var first = await noivu.SendReminderAsync("Đôn đốc thứ nhất gửi Sở Y tế", soYte);
        await noivu.SendReminderAsync("Đôn đốc thứ hai gửi Sở Y tế", soYte);
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var home = await clerk.GetPageAsync("/");

        var bell = home.QuerySelector("#notification-bell")!;
        Assert.Equal("2", bell.QuerySelector("#notification-count")!.TextContent.Trim());
        Assert.Equal("2", UnreadWaiting(home)); // the home's "what waits on you" shows the bell's figure
        Assert.Contains("thông báo chưa đọc", bell.QuerySelectorAll(".visually-hidden").Select(e => e.TextContent.Trim()));
        var items = bell.QuerySelectorAll("a.notification-item").ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("Đôn đốc thứ hai gửi Sở Y tế", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Đôn đốc thứ nhất gửi Sở Y tế", items[1].TextContent, StringComparison.Ordinal);

        using var open = await clerk.GetAsync(items[1].GetAttribute("href")!);
        var recipientId = await factory.RecipientIdAsync(first, soYte);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"/Reminders/Open/{recipientId}", open.Headers.Location!.OriginalString);
        var reminder = await clerk.GetPageAsync(open.Headers.Location.OriginalString);
        Assert.Equal("1", reminder.QuerySelector("#notification-count")!.TextContent.Trim());
        var after = await clerk.GetPageAsync("/");
        var bellAfter = after.QuerySelector("#notification-count")!.TextContent.Trim();
        Assert.Equal(("1", "1"), (bellAfter, UnreadWaiting(after)));
        Assert.Equal("canbo.soyte", await factory.WithDbAsync(db => db.ReminderRecipients.Where(r => r.Id == recipientId).Select(r => r.ReadByUserName).SingleAsync()));

        using var head = await factory.SignInAsync("truongdonvi.soyte");
        Assert.Equal("2", (await head.GetPageAsync("/")).QuerySelector("#notification-count")!.TextContent.Trim());
        var nothing = await noivu.GetPageAsync("/");
        Assert.Null(nothing.QuerySelector("#notification-count"));
        Assert.Contains("Chưa có thông báo nào.", nothing.QuerySelector("#notification-bell")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_unread_first_and_marks_one_or_all_as_read()
    {
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        using var head = await factory.SignInAsync("truongdonvi.tamthanh");
        using (var clear = await head.PostAsSignedInUserAsync("/Notifications/ReadAll", new Dictionary<string, string>()))
        {
            // Other tests of the class may have sent reminders to Tam Thanh: start from nothing unread.
            Assert.Equal(HttpStatusCode.Redirect, clear.StatusCode);
        }

        using var noivu = await factory.SignInAsync("noivu");
        await noivu.SendReminderAsync("Đôn đốc Tam Thanh số 1", tamThanh);
        await noivu.SendReminderAsync("Đôn đốc Tam Thanh số 2", tamThanh);
        await noivu.SendReminderAsync("Đôn đốc Tam Thanh số 3", tamThanh);
        var ids = await NotificationIdsAsync("truongdonvi.tamthanh");

        using (var read = await head.PostFormAsync($"/Notifications/Read/{ids["Đôn đốc Tam Thanh số 3"]}", new Dictionary<string, string>(), "/Notifications"))
        {
            Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        }

        var page = await head.GetPageAsync("/Notifications");
        var rows = page.QuerySelectorAll("#notifications [data-notification]").ToList();
        Assert.Equal(["true", "true", "false"], rows.Take(3).Select(r => r.GetAttribute("data-unread")));
        Assert.Contains("Đôn đốc Tam Thanh số 2", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Chưa đọc", rows[0].QuerySelector(".badge")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Đôn đốc Tam Thanh số 3", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Equal("2", page.QuerySelector("#notification-count")!.TextContent.Trim());

        using (var all = await head.PostFormAsync("/Notifications/ReadAll", new Dictionary<string, string>(), "/Notifications"))
        {
            Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        }

        var after = await head.GetPageAsync("/Notifications");
        Assert.Null(after.QuerySelector("#notification-count"));
        Assert.All(after.QuerySelectorAll("#notifications [data-notification]"), r => Assert.Equal("false", r.GetAttribute("data-unread")));
        Assert.Equal("Không có thông báo nào chưa đọc.", after.QuerySelector("#unread-summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task Nobody_reads_or_opens_another_users_notification()
    {
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        using var noivu = await factory.SignInAsync("noivu");
        await noivu.SendReminderAsync("Đôn đốc chỉ cho cán bộ Tam Thanh", tamThanh);
        var id = (await NotificationIdsAsync("canbo.tamthanh"))["Đôn đốc chỉ cho cán bộ Tam Thanh"];
        using var other = await factory.SignInAsync("canbo.soyte");

        using var read = await other.PostAsSignedInUserAsync($"/Notifications/Read/{id}", new Dictionary<string, string>());
        using var open = await other.GetAsync($"/Notifications/Open/{id}");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Id == id && n.ReadAtUtc != null)));
        var list = await other.GetPageAsync("/Notifications");
        Assert.DoesNotContain("Đôn đốc chỉ cho cán bộ Tam Thanh", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private Task<Dictionary<string, long>> NotificationIdsAsync(string userName) =>
        factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => db.Users.Any(u => u.Id == n.UserId && u.UserName == userName))
            .ToDictionaryAsync(n => n.Title, n => n.Id));

    /// <summary>The count of the home page's "Thông báo chưa đọc" line (what waits on the user).</summary>
    private static string UnreadWaiting(IHtmlDocument home) =>
        home.QuerySelectorAll(".waiting-item")
            .Single(i => i.QuerySelector(".waiting-label")!.TextContent.Trim() == "Thông báo chưa đọc")
            .QuerySelector(".waiting-count")!.TextContent.Trim();
}
