using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Features.TwoFactor;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace LangSon.ThiDua.Tests.Integration.Account;

/// <summary>The demo portal with two-factor sign-in required of Admin, NoiVu and CouncilMember, as outside demo mode.</summary>
public sealed class TwoFactorRequiredFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:TwoFactorRequiredRoles:0", "Admin");
        builder.UseSetting("Security:TwoFactorRequiredRoles:1", "NoiVu");
        builder.UseSetting("Security:TwoFactorRequiredRoles:2", "CouncilMember");
    }
}

public sealed class TwoFactorRequirementTests(TwoFactorRequiredFactory factory) : IClassFixture<TwoFactorRequiredFactory>
{
    private const string Notice = "Vai trò của bạn bắt buộc xác thực hai lớp.";

    [Fact]
    public async Task A_required_role_without_two_factor_is_sent_to_set_up_from_every_page()
    {
        using var client = await factory.SignInAsync("noivu");

        foreach (var url in new[] { "/", "/Dashboard", "/Account/ChangePassword", "/Plans" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/TwoFactor", response.Headers.Location?.OriginalString);
        }

        var setup = await client.GetPageAsync("/TwoFactor");
        Assert.StartsWith(Notice, setup.QuerySelector("#two-factor-required")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/TwoFactor/Qr")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Error/404")).StatusCode);

        using var logout = await client.PostFormAsync("/Account/Logout", new Dictionary<string, string>(), "/TwoFactor");
        Assert.Equal("/Account/Login", logout.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task After_enabling_the_redirect_stops_and_a_required_role_cannot_turn_it_off()
    {
        using var client = await factory.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Dashboard")).StatusCode);

        await TwoFactorSteps.EnableAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var refusal = await client.GetPageAsync("/TwoFactor/Disable");
        Assert.Equal(TwoFactorController.RequiredMessage, refusal.QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.DoesNotContain(refusal.Forms, f => f.GetAttribute("action") == "/TwoFactor/Disable");

        using var forced = await client.PostAsSignedInUserAsync("/TwoFactor/Disable", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == "admin" && a.Action == AuditActions.TwoFactorDisabled)));
        var status = await client.GetPageAsync("/TwoFactor");
        Assert.Contains(TwoFactorController.RequiredMessage, status.QuerySelector(".alert-danger")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_that_does_not_require_it_is_not_forced()
    {
        using var client = await factory.SignInAsync("canbo.soyte");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var page = await client.GetPageAsync("/TwoFactor");
        Assert.Null(page.QuerySelector("#two-factor-required"));
        Assert.NotNull(page.QuerySelector("#shared-key"));
    }

    [Theory]
    [InlineData(false, null, "Admin,CouncilMember,NoiVu")]
    [InlineData(true, null, "")]
    [InlineData(false, "unitstaff, Observer", "Observer,UnitStaff")]
    [InlineData(false, "", "")]
    public void The_required_roles_default_by_demo_mode_and_follow_the_setting(bool demo, string? setting, string expected)
    {
        var values = new Dictionary<string, string?>();
        if (setting is not null)
        {
            values[TwoFactorOptions.RequiredRolesKey] = setting;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = TwoFactorOptions.From(configuration, new PortalOptions { DataDirectory = "/tmp", AttachmentsDirectory = "/tmp/attachments", DemoMode = demo });

        Assert.Equal(expected, string.Join(',', options.RequiredRoles.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void An_unknown_role_in_the_setting_stops_the_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Security:TwoFactorRequiredRoles:0"] = "Admn" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => TwoFactorOptions.From(configuration, new PortalOptions { DataDirectory = "/tmp", AttachmentsDirectory = "/tmp/attachments" }));
        Assert.Contains("Admn", error.Message, StringComparison.Ordinal);
    }
}
