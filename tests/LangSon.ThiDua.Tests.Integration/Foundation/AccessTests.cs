using System.Net;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

public sealed class AccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Home/Campaign")]
    [InlineData("/Users")]
    [InlineData("/Units")]
    [InlineData("/Audit")]
    public async Task Anonymous_visitor_is_sent_to_the_login_page(string url)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("canbo.soyte", "/Users")]
    [InlineData("truongdonvi.tamthanh", "/Units")]
    [InlineData("noivu", "/Audit")]
    [InlineData("hoidong2", "/Campaigns")]
    [InlineData("mttq", "/AwardForms")]
    public async Task A_wrong_role_gets_403_with_a_Vietnamese_page(string userName, string url)
    {
        using var client = await factory.SignInAsync(userName);
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Không có quyền truy cập", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Unknown_page_gives_a_Vietnamese_404()
    {
        using var client = await factory.SignInAsync("mttq");
        var response = await client.GetAsync("/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy trang", (await PortalClient.ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        using var client = await factory.SignInAsync("canbo.tamthanh");
        var response = await client.PostWithoutTokenAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "Khac#MatKhau2026", ["ConfirmPassword"] = "Khac#MatKhau2026",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var fresh = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.LoginAsync("canbo.tamthanh", PortalFactory.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task Vietnamese_text_is_sent_as_characters_not_entities()
    {
        using var client = await factory.SignInAsync("truongdonvi.tamthanh");
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("UBND phường Tam Thanh", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }
}
