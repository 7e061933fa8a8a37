using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>
/// The dashboard's first screen answers "who is behind": the overdue and at-risk lists open first, the other sections
/// wait behind tabs, and a pager or sort link of a table brings back that table's tab.
/// </summary>
public sealed class DashboardTabsTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task The_dashboard_opens_on_the_late_targets_and_keeps_the_other_sections_behind_tabs()
    {
        var page = await portal.SignedInPageAsync("noivu", width: 1366);
        await page.GotoAsync("/Dashboard");

        await Assertions.Expect(page.Locator("#muc-tieu-overdue")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#tien-do-don-vi")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#ban-do-nhiet")).ToBeHiddenAsync();
        var height = await page.EvaluateAsync<double>("() => document.documentElement.scrollHeight");
        Assert.True(height < 2600, $"the dashboard is {height}px tall");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Theo đơn vị" }).ClickAsync();
        await Assertions.Expect(page.Locator("#tien-do-don-vi")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#muc-tieu-overdue")).ToBeHiddenAsync();
        Assert.EndsWith("#tab-don-vi", page.Url, StringComparison.Ordinal);
        await BrowserPortal.ScreenshotAsync(page, "bang-dieu-khien-theo-don-vi", fullPage: false);

        // The unit table's pager and sort links point at the table: the page they open shows its tab.
        await page.GotoAsync("/Dashboard?page=2#tien-do-don-vi");
        await Assertions.Expect(page.Locator("#tien-do-don-vi")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Theo đơn vị" }))
            .ToHaveAttributeAsync("aria-selected", "true");
    }
}
