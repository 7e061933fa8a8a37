using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>
/// The dashboard's first screen answers "who is behind": the overdue and at-risk lists open first, the other sections
/// are behind tabs, each a link to its own page (<c>?tab=…</c>, only the open tab's pane is sent), and links written
/// when the tabs were script-driven (an #anchor) still open the right tab.
/// </summary>
public sealed class DashboardTabsTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task The_dashboard_opens_on_the_late_targets_and_each_tab_link_opens_its_own_section()
    {
        var page = await portal.SignedInPageAsync("noivu", width: 1366);
        await page.GotoAsync("/Dashboard");

        await Assertions.Expect(page.Locator("#muc-tieu-overdue")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#tien-do-don-vi")).ToHaveCountAsync(0);
        var height = await page.EvaluateAsync<double>("() => document.documentElement.scrollHeight");
        Assert.True(height < 2600, $"the dashboard is {height}px tall");

        await page.GetByRole(AriaRole.Link, new() { Name = "Theo đơn vị", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#tien-do-don-vi")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#muc-tieu-overdue")).ToHaveCountAsync(0);
        Assert.EndsWith("/Dashboard?tab=don-vi", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Theo đơn vị", Exact = true }))
            .ToHaveAttributeAsync("aria-current", "page");
        await BrowserPortal.ScreenshotAsync(page, "bang-dieu-khien-theo-don-vi", fullPage: false);

        await page.GetByRole(AriaRole.Link, new() { Name = "Biểu đồ", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-chart] canvas").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_older_link_with_a_tables_anchor_or_a_tabs_anchor_opens_that_tab()
    {
        var page = await portal.SignedInPageAsync("noivu", width: 1366);

        // The unit table's pager and sort links used to point at the table only: the page they open shows its tab.
        await page.GotoAsync("/Dashboard?page=2#tien-do-don-vi");
        await page.WaitForURLAsync("**/Dashboard?page=2&tab=don-vi#tien-do-don-vi");
        await Assertions.Expect(page.Locator("#tien-do-don-vi")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav[aria-label='Phân trang bảng tiến độ theo đơn vị'] .active"))
            .ToHaveTextAsync("2");

        await page.GotoAsync("/Dashboard#tab-ban-do-nhiet");
        await page.WaitForURLAsync("**/Dashboard?tab=ban-do-nhiet");
        await Assertions.Expect(page.Locator("#ban-do-nhiet")).ToBeVisibleAsync();
    }
}
