using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>The portal with its demo plans, as a newcomer tries it.</summary>
public sealed class DemoPortal : BrowserPortal
{
    protected override bool SeedDemoPlans => true;
}

public sealed class DemoTourTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task The_clerk_of_So_Y_te_finds_the_accepted_plan_with_progress_and_evidence()
    {
        var page = await portal.SignedInPageAsync("canbo.soyte");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch của đơn vị" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Sở Y tế");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Đã chấp thuận");
        await Assertions.Expect(page.Locator("tr[id^=target-]")).ToHaveCountAsync(8);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Đã đạt");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Quá hạn");
        await BrowserPortal.ScreenshotAsync(page, "ke-hoach-so-y-te");

        await page.Locator("tr[id^=target-]").First.GetByRole(AriaRole.Link, new() { Name = "Tiến độ" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"bao-cao-tien-do-.*\.pdf") })).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(page, "tien-do-muc-tieu");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Noi_Vu_finds_the_plan_waiting_for_review()
    {
        var page = await portal.SignedInPageAsync("noivu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kế hoạch", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch các đơn vị" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("UBND xã Thất Khê");
        await BrowserPortal.ScreenshotAsync(page, "danh-sach-ke-hoach");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Noi_Vu_sees_the_dashboard_with_its_charts_drawn_under_the_content_security_policy()
    {
        var page = await portal.SignedInPageAsync("noivu");
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        // A Content-Security-Policy violation (an inline style or script, a script from elsewhere) is a console error.
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng điều khiển" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        // The tabs are links (?tab=): the charts and their scripts come only with "Biểu đồ".
        await page.Locator("#dashboard-tabs").GetByRole(AriaRole.Link, new() { Name = "Biểu đồ" }).ClickAsync();
        await Assertions.Expect(page.Locator("canvas").First).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(page, "bang-dieu-khien");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Noi_Vu_compares_the_summary_of_the_active_campaign_with_last_years_and_it_fits_a_phone()
    {
        var page = await portal.SignedInPageAsync("noivu");
        await page.GotoAsync("/SummaryReport");

        await page.GetByLabel("So sánh với").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("So sánh hai đợt thi đua");
        await Assertions.Expect(page.Locator("[data-table=compare-totals] tbody tr")).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("năm 2024");
        await BrowserPortal.ScreenshotAsync(page, "so-sanh-dot-thi-dua");
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
        await BrowserPortal.ScreenshotAsync(page, "so-sanh-dot-thi-dua-390");
        await page.Context.CloseAsync();
    }
}
