using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LangSon.ThiDua.Tests.Integration.DecisionDocuments.DecisionDocumentScenario;

namespace LangSon.ThiDua.Tests.Integration.DecisionDocuments;

/// <summary>The draft Quyết định khen thưởng and the province's Tờ trình to the Prime Minister, previewed and printed.</summary>
public sealed class DecisionDocumentsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Signed = new(2025, 12, 20);

    private Task<int> ProvinceDecisionAsync(string number, string signerTitle = "Phó Chủ tịch") =>
        factory.DecisionAsync(Province, number, Signed, signerTitle,
        [
            (NomineeKind.Collective, "Phòng Nghiệp vụ Dược"),
            (NomineeKind.Collective, "Trung tâm Kiểm soát bệnh tật"),
            (NomineeKind.Individual, "Nguyễn Thị Hường"),
            (NomineeKind.Individual, "Đặng Văn Đức"),
            (NomineeKind.Individual, "Lường Thị Ánh"),
        ]);

    private Task<int> SubmissionAsync(string number, string signerTitle = "Chủ tịch") =>
        factory.DecisionAsync(PrimeMinister, number, Signed, signerTitle,
            [(NomineeKind.Collective, "Bệnh viện Đa khoa tỉnh"), (NomineeKind.Individual, "Hoàng Văn Lợi")], "Hoàng Văn Lợi");

    private static string Text(IHtmlDocument page, string selector) =>
        string.Join(' ', page.QuerySelector(selector)!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task The_print_page_fills_number_date_and_signer_from_the_decision()
    {
        var id = await ProvinceDecisionAsync("1201/QĐ-UBND");
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/DecisionDocuments/Print/{id}");

        Assert.Equal("1201/QĐ-UBND", page.QuerySelector("#Number")!.GetAttribute("value"));
        Assert.Equal("20/12/2025", page.QuerySelector("#Date")!.GetAttribute("value"));
        Assert.Equal("KT. CHỦ TỊCH", page.QuerySelector("#SignerAuthority")!.TextContent.Trim());
        Assert.Equal(("Phó Chủ tịch", "Hồ Tiến Thiệu"), (
            page.QuerySelector("#SignerTitle")!.GetAttribute("value"), page.QuerySelector("#SignerName")!.GetAttribute("value")));
        Assert.Contains("Như Điều 3;", page.QuerySelector("#Recipients")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/DecisionDocuments/Excel/{id}']"));
    }

    [Fact]
    public async Task The_decision_preview_is_a_Quyet_dinh_of_the_Chairman_with_its_list()
    {
        var id = await ProvinceDecisionAsync("1202/QĐ-UBND");
        using var noivu = await factory.SignInAsync("noivu");

        var preview = await noivu.GetPageAsync($"/DecisionDocuments/Pdf/{id}?Preview=true&ProposalNumber=215%2FTTr-SNV&ProposalDate=2025-12-18");

        Assert.Null(preview.QuerySelector(".issuer .parent"));
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", Text(preview, ".issuer .body"));
        Assert.Equal("Số: 1202/QĐ-UBND", Text(preview, ".doc-number"));
        Assert.Equal("Lạng Sơn, ngày 20 tháng 12 năm 2025", Text(preview, ".doc-head .doc-date"));
        Assert.Equal(("Quyết định", "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh"), (Text(preview, ".doc-title .type"), Text(preview, ".doc-title .subject")));
        Assert.Equal("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", Text(preview, ".decision-authority"));
        var bases = preview.QuerySelectorAll(".decision-basis").Select(p => p.TextContent.Trim()).ToList();
        Assert.Contains(bases, b => b.StartsWith("Căn cứ Luật Thi đua, khen thưởng", StringComparison.Ordinal));
        Assert.Contains(bases, b => b.StartsWith("Căn cứ Quyết định số 2437/QĐ-TTg", StringComparison.Ordinal) && b.EndsWith("tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ Nghị quyết Đại hội lần thứ XIII của Đảng;", StringComparison.Ordinal));
        Assert.Contains("Căn cứ Kế hoạch của UBND tỉnh Lạng Sơn triển khai phong trào thi đua;", bases);
        Assert.Equal("Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 215/TTr-SNV ngày 18/12/2025.", bases[^1]);
        Assert.Equal("QUYẾT ĐỊNH:", Text(preview, ".decision-decides"));
        var article1 = Text(preview, "#article-1");
        Assert.StartsWith("Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 2 tập thể và 3 cá nhân", article1, StringComparison.Ordinal);
        Assert.Contains("trong phong trào thi đua lập thành tích chào mừng Đại hội lần thứ XIV của Đảng", article1, StringComparison.Ordinal);
        Assert.Contains("chịu trách nhiệm thi hành", Text(preview, "#article-3"), StringComparison.Ordinal);
        Assert.Equal(("KT. CHỦ TỊCH", "Phó Chủ tịch", "Hồ Tiến Thiệu"), (
            Text(preview, ".signature .authority"), Text(preview, ".signature .title"), Text(preview, ".signature .name")));

        var annex = preview.QuerySelector(".nominee-list")!;
        Assert.Equal("(Kèm theo Quyết định số 1202/QĐ-UBND ngày 20/12/2025 của Chủ tịch UBND tỉnh Lạng Sơn)", annex.QuerySelector(".doc-date")!.TextContent.Trim());
        var names = annex.QuerySelectorAll("tbody tr:not(.group) td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Phòng Nghiệp vụ Dược", "Trung tâm Kiểm soát bệnh tật", "Đặng Văn Đức", "Lường Thị Ánh", "Nguyễn Thị Hường"], names);
    }

    [Fact]
    public async Task The_submission_preview_is_a_To_trinh_to_the_Prime_Minister_with_the_council_counts()
    {
        var id = await SubmissionAsync("56/TTr-UBND");
        using var admin = await factory.SignInAsync("admin");

        var preview = await admin.GetPageAsync($"/DecisionDocuments/Pdf/{id}?Preview=true");

        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", Text(preview, ".issuer .body"));
        Assert.Equal("Số: 56/TTr-UBND", Text(preview, ".doc-number"));
        Assert.Equal(("Tờ trình", "Về việc đề nghị Thủ tướng Chính phủ tặng Bằng khen"), (Text(preview, ".doc-title .type"), Text(preview, ".doc-title .subject")));
        Assert.Equal("Kính gửi: Thủ tướng Chính phủ (qua Bộ Nội vụ).", Text(preview, ".decision-addressee"));
        Assert.Contains("tặng Bằng khen cho 1 tập thể và 1 cá nhân", Text(preview, "#proposal"), StringComparison.Ordinal);
        Assert.Contains("có 9/9 thành viên dự", Text(preview, ".session"), StringComparison.Ordinal);
        var results = preview.QuerySelectorAll("#council-results tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["1", "Bệnh viện Đa khoa tỉnh", "Sở Y tế", "9/9", "100 %"], results[0]);
        Assert.Equal(["2", "Hoàng Văn Lợi", "Sở Y tế", "7/9", "77,8 %"], results[1]);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", Text(preview, ".signature .authority"));
        Assert.Equal("Chủ tịch", Text(preview, ".signature .title"));
        var annex = preview.QuerySelector(".nominee-list")!;
        Assert.Equal("(Kèm theo Tờ trình số 56/TTr-UBND ngày 20/12/2025 của UBND tỉnh Lạng Sơn)", annex.QuerySelector(".doc-date")!.TextContent.Trim());
        Assert.Equal(2, annex.QuerySelectorAll("tbody tr:not(.group)").Length);
        Assert.Contains("7/9 phiếu đồng ý", annex.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Province, "1203/QĐ-UBND", "Quyet-dinh-1203-QD-UBND-2025-12-20.pdf")]
    [InlineData(PrimeMinister, "57/TTr-UBND", "To-trinh-57-TTr-UBND-2025-12-20.pdf")]
    public async Task Both_documents_print_to_a_pdf_and_the_export_is_audited(string formCode, string number, string fileName)
    {
        var id = formCode == Province ? await ProvinceDecisionAsync(number) : await SubmissionAsync(number);
        using var noivu = await factory.SignInAsync("noivu");

        using var response = await noivu.GetAsync($"/DecisionDocuments/Pdf/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == nameof(AwardDecision) && a.EntityId == id.ToString() && a.UserName == "noivu")));

        var pdf = PdfText.Read(bytes);
        pdf.AssertA4InLiberationSerif();
        // Two pages of Quyết định or Tờ trình, then the list on a page of its own.
        Assert.Equal(3, pdf.PageCount);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", pdf.Pages[0].IssuerBlock);
        Assert.Contains(formCode == Province ? "QUYẾT ĐỊNH" : "TỜ TRÌNH", pdf.Pages[0].Lines);
        Assert.Contains($"Số: {number} Lạng Sơn, ngày 20 tháng 12 năm 2025", pdf.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Hồ Tiến Thiệu", pdf.Pages[1].Text, StringComparison.Ordinal);
        Assert.Contains(formCode == Province ? "KT. CHỦ TỊCH" : "TM. ỦY BAN NHÂN DÂN", pdf.Pages[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("DANH SÁCH TẬP THỂ", pdf.Pages[1].Text, StringComparison.Ordinal);
        var list = pdf.Pages[2].Text;
        Assert.Contains($"(Kèm theo {(formCode == Province ? "Quyết định" : "Tờ trình")} số {number} ngày 20/12/2025", list, StringComparison.Ordinal);
        Assert.All(formCode == Province ? ["Phòng Nghiệp vụ Dược", "Nguyễn Thị Hường", "Đặng Văn Đức", "Lường Thị Ánh"] : new[] { "Bệnh viện Đa khoa tỉnh", "Hoàng Văn Lợi" },
            name => Assert.Contains(name, list, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_decision_list_downloads_as_a_workbook_with_its_rows_and_is_audited()
    {
        var id = await ProvinceDecisionAsync("1207/QĐ-UBND");
        using var noivu = await factory.SignInAsync("noivu");

        using var response = await noivu.GetAsync($"/DecisionDocuments/Excel/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Danh-sach-Quyet-dinh-1207-QD-UBND-2025-12-20.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet(NomineeWorkbook.SheetName);
        Assert.Equal("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", sheet.Cell(1, 1).GetString());
        Assert.Equal("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH", sheet.Cell(NomineeWorkbook.TitleRow, 1).GetString());
        Assert.Equal("(Kèm theo Quyết định số 1207/QĐ-UBND ngày 20/12/2025 của Chủ tịch UBND tỉnh Lạng Sơn)", sheet.Cell(NomineeWorkbook.SubtitleRow, 1).GetString());
        var nominees = sheet.RowsUsed(r => r.RowNumber() > NomineeWorkbook.HeaderRow && r.Cell(1).DataType == XLDataType.Number)
            .Select(r => (r.Cell(2).GetString(), r.Cell(3).GetString(), r.Cell(5).GetString(), r.Cell(6).GetString()))
            .ToList();
        Assert.Equal(5, nominees.Count);
        Assert.Contains(("Đặng Văn Đức", "Trưởng phòng", "Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh"), nominees);
        Assert.Contains(("Phòng Nghiệp vụ Dược", "", "Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh"), nominees);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == nameof(AwardDecision) && a.EntityId == id.ToString() && a.UserName == "noivu")));
    }

    [Theory]
    [InlineData("canbo.soyte")]
    [InlineData("truongdonvi.soyte")]
    [InlineData("mttq")]
    public async Task Unit_users_and_observers_cannot_print_either_document(string userName)
    {
        var decisionId = await ProvinceDecisionAsync($"12{userName.Length}4/QĐ-UBND");
        var submissionId = await SubmissionAsync($"5{userName.Length}8/TTr-UBND");
        using var client = await factory.SignInAsync(userName);

        var statuses = new List<HttpStatusCode>();
        foreach (var id in new[] { decisionId, submissionId })
        {
            foreach (var url in new[] { $"/DecisionDocuments/Print/{id}", $"/DecisionDocuments/Pdf/{id}?Preview=true", $"/DecisionDocuments/Pdf/{id}", $"/DecisionDocuments/Excel/{id}" })
            {
                using var response = await client.GetAsync(url);
                statuses.Add(response.StatusCode);
            }
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Export && a.UserName == userName)));
    }

    [Fact]
    public async Task The_decision_page_offers_the_downloads_to_reviewers_and_not_to_observers()
    {
        var id = await ProvinceDecisionAsync("1208/QĐ-UBND");
        using var noivu = await factory.SignInAsync("noivu");
        using var observer = await factory.SignInAsync("mttq");

        var reviewerPage = await noivu.GetPageAsync($"/AwardDecisions/Details/{id}");
        var observerPage = await observer.GetPageAsync($"/AwardDecisions/Details/{id}");

        var links = reviewerPage.QuerySelectorAll("#decision-documents a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Dự thảo Quyết định (PDF)", $"/DecisionDocuments/Print/{id}"), ("Danh sách (Excel)", $"/DecisionDocuments/Excel/{id}")], links);
        Assert.Null(observerPage.QuerySelector("#decision-documents"));
    }

    [Fact]
    public async Task A_council_member_reads_the_draft_decision()
    {
        var id = await ProvinceDecisionAsync("1205/QĐ-UBND", signerTitle: "Chủ tịch");
        using var member = await factory.SignInAsync("hoidong1");

        var preview = await member.GetPageAsync($"/DecisionDocuments/Pdf/{id}?Preview=true");

        Assert.Null(preview.QuerySelector(".signature .authority"));
        Assert.Equal("Chủ tịch", Text(preview, ".signature .title"));
    }

    [Fact]
    public async Task A_too_long_number_is_refused_with_a_Vietnamese_message()
    {
        var id = await ProvinceDecisionAsync("1206/QĐ-UBND");
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/DecisionDocuments/Pdf/{id}?Number={new string('9', 60)}");

        Assert.Contains("Số văn bản không quá 50 ký tự.", page.ValidationMessages());
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == nameof(AwardDecision) && a.EntityId == id.ToString())));
    }
}
