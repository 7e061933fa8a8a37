using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

public sealed class AdminUnitsTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task Admin_creates_a_unit_and_finds_it_in_the_list_by_a_name_typed_without_diacritics()
    {
        var page = await portal.SignedInPageAsync("admin");
        await BrowserPortal.ScreenshotAsync(page, "trang-chu-quan-tri");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Quản trị", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Cơ quan, đơn vị", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Thêm mới" }).ClickAsync();

        await page.GetByLabel("Mã đơn vị").FillAsync("BQLDA-GT");
        await page.GetByLabel("Tên đơn vị").FillAsync("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông");
        await page.GetByLabel("Loại đơn vị").SelectOptionAsync(new SelectOptionValue { Label = "Sở, ban, ngành tỉnh" });
        await page.GetByLabel("Khối, cụm thi đua").SelectOptionAsync(new SelectOptionValue { Label = "Khối các cơ quan kinh tế" });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Lưu" }).ClickAsync();

        await page.GotoAsync("/Units");
        await page.GetByLabel("Tên hoặc mã đơn vị").FillAsync("cong trinh giao thong");
        await page.GetByLabel("Tên hoặc mã đơn vị").PressAsync("Enter");

        var rows = page.Locator("table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông");
        await Assertions.Expect(rows.First).ToContainTextAsync("BQLDA-GT");
        await BrowserPortal.ScreenshotAsync(page, "danh-sach-don-vi");
        await page.Context.CloseAsync();
    }
}
