using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Features.TwoFactor;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Account;

/// <summary>Two-factor sign-in when no role requires it (demo mode): any user may turn it on and off.</summary>
public sealed class TwoFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Enabling_with_a_wrong_code_fails_with_a_Vietnamese_message_and_leaves_two_factor_off()
    {
        using var client = await factory.SignInAsync("hoidong5");
        var key = await TwoFactorSteps.SharedKeyAsync(client);

        async Task<IReadOnlyList<string>> TryAsync(string code)
        {
            using var response = await client.PostFormAsync("/TwoFactor/Enable", new Dictionary<string, string> { ["Code"] = code }, "/TwoFactor");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            Assert.Equal(key, page.QuerySelector("#shared-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal));
            return page.ValidationMessages();
        }

        Assert.Contains("Hãy nhập mã xác thực gồm 6 chữ số trong ứng dụng xác thực.", await TryAsync(""));
        Assert.Contains("Mã xác thực phải gồm đúng 6 chữ số.", await TryAsync("12a45"));
        Assert.Contains(await TryAsync(Totp.Wrong(key)), m => m.StartsWith("Mã xác thực không đúng hoặc đã hết hạn.", StringComparison.Ordinal));

        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "hoidong5").Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().LoginAsync("hoidong5", PortalFactory.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task A_user_enables_two_factor_and_then_needs_the_code_after_the_password()
    {
        using (var client = await factory.SignInAsync("hoidong6"))
        {
            var (_, codes) = await TwoFactorSteps.EnableAsync(client);
            Assert.Equal(10, codes.Distinct().Count());
            var status = await client.GetPageAsync("/TwoFactor");
            Assert.Contains("Đang bật.", status.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("10", status.QuerySelector("#recovery-codes-left")!.TextContent);
            Assert.Null(status.QuerySelector("#shared-key"));
        }

        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "hoidong6"));
        Assert.True(user.TwoFactorEnabled);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "hoidong6").ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditActions.TwoFactorEnabled && a.EntityId == user.Id);

        // The key itself never reaches the audit log.
        var key = await factory.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == user.Id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync());
        Assert.DoesNotContain(await factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Changes ?? string.Empty).ToListAsync()), c => c.Contains(key!, StringComparison.Ordinal));

        using var browser = factory.CreatePortalClient();
        var secondStep = await TwoFactorSteps.PasswordStepAsync(browser, "hoidong6");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode); // not signed in yet

        using (var wrong = await browser.PostFormAsync("/Account/LoginWith2fa", new Dictionary<string, string> { ["Code"] = Totp.Wrong(key!) }, secondStep))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(
                "Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã đang hiển thị trong ứng dụng xác thực.",
                (await PortalClient.ParseAsync(wrong)).ValidationMessages());
        }

        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.AccessFailedCount).SingleAsync()));

        using var right = await browser.PostFormAsync("/Account/LoginWith2fa", new Dictionary<string, string> { ["Code"] = Totp.Code(key!, DateTimeOffset.UtcNow.AddSeconds(-30)) }, secondStep);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        var signIns = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "hoidong6" && a.Action.StartsWith("SignIn")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignIn], signIns);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.AccessFailedCount).SingleAsync()));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_not_twice()
    {
        IReadOnlyList<string> codes;
        using (var client = await factory.SignInAsync("hoidong7"))
        {
            (_, codes) = await TwoFactorSteps.EnableAsync(client);
        }

        async Task<HttpResponseMessage> RecoverAsync(PortalClient browser)
        {
            var secondStep = await TwoFactorSteps.PasswordStepAsync(browser, "hoidong7");
            var page = secondStep.Replace("/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", StringComparison.Ordinal);
            return await browser.PostFormAsync("/Account/LoginWithRecoveryCode", new Dictionary<string, string> { ["RecoveryCode"] = codes[0] }, page);
        }

        using (var first = factory.CreatePortalClient())
        {
            using var response = await RecoverAsync(first);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("9", (await first.GetPageAsync("/TwoFactor")).QuerySelector("#recovery-codes-left")!.TextContent);
        }

        using var second = factory.CreatePortalClient();
        using var again = await RecoverAsync(second);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Mã khôi phục không đúng hoặc đã được dùng.", (await PortalClient.ParseAsync(again)).ValidationMessages());
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/")).StatusCode);
        var failed = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == "hoidong7" && a.Action == AuditActions.SignInFailed));
        Assert.Equal(1, failed);
    }

    [Fact]
    public async Task Renewing_recovery_codes_needs_a_current_code_and_retires_the_old_ones()
    {
        using var client = await factory.SignInAsync("hoidong8");
        var (key, old) = await TwoFactorSteps.EnableAsync(client);

        using (var wrong = await client.PostFormAsync("/TwoFactor/RecoveryCodes", new Dictionary<string, string> { ["Code"] = Totp.Wrong(key) }))
        {
            Assert.Contains((await PortalClient.ParseAsync(wrong)).ValidationMessages(), m => m.StartsWith("Mã xác thực không đúng", StringComparison.Ordinal));
        }

        using var renewed = await client.PostFormAsync("/TwoFactor/RecoveryCodes", new Dictionary<string, string> { ["Code"] = Totp.Now(key) });
        var codes = (await PortalClient.ParseAsync(renewed)).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Empty(codes.Intersect(old));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == "hoidong8" && a.Action == AuditActions.TwoFactorRecoveryCodesRenewed)));

        using var browser = factory.CreatePortalClient();
        var secondStep = await TwoFactorSteps.PasswordStepAsync(browser, "hoidong8");
        var page = secondStep.Replace("/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", StringComparison.Ordinal);
        using var retired = await browser.PostFormAsync("/Account/LoginWithRecoveryCode", new Dictionary<string, string> { ["RecoveryCode"] = old[0] }, page);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
    }

    [Fact]
    public async Task A_user_whose_role_does_not_require_it_turns_two_factor_off_after_confirming()
    {
        using var client = await factory.SignInAsync("truongdonvi.tamthanh");
        await TwoFactorSteps.EnableAsync(client);

        var confirm = await client.GetPageAsync("/TwoFactor/Disable");
        Assert.Contains("Bạn có chắc muốn tắt xác thực hai lớp?", confirm.QuerySelector(".alert-warning")!.TextContent, StringComparison.Ordinal);
        using var response = await client.PostFormAsync("/TwoFactor/Disable", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "truongdonvi.tamthanh").Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == "truongdonvi.tamthanh" && a.Action == AuditActions.TwoFactorDisabled)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode); // still signed in
        using var fresh = factory.CreatePortalClient();
        using var login = await fresh.LoginAsync("truongdonvi.tamthanh", PortalFactory.DemoPassword);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_QR_code_is_an_image_of_the_signed_in_users_own_key_and_anonymous_users_are_sent_to_sign_in()
    {
        using var client = await factory.SignInAsync("canbo.tamthanh");
        await TwoFactorSteps.SharedKeyAsync(client);
        using var image = await client.GetAsync("/TwoFactor/Qr");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await image.Content.ReadAsByteArrayAsync())[..4]);
        Assert.True(image.Headers.CacheControl?.NoStore, "The QR code holds the secret key: it must not be cached");

        using var anonymous = factory.CreatePortalClient();
        using var refused = await anonymous.GetAsync("/TwoFactor/Qr");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/Login", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_page_without_a_password_step_asks_to_sign_in_again()
    {
        using var client = factory.CreatePortalClient();
        using var response = await client.PostFormAsync("/Account/LoginWith2fa", new Dictionary<string, string> { ["Code"] = "123456" }, "/Account/LoginWith2fa");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại bằng tên đăng nhập và mật khẩu.", (await PortalClient.ParseAsync(response)).ValidationMessages());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_remember_flag_that_is_not_a_boolean_gets_the_form_back_with_a_message_not_an_error_page()
    {
        using var client = factory.CreatePortalClient();
        using var login = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = "x", ["Password"] = "y", ["RememberMe"] = "abc" }, "/Account/Login");
        using var code = await client.PostFormAsync("/Account/LoginWith2fa", new Dictionary<string, string> { ["Code"] = "123456", ["RememberMachine"] = "abc" }, "/Account/LoginWith2fa");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Giá trị \"abc\" không hợp lệ cho trường RememberMe.", (await PortalClient.ParseAsync(login)).ValidationMessages());
        Assert.Equal(HttpStatusCode.OK, code.StatusCode);
        Assert.Contains("Giá trị \"abc\" không hợp lệ cho trường RememberMachine.", (await PortalClient.ParseAsync(code)).ValidationMessages());
    }
}
