using ClosedXML.Excel;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>
/// The award register's steps in a real browser, each saved for the guides (SCREENSHOT_DIR): the Excel import with a
/// bad cell reported by row and column, the eligibility verdict on a dossier, the certificate print page, and
/// Admin's blanks with their calibration boxes.
/// </summary>
public sealed class AwardRegisterBrowserTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Noi_vu_uploads_a_filled_template_with_a_bad_date_and_sees_the_cell_reported()
    {
        var page = await portal.SignedInPageAsync("noivu");
        var template = await page.Context.APIRequest.GetAsync("/AwardRegister/Import/Template");
        using var book = new XLWorkbook(new MemoryStream(await template.BodyAsync()));
        var sheet = book.Worksheet("Sổ khen thưởng");
        sheet.Cell(2, 2).SetValue("Nông Văn Lỗi");
        sheet.Cell(2, 3).SetValue("31/02/1980");
        using var file = new MemoryStream();
        book.SaveAs(file);

        await page.GotoAsync("/AwardRegister/Import/Upload");
        await page.SetInputFilesAsync("#File", new FilePayload
        {
            Name = "so-khen-thuong.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = file.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và xem trước" }).ClickAsync();

        await Assertions.Expect(page.Locator("#import-errors")).ToContainTextAsync("Dòng 2, cột Ngày sinh");
        await Assertions.Expect(page.Locator("td.cell-error")).ToHaveCountAsync(1);
        await BrowserPortal.ScreenshotAsync(page, "nhap-so-khen-thuong-bao-loi");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Noi_vu_reads_the_eligibility_verdict_with_the_register_lines_on_a_dossier()
    {
        var id = await NominationIdAsync("Hoàng Thị Mai");
        var page = await portal.SignedInPageAsync("noivu");

        await page.GotoAsync($"/Nominations/Details/{id}");

        await Assertions.Expect(page.Locator("#eligibility-verdict")).ToContainTextAsync("Thiếu");
        await Assertions.Expect(page.Locator("#eligibility-conditions li[data-met=true]")).Not.ToHaveCountAsync(0);
        await page.Locator("#eligibility").ScrollIntoViewIfNeededAsync();
        await BrowserPortal.ScreenshotAsync(page, "dieu-kien-khen-thuong");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Noi_vu_opens_a_certificate_from_the_register_and_Admin_finds_the_blanks_to_calibrate()
    {
        var noivu = await portal.SignedInPageAsync("noivu");
        await noivu.GotoAsync("/AwardRegister?q=be+thi+thanh+nga");
        await noivu.Locator("a.print-certificate").First.ClickAsync();

        await Assertions.Expect(noivu.Locator("h1")).ToBeVisibleAsync();
        await Assertions.Expect(noivu.Locator("#download-pdf")).ToBeVisibleAsync();
        await Assertions.Expect(noivu.Locator("main")).ToContainTextAsync("Bế Thị Thanh Nga");
        await BrowserPortal.ScreenshotAsync(noivu, "in-bang-khen");
        await noivu.Context.CloseAsync();

        var admin = await portal.SignedInPageAsync("admin");
        await admin.GotoAsync("/Certificates/Blanks");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Phôi bằng khen, giấy khen");
        await BrowserPortal.ScreenshotAsync(admin, "phoi-bang-khen");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Sửa các ô" }).First.ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToContainTextAsync("Phôi");
        await BrowserPortal.ScreenshotAsync(admin, "can-chinh-phoi");
        await admin.Context.CloseAsync();
    }

    private async Task<int> NominationIdAsync(string nominee)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Nominations.Where(n => n.NomineeName == nominee).Select(n => n.Id).FirstAsync();
    }
}
