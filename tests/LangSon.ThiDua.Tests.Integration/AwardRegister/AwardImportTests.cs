using System.Net;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Council;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.AwardRegister;

/// <summary>
/// Nhập sổ khen thưởng từ Excel: the template, the per-cell errors with nothing saved, a valid file saved on
/// confirmation and audited, a second import of the same file skipped line by line, a unit's users refused.
/// </summary>
public sealed class AwardImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Province = "Bằng khen của Chủ tịch UBND tỉnh";

    [Fact]
    public async Task The_template_has_Vietnamese_headers_set_widths_an_example_row_and_a_guide_sheet()
    {
        using var noivu = await factory.SignInAsync("noivu");

        using var book = new XLWorkbook(new MemoryStream(await noivu.AwardTemplateAsync()));

        var sheet = book.Worksheet("Sổ khen thưởng");
        Assert.Equal(["Loại", "Họ tên / Tên tập thể", "Ngày sinh", "Giới tính", "Chức vụ", "Đơn vị",
            "Hình thức khen thưởng", "Số quyết định", "Ngày quyết định", "Cấp quyết định", "Phong trào / năm",
            "Thành tích in trên bằng"],
            Enumerable.Range(1, 12).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Column(2).Width >= 25);
        Assert.Equal("Cá nhân", sheet.Cell(2, 1).GetString());
        Assert.Equal(new DateTime(1979, 5, 2), sheet.Cell(2, 3).GetDateTime());
        var guide = book.Worksheet("Hướng dẫn");
        Assert.Contains(guide.CellsUsed(), c => c.GetString().Contains("dd/MM/yyyy", StringComparison.Ordinal));
        Assert.Contains(book.Worksheet("Danh mục").CellsUsed(), c => c.GetString() == Province);
    }

    [Fact]
    public async Task Each_bad_cell_is_reported_by_row_and_column_and_nothing_is_saved()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var unit = await factory.UnitNameAsync(RegisterBuilder.SoYte);
        var file = AwardImportBuilder.FillAwards(await noivu.AwardTemplateAsync(),
            ["Cá nhân", "Lỗi Văn Một", "31/02/1980", "Nam", null, unit, Province, "1/QĐ", "15/12/2023", "Chủ tịch"],
            ["Cá nhân", "Lỗi Văn Hai", "01/01/1980", null, null, "Sở Không Có", Province, "1/QĐ", "15/12/2023", "CT"],
            ["Tập thể", "Phòng Lỗi Ba", null, null, null, unit, "Huân chương Lao động", "1/QĐ", "15/12/2023", "CT"],
            ["Cá nhân", null, null, null, null, unit, Province, "1/QĐ", "15/12/2023", "Chủ tịch"]);

        using var uploaded = await noivu.UploadAwardsAsync("loi.xlsx", file);

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var preview = await PortalClient.ParseAsync(uploaded);
        var errors = preview.QuerySelectorAll("#import-errors li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(4, errors.Count);
        Assert.StartsWith("Dòng 2, cột Ngày sinh: Ngày không hợp lệ", errors[0], StringComparison.Ordinal);
        Assert.Equal("Dòng 3, cột Đơn vị: Không có đơn vị \"Sở Không Có\" trong danh sách đơn vị của Cổng; hãy ghi "
            + "đúng tên đơn vị như trang \"Danh mục\" của tệp mẫu.", errors[1]);
        Assert.StartsWith("Dòng 4, cột Hình thức khen thưởng: Không có hình thức khen thưởng \"Huân chương Lao động\"",
            errors[2], StringComparison.Ordinal);
        Assert.Equal("Dòng 5, cột Họ tên / Tên tập thể: Hãy nhập họ tên / tên tập thể.", errors[3]);
        Assert.Equal(["2C", "3F", "4G", "5B"], preview.QuerySelectorAll("td.cell-error")
            .Select(td => td.ParentElement!.GetAttribute("data-row") + td.GetAttribute("data-column")));
        Assert.Null(preview.QuerySelector("form.confirm-form"));
        Assert.Empty(await factory.RecordsNamedAsync("loi van mot"));
        Assert.Empty(await factory.RecordsNamedAsync("phong loi ba"));
    }

    [Fact]
    public async Task A_valid_file_is_saved_on_confirmation_in_one_audited_import_with_text_and_excel_dates()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var unit = await factory.UnitNameAsync(RegisterBuilder.SoYte);
        var file = AwardImportBuilder.FillAwards(await noivu.AwardTemplateAsync(),
            ["cá nhân", "Đinh Văn Nhập", "02/05/1979", "Nam", "Trưởng phòng", unit.ToUpperInvariant(),
                "bang khen cua chu tich ubnd tinh", "1234/QĐ-UBND", "15/12/2023", "Chủ tịch UBND tỉnh", "Năm 2023"],
            ["Cá nhân", "Đinh Thị Nhập", new DateTime(1985, 3, 9), "Nữ", null, unit, "Giấy khen", "56/QĐ-SYT",
                new DateTime(2022, 12, 20), "Giám đốc Sở Y tế"],
            ["Tập thể", "Phòng Nhập Khẩu", null, null, null, unit, Province, "1234/QĐ-UBND", "15/12/2023",
                "Chủ tịch UBND tỉnh"]);

        var preview = await PortalClient.ParseAsync(await noivu.UploadAwardsAsync("so-cu.xlsx", file));

        Assert.Empty(preview.QuerySelectorAll("#import-errors li"));
        Assert.Equal("09/03/1985", preview.QuerySelector("tr[data-row='3'] td[data-column='C']")!.TextContent.Trim());
        Assert.Empty(await factory.RecordsNamedAsync("dinh van nhap"));
        using var confirmed = await noivu.ConfirmAwardsAsync(preview);

        var list = await noivu.FollowRedirectAsync(confirmed);
        Assert.Contains("Đã nhập 3 dòng", list.Flash("success"), StringComparison.Ordinal);
        var person = Assert.Single(await factory.RecordsNamedAsync("dinh van nhap"));
        var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == RegisterBuilder.SoYte)
            .Select(u => u.Id).SingleAsync());
        Assert.Equal((new DateOnly(1979, 5, 2), Gender.Male, "Trưởng phòng", unitId, unit, Province),
            (person.DateOfBirth, person.Gender, person.Position, person.UnitId, person.UnitName, person.AwardFormName));
        Assert.Equal(("1234/QĐ-UBND", new DateOnly(2023, 12, 15), "Chủ tịch UBND tỉnh", "Năm 2023"),
            (person.DecisionNumber, person.DecisionDate, person.Issuer, person.CampaignName));
        var second = Assert.Single(await factory.RecordsNamedAsync("dinh thi nhap"));
        Assert.Equal((new DateOnly(1985, 3, 9), new DateOnly(2022, 12, 20)), (second.DateOfBirth, second.DecisionDate));
        Assert.Equal(NomineeKind.Collective, Assert.Single(await factory.RecordsNamedAsync("phong nhap khau"))
            .RecipientKind);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.Import
            && a.Changes!.Contains("so-cu.xlsx")));
        Assert.Equal("noivu", audit.UserName);
        Assert.Contains("Nhập 3 dòng sổ khen thưởng từ tệp so-cu.xlsx", audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_file_again_reports_every_line_already_in_the_register_and_adds_none()
    {
        using var admin = await factory.SignInAsync("admin");
        var unit = await factory.UnitNameAsync(RegisterBuilder.TamThanh);
        var file = AwardImportBuilder.FillAwards(await admin.AwardTemplateAsync(),
            ["Cá nhân", "Hà Văn Lặp", "01/01/1970", "Nam", null, unit, "Giấy khen", "7/QĐ", "10/12/2021", "CT UBND"],
            ["Cá nhân", "Hà Văn Lặp", "01/01/1970", "Nam", null, unit, "Giấy khen", "8/QĐ", "10/12/2022", "CT UBND"]);
        await admin.ConfirmAwardsAsync(await PortalClient.ParseAsync(await admin.UploadAwardsAsync("lap.xlsx", file)));
        Assert.Equal(2, (await factory.RecordsNamedAsync("ha van lap")).Count);

        using var again = await admin.UploadAwardsAsync("lap-lan-hai.xlsx", file);

        var preview = await PortalClient.ParseAsync(again);
        Assert.Empty(preview.QuerySelectorAll("#import-errors li"));
        Assert.Null(preview.QuerySelector("form.confirm-form"));
        Assert.NotNull(preview.QuerySelector("#nothing-new"));
        Assert.All(preview.QuerySelectorAll("td.row-status"), td =>
            Assert.Contains("đã có trong sổ", td.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, (await factory.RecordsNamedAsync("ha van lap")).Count);
    }

    [Fact]
    public async Task The_kept_file_is_checked_again_on_confirmation_and_lines_entered_meanwhile_are_not_doubled()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var unit = await factory.UnitNameAsync(RegisterBuilder.SoYte);
        var file = AwardImportBuilder.FillAwards(await noivu.AwardTemplateAsync(),
            ["Cá nhân", "Mai Văn Giữa", "03/03/1983", null, null, unit, Province, "99/QĐ-UBND", "01/12/2023", "CT"],
            ["Cá nhân", "Mai Thị Giữa", null, null, null, unit, Province, "99/QĐ-UBND", "01/12/2023", "CT"]);
        var preview = await PortalClient.ParseAsync(await noivu.UploadAwardsAsync("giua.xlsx", file));
        await factory.PastAwardAsync("Mai Văn Giữa", born: new DateOnly(1983, 3, 3), decided: new DateOnly(2023, 12, 1),
            number: "99/qđ-ubnd");

        using var confirmed = await noivu.ConfirmAwardsAsync(preview);
        using var twice = await noivu.ConfirmAwardsAsync(preview);

        Assert.Contains("bỏ qua 1 dòng", (await noivu.FollowRedirectAsync(confirmed)).Flash("success"),
            StringComparison.Ordinal);
        Assert.Single(await factory.RecordsNamedAsync("mai van giua"));
        Assert.Single(await factory.RecordsNamedAsync("mai thi giua"));
        Assert.Equal("/AwardRegister/Import/Upload", twice.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_units_users_are_refused_the_template_the_upload_and_the_confirmation()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var template = await noivu.AwardTemplateAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/AwardRegister/Import/Template")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(AwardImportBuilder.UploadUrl)).StatusCode);
        using var upload = await clerk.UploadAwardsAsync("x.xlsx", template, tokenFromHome: true);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        using var confirm = await clerk.PostWithHomeTokenAsync("/AwardRegister/Import/Confirm",
            new Dictionary<string, string> { ["Token"] = Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.Forbidden, confirm.StatusCode);
        Assert.Null((await clerk.GetPageAsync("/AwardRegister")).QuerySelector("#import-link"));
        Assert.NotNull((await noivu.GetPageAsync("/AwardRegister")).QuerySelector("#import-link"));
    }
}
