using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

public sealed class DateEntryTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_date_typed_dd_MM_yyyy_in_an_English_browser_is_saved_as_that_day_and_shown_dd_MM_yyyy()
    {
        var page = await portal.SignedInPageAsync("admin", locale: "en-US");
        await page.GotoAsync("/Campaigns/Create");

        await page.GetByLabel("Mã phong trào").FillAsync("PT-NGAY-EN");
        await page.GetByLabel("Tên phong trào").FillAsync("Phong trào nhập ngày trên trình duyệt tiếng Anh");
        await page.GetByLabel("Căn cứ pháp lý").FillAsync("Luật Thi đua, khen thưởng năm 2022");
        await page.GetByLabel("Ngày bắt đầu").PressSequentiallyAsync("04/12/2026");
        await page.GetByLabel("Ngày kết thúc").PressSequentiallyAsync("31/12/2026");
        await BrowserPortal.ScreenshotAsync(page, "nhap-ngay-trinh-duyet-tieng-anh");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Lưu" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("04/12/2026");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("31/12/2026");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_date_typed_without_separators_is_refused_with_a_Vietnamese_message()
    {
        var page = await portal.SignedInPageAsync("admin", locale: "en-US");
        await page.GotoAsync("/Campaigns/Create");

        await page.GetByLabel("Mã phong trào").FillAsync("PT-NGAY-SAI");
        await page.GetByLabel("Tên phong trào").FillAsync("Phong trào có ngày nhập sai");
        await page.GetByLabel("Căn cứ pháp lý").FillAsync("Luật Thi đua, khen thưởng năm 2022");
        await page.GetByLabel("Ngày bắt đầu").PressSequentiallyAsync("04122026");
        // The browser's own pattern check is not what guards the data: post without it.
        await page.Locator("form:has(#StartDate)").EvaluateAsync("f => f.noValidate = true");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Lưu" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ngày không hợp lệ");
        await Assertions.Expect(page.GetByLabel("Ngày bắt đầu")).ToHaveValueAsync("04122026");
        await page.Context.CloseAsync();
    }
}
