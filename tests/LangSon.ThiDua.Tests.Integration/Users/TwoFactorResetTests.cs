using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Account;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Users;

/// <summary>
/// An administrator resets the two-factor sign-in of a user who lost the phone and the recovery codes (issue 20, item
/// 5):
/// audited, the user's sessions end, the user signs in with the password and must enrol again.
/// </summary>
public sealed class TwoFactorResetTests(TwoFactorRequiredFactory factory) : IClassFixture<TwoFactorRequiredFactory>
{
    [Fact]
    public async Task An_administrator_resets_a_member_s_two_factor_sign_in_and_the_member_enrols_again()
    {
        using var member = await factory.SignInAsync("hoidong6");
        var (oldKey, _) = await TwoFactorSteps.EnableAsync(member);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/")).StatusCode);
        using var admin = await factory.SignInAsync("admin");
        await TwoFactorSteps.EnableAsync(admin);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "hoidong6").Select(u => u.Id).SingleAsync());

        var details = await admin.GetPageAsync($"/Users/Details/{id}");
        Assert.Equal("Đã bật", details.QuerySelector("#two-factor")!.TextContent.Trim());
        Assert.NotNull(details.QuerySelector($"a[href='/Users/ResetTwoFactor/{id}']"));
        using var reset = await admin.PostFormAsync($"/Users/ResetTwoFactor/{id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var ended = await member.GetAsync("/");
        Assert.StartsWith("/Account/Login", ended.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        var state = await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
            var codes = await db.UserTokens.AsNoTracking().Where(t => t.UserId == id && t.Name == "RecoveryCodes").Select(t => t.Value).SingleOrDefaultAsync();
            return (user.TwoFactorEnabled, codes);
        });
        Assert.False(state.TwoFactorEnabled);
        Assert.True(string.IsNullOrEmpty(state.codes));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.TwoFactorReset && a.EntityId == id));
        Assert.Equal("admin", audit.UserName);
        Assert.Contains("hoidong6", audit.Changes, StringComparison.Ordinal);

        using var again = factory.CreatePortalClient();
        using var password = await again.LoginAsync("hoidong6", PortalFactory.DemoPassword);
        Assert.Equal("/", password.Headers.Location?.OriginalString);
        using var home = await again.GetAsync("/");
        Assert.Equal("/TwoFactor", home.Headers.Location?.OriginalString);
        Assert.NotEqual(oldKey, await TwoFactorSteps.SharedKeyAsync(again));

        // An account without two-factor sign-in: nothing to reset, nothing recorded.
        var clerk = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "canbo.soyte").Select(u => u.Id).SingleAsync());
        using var nothing = await admin.PostFormAsync($"/Users/ResetTwoFactor/{clerk}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, nothing.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.TwoFactorReset && a.EntityId == clerk)));
    }
}
