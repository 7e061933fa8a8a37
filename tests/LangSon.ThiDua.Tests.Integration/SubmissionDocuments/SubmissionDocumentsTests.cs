using System.Net;
using System.Text;
using AngleSharp.Dom;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.SubmissionDocuments;

/// <summary>The unit's Tờ trình đề nghị khen thưởng with its Danh sách: print page, preview, PDF, Excel, permissions.</summary>
public sealed class SubmissionDocumentsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static int counter;

    private static string NextNumber(string code = "SYT") => $"{Interlocked.Increment(ref counter) + 40}/TTr-{code}";

    [Fact]
    public async Task The_print_page_fills_number_date_and_signer_from_the_batch_and_the_unit_head()
    {
        var number = NextNumber();
        var batchId = await factory.BatchAsync(number);
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var page = await clerk.GetPageAsync($"/SubmissionDocuments/Print/{batchId}");

        Assert.Equal(number, page.QuerySelector("#Number")!.GetAttribute("value"));
        Assert.Equal("15/12/2025", page.QuerySelector("#Date")!.GetAttribute("value"));
        var head = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "truongdonvi.soyte").Select(u => u.FullName).SingleAsync());
        Assert.Equal(head, page.QuerySelector("#SignerName")!.GetAttribute("value"));
        Assert.Contains("Như trên", page.QuerySelector("#Recipients")!.TextContent);
        Assert.Contains("Sở Y tế", page.QuerySelector("#Summary")!.TextContent);
        Assert.Contains("1 hồ sơ Giấy khen", page.QuerySelector("#unit-decided-note")!.TextContent);
    }

    [Fact]
    public async Task The_preview_is_the_unit_Tờ_trình_with_its_list_grouped_by_award_form_and_kind()
    {
        var number = NextNumber();
        var batchId = await factory.BatchAsync(number);
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var preview = await clerk.GetPageAsync($"/SubmissionDocuments/Pdf/{batchId}?Preview=true");

        Assert.Equal("UBND TỈNH LẠNG SƠN", Text(preview, ".issuer .parent"));
        Assert.Equal("SỞ Y TẾ", Text(preview, ".issuer .body"));
        Assert.Equal($"Số: {number}", Text(preview, ".doc-number"));
        Assert.Equal("Lạng Sơn, ngày 15 tháng 12 năm 2025", Text(preview, ".doc-date"));
        Assert.Equal("Tờ trình", Text(preview, ".doc-title .type"));
        Assert.Equal("Về việc đề nghị tặng thưởng Bằng khen của Chủ tịch UBND tỉnh và Bằng khen của Thủ tướng Chính phủ",
            Text(preview, ".doc-title .subject"));
        Assert.Equal("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Lạng Sơn (qua Sở Nội vụ).", Text(preview, ".addressee"));
        var body = preview.QuerySelector(".doc-body")!.TextContent;
        Assert.Contains("Căn cứ Luật Thi đua, khen thưởng", body);
        Assert.Contains("Căn cứ Nghị định số 152/2025/NĐ-CP", body);
        Assert.Contains("Căn cứ Quyết định số 2437/QĐ-TTg", body);
        Assert.Equal(["- Bằng khen của Chủ tịch UBND tỉnh cho 02 tập thể, 03 cá nhân;", "- Bằng khen của Thủ tướng Chính phủ cho 01 cá nhân."],
            preview.QuerySelectorAll(".award-count").Select(p => Squash(p.TextContent)));
        Assert.Contains("đã tặng Giấy khen theo thẩm quyền cho 01 tập thể, cá nhân", Text(preview, ".unit-decided"));
        Assert.Equal("Phạm Quốc Khánh", Text(preview, ".signature .name"));
        Assert.Contains("Như trên;", preview.QuerySelector(".recipients")!.TextContent);

        var list = preview.QuerySelector(".nominee-list")!;
        Assert.Equal($"(Kèm theo Tờ trình số {number} ngày 15/12/2025 của Sở Y tế)", Squash(list.QuerySelector(".doc-date")!.TextContent));
        var rows = list.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => Squash(td.TextContent)))).ToList();
        Assert.Equal("I | BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH", rows[0]);
        Assert.Equal(" | Tập thể (2)", rows[1]);
        Assert.Equal("1 | Khoa Hồi sức tích cực | Bệnh viện Đa khoa tỉnh | Sở Y tế | ", rows[2]);
        Assert.Equal(" | Cá nhân (3)", rows[4]);
        Assert.Equal("1 | Hoàng Văn Đức | Phó Trưởng phòng, Phòng Kế hoạch - Tài chính | Sở Y tế | ", rows[5]);
        Assert.Equal("II | BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ", rows[8]);
        Assert.Equal(11, rows.Count);
        Assert.DoesNotContain("Vi Thị Hằng", list.TextContent);
    }

    [Fact]
    public async Task A_ward_Tờ_trình_is_issued_by_its_People_s_Committee_and_signed_on_its_behalf()
    {
        var number = NextNumber("UBND");
        var batchId = await factory.BatchAsync(number, "05986",
            new NomineeSpec(AwardFormSeed.BangKhenTinh, NomineeKind.Individual, "Đinh Thị Ngọc", "Công chức Văn phòng - Thống kê", "UBND phường Tam Thanh"));
        using var head = await factory.SignInAsync("truongdonvi.tamthanh");

        var preview = await head.GetPageAsync($"/SubmissionDocuments/Pdf/{batchId}?Preview=true&SignerName=L%C3%AA+V%C4%83n+H%E1%BA%A3i");

        Assert.Null(preview.QuerySelector(".issuer .parent"));
        Assert.Equal("ỦY BAN NHÂN DÂN PHƯỜNG TAM THANH", Text(preview, ".issuer .body"));
        Assert.Equal(("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Lê Văn Hải"),
            (Text(preview, ".signature .authority"), Text(preview, ".signature .title"), Text(preview, ".signature .name")));
        Assert.Equal("Tam Thanh, ngày 15 tháng 12 năm 2025", Text(preview, ".doc-date"));
        Assert.Equal("Về việc đề nghị tặng thưởng Bằng khen của Chủ tịch UBND tỉnh", Text(preview, ".doc-title .subject"));
        Assert.Null(preview.QuerySelector(".unit-decided"));
    }

    [Fact]
    public async Task The_Tờ_trình_prints_to_a_pdf_named_by_number_and_date_and_the_export_is_audited()
    {
        var number = NextNumber();
        var batchId = await factory.BatchAsync(number);
        using var head = await factory.SignInAsync("truongdonvi.soyte");

        using var response = await head.GetAsync($"/SubmissionDocuments/Pdf/{batchId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"To-trinh-{number.Replace('/', '-')}-2025-12-15.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.True(await Audited(batchId, "truongdonvi.soyte"));

        var pdf = PdfText.Read(bytes);
        pdf.AssertA4InLiberationSerif();
        Assert.Equal("UBND TỈNH LẠNG SƠN SỞ Y TẾ", pdf.Pages[0].IssuerBlock);
        Assert.Contains("TỜ TRÌNH", pdf.Pages[0].Lines);
        Assert.Contains($"Số: {number}", pdf.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Lạng Sơn, ngày 15 tháng 12 năm 2025", pdf.Pages[0].Text, StringComparison.Ordinal);
        // The Tờ trình fits its first page, signature included; the Danh sách starts the second.
        Assert.Equal(2, pdf.PageCount);
        Assert.Contains("Phạm Quốc Khánh", pdf.Pages[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("DANH SÁCH", pdf.Pages[0].Text, StringComparison.Ordinal);
        var list = pdf.Pages[1].Text;
        Assert.Contains("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG", list, StringComparison.Ordinal);
        Assert.Contains($"(Kèm theo Tờ trình số {number} ngày 15/12/2025 của Sở Y tế)", list, StringComparison.Ordinal);
        Assert.All(["Khoa Hồi sức tích cực", "Hoàng Văn Đức", "Lường Thị Mai", "Nguyễn Thị Lan", "Bế Văn Thành"],
            name => Assert.Contains(name, list, StringComparison.Ordinal));
        Assert.DoesNotContain("Vi Thị Hằng", pdf.Text, StringComparison.Ordinal); // Giấy khen: decided by the unit itself
    }

    [Fact]
    public async Task The_list_downloads_as_a_workbook_with_headers_rows_frozen_header_filter_and_print_setup()
    {
        var number = NextNumber();
        var batchId = await factory.BatchAsync(number);
        using var noiVu = await factory.SignInAsync("noivu");

        using var response = await noiVu.GetAsync($"/SubmissionDocuments/Excel/{batchId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Danh-sach-de-nghi-{number.Replace('/', '-')}-2025-12-15.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = book.Worksheet("Danh sách");
        Assert.Equal(("UBND TỈNH LẠNG SƠN", "SỞ Y TẾ"), (sheet.Cell(1, 1).GetString(), sheet.Cell(2, 1).GetString()));
        Assert.Equal("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG", sheet.Cell(4, 1).GetString());
        Assert.Equal($"(Kèm theo Tờ trình số {number} ngày 15/12/2025 của Sở Y tế)", sheet.Cell(5, 1).GetString());
        Assert.Equal(
            ["TT", "Tên tập thể, họ và tên", "Chức vụ", "Nơi công tác", "Đơn vị đề nghị", "Hình thức khen thưởng", "Ghi chú"],
            Enumerable.Range(1, 7).Select(c => sheet.Cell(7, c).GetString()));
        var names = sheet.Column(2).CellsUsed().Where(c => c.Address.RowNumber > 7).Select(c => c.GetString()).ToList();
        Assert.Equal(["BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH", "Tập thể (2)", "Khoa Hồi sức tích cực", "Phòng Nghiệp vụ Y", "Cá nhân (3)",
            "Hoàng Văn Đức", "Lường Thị Mai", "Nguyễn Thị Lan", "BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ", "Cá nhân (1)", "Bế Văn Thành"], names);
        var duc = sheet.Column(2).CellsUsed().Single(c => c.GetString() == "Hoàng Văn Đức").Address.RowNumber;
        Assert.Equal((1, "Phó Trưởng phòng", "Phòng Kế hoạch - Tài chính", "Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh"),
            (sheet.Cell(duc, 1).GetValue<int>(), sheet.Cell(duc, 3).GetString(), sheet.Cell(duc, 4).GetString(), sheet.Cell(duc, 5).GetString(),
                sheet.Cell(duc, 6).GetString()));
        Assert.Equal(7, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A7:G18", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal((XLPageOrientation.Landscape, XLPaperSize.A4Paper, 1, 0),
            (sheet.PageSetup.PageOrientation, sheet.PageSetup.PaperSize, sheet.PageSetup.PagesWide, sheet.PageSetup.PagesTall));
        Assert.Equal((7, 7), (sheet.PageSetup.FirstRowToRepeatAtTop, sheet.PageSetup.LastRowToRepeatAtTop));
        Assert.True(await Audited(batchId, "noivu"));
    }

    [Theory]
    [InlineData("canbo.tamthanh")]
    [InlineData("mttq")]
    public async Task Another_unit_and_observers_cannot_print_or_download_the_Tờ_trình(string userName)
    {
        var batchId = await factory.BatchAsync(NextNumber());
        using var other = await factory.SignInAsync(userName);

        using var print = await other.GetAsync($"/SubmissionDocuments/Print/{batchId}");
        using var preview = await other.GetAsync($"/SubmissionDocuments/Pdf/{batchId}?Preview=true");
        using var excel = await other.GetAsync($"/SubmissionDocuments/Excel/{batchId}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (print.StatusCode, preview.StatusCode, excel.StatusCode));
        Assert.False(await Audited(batchId, userName));
    }

    [Fact]
    public async Task Council_members_read_the_Tờ_trình_addressed_to_the_council_once_every_nominee_in_it_is_eligible()
    {
        var batchId = await factory.BatchAsync(NextNumber());
        using var member = await factory.SignInAsync("hoidong1");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/SubmissionDocuments/Pdf/{batchId}?Preview=true")).StatusCode);

        await factory.WithDbAsync(async db =>
        {
            foreach (var nomination in await db.Nominations.Where(n => n.BatchId == batchId && n.Status == NominationStatus.Submitted).ToListAsync())
            {
                nomination.MarkEligible(new Actor("noivu", "Cán bộ Sở Nội vụ"), DateTime.UtcNow, null);
            }

            return await db.SaveChangesAsync();
        });
        using var preview = await member.GetAsync($"/SubmissionDocuments/Pdf/{batchId}?Preview=true");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
    }

    [Fact]
    public async Task A_too_long_number_is_refused_with_a_Vietnamese_message()
    {
        var batchId = await factory.BatchAsync(NextNumber());
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var page = await clerk.GetPageAsync($"/SubmissionDocuments/Pdf/{batchId}?Number={new string('9', 60)}");

        Assert.Contains("Số văn bản không quá 50 ký tự.", page.ValidationMessages());
        Assert.False(await Audited(batchId, "canbo.soyte"));
    }

    [Fact]
    public async Task The_unit_batches_page_links_to_the_documents()
    {
        var batchId = await factory.BatchAsync(NextNumber());
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var page = await clerk.GetPageAsync("/Nominations/Batches");

        var links = page.QuerySelectorAll($".batch[data-id='{batchId}'] .batch-documents a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/SubmissionDocuments/Print/{batchId}", $"/SubmissionDocuments/Excel/{batchId}"], links);
    }

    private Task<bool> Audited(int batchId, string userName) =>
        factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == nameof(NominationBatch) && a.EntityId == batchId.ToString() && a.UserName == userName));

    private static string Text(IParentNode document, string selector) => Squash(document.QuerySelector(selector)!.TextContent);

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
