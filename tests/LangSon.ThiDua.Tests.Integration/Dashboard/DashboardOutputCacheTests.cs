using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Auditing;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Dashboard;
using LangSon.ThiDua.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Dashboard;

/// <summary>
/// The dashboard's whole page is output-cached. What the layout shows per user (name, role menu, bell, the logout
/// form's antiforgery token) must never leak to another user or another browser, and a change made anywhere must
/// show: at once when made by this instance, within <see cref="DashboardChangeStamp.CheckInterval"/> when made by
/// another instance on the same database.
/// </summary>
public sealed class DashboardOutputCacheTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task Each_user_gets_a_cached_page_with_their_own_name_and_menu_never_another_users()
    {
        using var noivu = await factory.SignInAsync("noivu");
        using var hoidong = await factory.SignInAsync("hoidong1");
        using var canbo = await factory.SignInAsync("canbo.soyte");
        var names = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "noivu" || u.UserName == "hoidong1")
            .ToDictionaryAsync(u => u.UserName!, u => u.FullName));

        var noivuPage = await noivu.CachedPageAsync("/Dashboard");
        var hoidongPage = await hoidong.CachedPageAsync("/Dashboard");
        var noivuAgain = await noivu.CachedPageAsync("/Dashboard");

        Assert.Contains(names["noivu"], UserMenu(noivuPage), StringComparison.Ordinal);
        Assert.Contains(names["hoidong1"], UserMenu(hoidongPage), StringComparison.Ordinal);
        Assert.DoesNotContain(names["noivu"], UserMenu(hoidongPage), StringComparison.Ordinal);
        Assert.Contains(names["noivu"], UserMenu(noivuAgain), StringComparison.Ordinal);
        Assert.NotNull(noivuPage.QuerySelector("nav a[href='/Reminders']")); // Sở Nội vụ's menu
        Assert.Null(hoidongPage.QuerySelector("nav a[href='/Reminders']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await canbo.GetAsync("/Dashboard")).StatusCode); // access is checked before the cache
    }

    [Fact]
    public async Task A_new_notification_and_reading_it_change_the_bell_on_the_next_load()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "noivu").Select(u => u.Id).SingleAsync());
        var before = BellCount(await noivu.CachedPageAsync("/Dashboard"));

        var id = await factory.WithDbAsync(async db =>
        {
            var notification = new Notification
            {
                UserId = userId,
                Kind = NotificationKind.Reminder,
                Title = "Đôn đốc cập nhật số liệu thi đua quý I",
                Link = "/Notifications",
                CreatedAtUtc = DashboardData.Now.UtcDateTime,
            };
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            return notification.Id;
        });
        var (withNew, fromCache) = await noivu.LoadAsync("/Dashboard");

        Assert.False(fromCache);
        Assert.Equal(before + 1, BellCount(withNew));
        Assert.Contains("Đôn đốc cập nhật số liệu thi đua quý I", withNew.QuerySelector("#notification-bell")!.TextContent, StringComparison.Ordinal);

        await noivu.CachedPageAsync("/Dashboard");
        await factory.WithDbAsync(async db =>
        {
            (await db.Notifications.SingleAsync(n => n.Id == id)).MarkRead(DashboardData.Now.UtcDateTime);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(before, BellCount((await noivu.LoadAsync("/Dashboard")).Page));
    }

    [Fact]
    public async Task After_signing_out_and_in_the_cached_page_has_a_logout_form_that_signs_out()
    {
        // Two browsers of the same user, signed in before either loads the page (a sign-in is a write: it moves the
        // data stamp), so that only their antiforgery cookies tell their cached pages apart.
        using var first = await factory.SignInAsync("noivu");
        using var second = await factory.SignInAsync("noivu");
        await first.CachedPageAsync("/Dashboard");
        await second.CachedPageAsync("/Dashboard");

        await AssertLogoutWorksAsync(second);
        Assert.Equal(HttpStatusCode.Redirect, (await second.LoginAsync("noivu", PortalFactoryPassword)).StatusCode);
        await second.CachedPageAsync("/Dashboard");
        await AssertLogoutWorksAsync(second);
        await AssertLogoutWorksAsync(first);
    }

    [Fact]
    public async Task A_report_written_by_another_instance_shows_once_the_check_interval_has_passed()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var before = await noivu.CachedPageAsync("/Dashboard?tab=bieu-do");

        // Another app instance on the same database: its own DbContext, without this instance's change interceptor.
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={factory.DatabasePath}").Options;
        await using (var other = new AppDbContext(options).AuditAs(new SystemAuditActor(), TimeProvider.System))
        {
            var t5 = await other.PlanTargets.SingleAsync(t => t.Id == factory.Data.Targets["T5"]);
            await DashboardData.ReportAsync(other, t5, new DateOnly(2026, 3, 4), 30m, DashboardData.Now.UtcDateTime);
        }

        await Task.Delay(DashboardChangeStamp.CheckInterval + TimeSpan.FromMilliseconds(100));
        var (after, fromCache) = await noivu.LoadAsync("/Dashboard?tab=bieu-do");
        var heat = await noivu.GetPageAsync("/Dashboard?tab=ban-do-nhiet");

        Assert.False(fromCache);
        Assert.Equal(before.WeekCount("2026-W10") + 1, after.WeekCount("2026-W10"));
        Assert.Equal("30%", heat.HeatCell(DashboardData.SoGdDt, 1)!.TextContent.Trim());
    }

    private const string PortalFactoryPassword = Infrastructure.PortalFactory.DemoPassword;

    private static async Task AssertLogoutWorksAsync(Infrastructure.PortalClient client)
    {
        // The token comes from the logout form of the (cached) dashboard: it must match this browser's cookie.
        var response = await client.PostFormAsync("/Account/Logout", new Dictionary<string, string>(), "/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        var afterwards = await client.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode); // signed out: sent to the sign-in page
    }

    private static string UserMenu(IHtmlDocument page) =>
        page.QuerySelector("header .bi-person-circle")!.ParentElement!.TextContent;

    private static int BellCount(IHtmlDocument page) =>
        page.QuerySelector("#notification-count") is { } badge ? int.Parse(badge.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
}
