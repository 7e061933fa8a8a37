using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Account;

public sealed class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("admin", "Trang quản trị hệ thống")]
    [InlineData("noivu", "Trang Sở Nội vụ")]
    [InlineData("hoidong1", "Trang thành viên Hội đồng")]
    [InlineData("hoidong9", "Trang thành viên Hội đồng")]
    [InlineData("truongdonvi.soyte", "Trang đơn vị: Sở Y tế")]
    [InlineData("canbo.soyte", "Trang đơn vị: Sở Y tế")]
    [InlineData("truongdonvi.tamthanh", "Trang đơn vị: UBND phường Tam Thanh")]
    [InlineData("canbo.tamthanh", "Trang đơn vị: UBND phường Tam Thanh")]
    [InlineData("mttq", "Trang theo dõi phong trào")]
    public async Task Each_demo_account_lands_on_its_role_home_page(string userName, string heading)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.LoginAsync(userName, PortalFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await client.GetPageAsync("/");
        Assert.StartsWith(heading, home.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_counts_are_read_from_the_database()
    {
        using var client = await factory.SignInAsync("noivu");
        var home = await client.GetPageAsync("/");
        var cards = home.QuerySelectorAll(".stat-card").ToDictionary(
            c => c.QuerySelector(".text-muted")!.TextContent.Trim(),
            c => c.QuerySelector(".display-6")!.TextContent.Trim());

        var communeLevel = await factory.WithDbAsync(db => db.Units.CountAsync(u => u.IsActive && (u.Kind == UnitKind.Commune || u.Kind == UnitKind.Ward)));
        Assert.Equal(65, communeLevel);
        Assert.Equal("65", cards["UBND xã, phường"]);
    }

    [Fact]
    public async Task Wrong_password_keeps_the_user_on_the_form_with_a_Vietnamese_message()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.LoginAsync("truongdonvi.tamthanh", "sai-mat-khau");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", page.ValidationMessages());
        Assert.Equal(string.Empty, page.QuerySelector("input[name=Password]")?.GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public async Task Empty_login_form_shows_Vietnamese_validation_messages()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = "", ["Password"] = "" });

        var messages = (await PortalClient.ParseAsync(response)).ValidationMessages();
        Assert.Contains("Hãy nhập tên đăng nhập.", messages);
        Assert.Contains("Hãy nhập mật khẩu.", messages);
    }

    [Fact]
    public async Task Sign_in_and_sign_out_are_recorded_in_the_audit_log()
    {
        using var client = await factory.SignInAsync("hoidong3");
        var response = await client.PostFormAsync("/Account/Logout", new Dictionary<string, string>(), "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "hoidong3").Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.SignIn, AuditActions.SignOut], actions);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_user_changes_the_password_and_signs_in_with_the_new_one()
    {
        using var client = await factory.SignInAsync("hoidong4");
        var weak = await client.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "ngan", ["ConfirmPassword"] = "ngan",
        });
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", (await PortalClient.ParseAsync(weak)).ValidationMessages());

        var changed = await client.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "Moi#MatKhau2026", ["ConfirmPassword"] = "Moi#MatKhau2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        using var fresh = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await fresh.LoginAsync("hoidong4", PortalFactory.DemoPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.LoginAsync("hoidong4", "Moi#MatKhau2026")).StatusCode);
    }

    [Fact]
    public async Task Login_does_not_redirect_to_another_site()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["UserName"] = "mttq", ["Password"] = PortalFactory.DemoPassword, ["ReturnUrl"] = "https://evil.example/",
        });

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
