using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Account;

/// <summary>
/// Sessions end on the server (issue 20, item 1): a sign-in cookie saved before signing out opens nothing afterwards;
/// "Đăng xuất khỏi mọi thiết bị" ends every session of the user; an administrator ends a user's sessions.
/// </summary>
public sealed class SessionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_cookie_saved_before_sign_out_gets_the_sign_in_page_afterwards_while_other_browsers_stay_signed_in()
    {
        using var browser = factory.CreatePortalClient();
        var saved = await SignInSavingCookieAsync(browser, "noivu");
        using var otherBrowser = await factory.SignInAsync("noivu");
        Assert.Equal(HttpStatusCode.OK, (await Replay(saved, "/Council")).StatusCode);

        using var logout = await browser.PostFormAsync("/Account/Logout", new Dictionary<string, string>(), "/");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var replayed = await Replay(saved, "/Council");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/Account/Login", replayed.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await otherBrowser.GetAsync("/Council")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_of_the_user_and_is_audited()
    {
        using var phone = factory.CreatePortalClient();
        var saved = await SignInSavingCookieAsync(phone, "hoidong2");
        using var office = await factory.SignInAsync("hoidong2");

        var page = await office.GetPageAsync("/Account/Sessions");
        Assert.Equal(2, page.QuerySelectorAll("#sessions tbody tr").Length);
        Assert.Single(page.QuerySelectorAll("#sessions tbody tr.current"));

        using var response = await office.PostFormAsync("/Account/SignOutEverywhere", new Dictionary<string, string>(), "/Account/Sessions");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);

        foreach (var client in new[] { phone, office })
        {
            using var home = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await Replay(saved, "/")).StatusCode);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.UserName == "hoidong2" && a.Action == AuditActions.SessionsEnded));
        Assert.Contains("Đăng xuất khỏi mọi thiết bị", audit.Changes, StringComparison.Ordinal);
        Assert.Equal("Kết thúc phiên đăng nhập", AuditActions.DisplayName(AuditActions.SessionsEnded));
    }

    [Fact]
    public async Task An_administrator_ends_a_user_s_sessions_at_once_and_the_audit_names_the_user()
    {
        using var clerk = await factory.SignInAsync("canbo.tamthanh");
        using var admin = await factory.SignInAsync("admin");
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "canbo.tamthanh").Select(u => u.Id).SingleAsync());

        var details = await admin.GetPageAsync($"/Users/Details/{id}");
        Assert.Equal("1", details.QuerySelector("#session-count")!.TextContent.Trim());
        var confirm = await admin.GetPageAsync($"/Users/EndSessions/{id}");
        Assert.Contains("canbo.tamthanh", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var response = await admin.PostFormAsync($"/Users/EndSessions/{id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var afterwards = await clerk.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/Account/Login", afterwards.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal("0", (await admin.GetPageAsync($"/Users/Details/{id}")).QuerySelector("#session-count")!.TextContent.Trim());
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.UserName == "admin" && a.Action == AuditActions.SessionsEnded));
        Assert.Equal(id, audit.EntityId);
        Assert.Contains("canbo.tamthanh", audit.Changes, StringComparison.Ordinal);
        Assert.Contains(await FullNameAsync("canbo.tamthanh"), audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_store_keeps_no_session_after_sign_out_and_writes_no_audit_row_of_its_own()
    {
        using var client = await factory.SignInAsync("hoidong5");
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "hoidong5").Select(u => u.Id).SingleAsync());
        Assert.Equal(1, await SessionRowsAsync(userId));

        using var logout = await client.PostFormAsync("/Account/Logout", new Dictionary<string, string>(), "/");

        Assert.Equal(0, await SessionRowsAsync(userId));
        var tokenAudit = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType.StartsWith("IdentityUserToken")));
        Assert.Equal(0, tokenAudit);
    }

    private Task<int> SessionRowsAsync(string userId) =>
        factory.WithDbAsync(db => db.UserTokens.CountAsync(t => t.UserId == userId && t.LoginProvider == SignInSessions.LoginProvider));

    private Task<string> FullNameAsync(string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.FullName).SingleAsync());

    /// <summary>Signs in and returns the sign-in cookie(s) as a Cookie header: what an attacker would copy from the
    /// browser.</summary>
    private static async Task<string> SignInSavingCookieAsync(PortalClient client, string userName)
    {
        using var response = await client.LoginAsync(userName, PortalFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .Where(c => c.StartsWith("LangSon.ThiDua", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(cookies);
        return string.Join("; ", cookies);
    }

    /// <summary>A request from another browser that carries only the saved cookie.</summary>
    private async Task<HttpResponseMessage> Replay(string cookie, string url)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}

internal static class UriExtensions
{
    /// <summary>The path and query of a Location header, relative or absolute.</summary>
    public static string PathAndQuery(this Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
