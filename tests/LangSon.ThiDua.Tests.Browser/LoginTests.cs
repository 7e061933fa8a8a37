using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

public sealed class LoginTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_unit_clerk_signs_in_and_sees_the_unit_home_page_with_the_five_content_areas()
    {
        var page = await portal.SignedInPageAsync("canbo.tamthanh");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Trang đơn vị: UBND phường Tam Thanh");
        await Assertions.Expect(page.Locator(".list-group-numbered li")).ToHaveCountAsync(5);
        await BrowserPortal.ScreenshotAsync(page, "trang-chu-can-bo-don-vi");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Bootstrap_is_served_from_the_portal_itself()
    {
        var page = await portal.SignedInPageAsync("mttq");
        var navbarColor = await page.Locator("nav.navbar").EvaluateAsync<string>("e => getComputedStyle(e).display");

        Assert.Equal("flex", navbarColor);
        await page.Context.CloseAsync();
    }
}
