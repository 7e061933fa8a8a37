using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>
/// The header holds on every width: the menu of each role stays on one line from 1024 px, every label on one line,
/// the area being shown is marked, and on a phone the menu folds behind one button.
/// </summary>
public sealed class HeaderTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    /// <summary>The tallest header allowed from 1024 px (the menu on one line under the banner).</summary>
    public const double TallestHeader = 130;

    /// <summary>The tallest header allowed on a phone (the menu folded behind its button).</summary>
    public const double TallestPhoneHeader = 90;

    /// <summary>Parts of the header reaching past the right edge of the screen.</summary>
    private const string WiderThanScreen = """
        () => [...document.querySelectorAll('header *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter(e => !e.closest('.dropdown-menu, .visually-hidden, .collapse:not(.show)'))
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''))
        """;

    public static TheoryData<string, string, string> RolePages() => new()
    {
        { "noivu", "/Plans", "Kế hoạch" },
        { "admin", "/Users", "Quản trị" },
        { "mttq", "/SummaryReport", "Báo cáo" },
        { "hoidong1", "/Council", "Phiên họp Hội đồng" },
        { "canbo.tamthanh", "/Plans/Mine", "Kế hoạch của đơn vị" },
        { "truongdonvi.soyte", "/Nominations", "Khen thưởng" },
    };

    [Theory]
    [MemberData(nameof(RolePages))]
    public async Task The_menu_of_every_role_holds_on_one_line_from_1024_px_and_marks_the_current_area(
        string userName, string path, string area)
    {
        var page = await portal.SignedInPageAsync(userName);
        foreach (var width in new[] { 1366, 1280, 1024 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.GotoAsync(path);

            var items = page.Locator("#menu > .navbar-nav > .nav-item");
            var tops = new HashSet<double>();
            foreach (var item in await items.AllAsync())
            {
                var box = (await item.BoundingBoxAsync())!;
                tops.Add(Math.Round(box.Y));
                Assert.True(box.Height < 56, $"{userName} at {width}px: \"{await item.InnerTextAsync()}\" wraps");
            }

            Assert.Single(tops);
            var header = (await page.Locator("header").BoundingBoxAsync())!;
            Assert.True(header.Height <= TallestHeader, $"{userName} at {width}px: header {header.Height}px tall");
            var marked = page.Locator("#menu > .navbar-nav > .nav-item > .active");
            await Assertions.Expect(marked).ToHaveCountAsync(1);
            await Assertions.Expect(marked).ToHaveTextAsync(area);
            if (width == 1024)
            {
                await BrowserPortal.ScreenshotAsync(page, $"dau-trang-{userName}-1024", fullPage: false);
            }
        }

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(path);
        await BrowserPortal.ScreenshotAsync(page, $"dau-trang-{userName}-390", fullPage: false);
        var folded = (await page.Locator("header").BoundingBoxAsync())!;
        Assert.True(folded.Height <= TallestPhoneHeader, $"{userName} at 390px: header {folded.Height}px tall");
        var wide = await page.EvaluateAsync<string[]>(WiderThanScreen);
        Assert.True(wide.Length == 0, $"{userName} at 390px, header wider than the screen: {string.Join(", ", wide)}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở menu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#menu")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
