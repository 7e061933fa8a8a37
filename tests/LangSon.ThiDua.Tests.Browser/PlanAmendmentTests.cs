using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>Sở Y tế amends its accepted demo plan in the browser; the guides' screenshots are taken on the way.</summary>
public sealed class PlanAmendmentTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task So_Y_te_asks_to_amend_Noi_Vu_reopens_the_plan_and_accepts_it_again_seeing_what_changed()
    {
        var head = await portal.SignedInPageAsync("truongdonvi.soyte");
        await head.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch của đơn vị", Exact = true }).ClickAsync();
        var planUrl = new Uri(head.Url).PathAndQuery;
        await head.GetByRole(AriaRole.Link, new() { Name = "Đề nghị điều chỉnh" }).ClickAsync();
        await head.GetByLabel("Lý do đề nghị điều chỉnh").FillAsync(
            "UBND tỉnh giao bổ sung chỉ tiêu liên thông dữ liệu khám chữa bệnh giữa năm; đề nghị nâng mục tiêu hài lòng lên 95%.");
        await BrowserPortal.ScreenshotAsync(head, "de-nghi-dieu-chinh-ke-hoach");
        await head.GetByRole(AriaRole.Button, new() { Name = "Gửi đề nghị" }).ClickAsync();
        await Assertions.Expect(head.Locator(".plan-header")).ToContainTextAsync("Đề nghị điều chỉnh");

        var noivu = await portal.SignedInPageAsync("noivu");
        await noivu.Locator("#waiting-work .waiting-item", new() { HasText = "Đề nghị điều chỉnh kế hoạch" }).Locator("a").First
            .ClickAsync();
        await Assertions.Expect(noivu.Locator("main table")).ToContainTextAsync("Sở Y tế");
        await noivu.GotoAsync(planUrl);
        await noivu.GetByRole(AriaRole.Link, new() { Name = "Xem đề nghị điều chỉnh" }).ClickAsync();
        await BrowserPortal.ScreenshotAsync(noivu, "xem-de-nghi-dieu-chinh");
        await noivu.GetByRole(AriaRole.Button, new() { Name = "Đồng ý điều chỉnh" }).ClickAsync();
        await Assertions.Expect(noivu.Locator(".plan-header")).ToContainTextAsync("Đang điều chỉnh");

        var clerk = await portal.SignedInPageAsync("canbo.soyte");
        await clerk.GotoAsync(planUrl);
        await clerk.Locator("tr[id^=target-]").Nth(1).GetByRole(AriaRole.Link, new() { Name = "Sửa" }).ClickAsync();
        await clerk.GetByLabel("Giá trị mục tiêu").FillAsync("95");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await Assertions.Expect(clerk.Locator(".plan-changes")).ToContainTextAsync("92 → 95");
        await head.GotoAsync(planUrl);
        await head.GetByRole(AriaRole.Link, new() { Name = "Trình kế hoạch" }).ClickAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Trình kế hoạch" }).ClickAsync();

        await noivu.GotoAsync(planUrl);
        await noivu.GetByRole(AriaRole.Link, new() { Name = "Duyệt" }).ClickAsync();
        await Assertions.Expect(noivu.Locator(".plan-changes")).ToContainTextAsync("92 → 95");
        await BrowserPortal.ScreenshotAsync(noivu, "duyet-ke-hoach-dieu-chinh");
        await noivu.GetByRole(AriaRole.Button, new() { Name = "Chấp thuận" }).ClickAsync();
        await Assertions.Expect(noivu.Locator(".versions")).ToContainTextAsync("Phiên bản 2");
        await BrowserPortal.ScreenshotAsync(noivu, "ke-hoach-da-dieu-chinh");
        await noivu.SetViewportSizeAsync(390, 844);
        await BrowserPortal.ScreenshotAsync(noivu, "ke-hoach-da-dieu-chinh-390");
        // On a phone the changes and the versions fit the screen's width (the targets' table scrolls on its own).
        foreach (var part in new[] { ".plan-changes", ".versions", ".plan-header" })
        {
            var box = await noivu.Locator(part).First.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 390.5, $"{part}: {box?.X} + {box?.Width}");
        }

        await noivu.GetByRole(AriaRole.Link, new() { Name = "Phiên bản 1" }).ClickAsync();
        await Assertions.Expect(noivu.Locator("main")).ToContainTextAsync("Bản lưu, chỉ để đọc");
        await BrowserPortal.ScreenshotAsync(noivu, "phien-ban-ke-hoach-390");
        var width = await noivu.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the version's page is {width} px wide on a 390 px screen");
        await noivu.SetViewportSizeAsync(1366, 900);
        await BrowserPortal.ScreenshotAsync(noivu, "phien-ban-ke-hoach");
        foreach (var page in new[] { head, noivu, clerk })
        {
            await page.Context.CloseAsync();
        }
    }
}
