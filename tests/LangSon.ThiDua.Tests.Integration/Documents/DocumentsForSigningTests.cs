using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.CouncilDocuments;
using LangSon.ThiDua.Tests.Integration.DecisionDocuments;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.NominationDocuments;
using LangSon.ThiDua.Tests.Integration.PlanImport;
using LangSon.ThiDua.Tests.Integration.SubmissionDocuments;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Documents;

/// <summary>
/// The documents read back as a văn thư reads them before signing (issue 18): the printed PDF, page by page, with
/// positions. Each test fails on the layout that had to be retyped.
/// </summary>
public sealed class DocumentsForSigningTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static int counter;

    private static string NextNumber(string code) => $"{Interlocked.Increment(ref counter) + 700}/TTr-{code}";

    private async Task<PdfText> PdfAsync(string userName, string url)
    {
        using var client = await factory.SignInAsync(userName);
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        pdf.AssertA4InLiberationSerif();
        return pdf;
    }

    /// <summary>The signature's page also holds the closing formula and the body's last paragraph.</summary>
    private static void AssertSignatureKeptWith(PdfText pdf, string signature, string closing, string lastParagraph)
    {
        var page = pdf.PageOf(signature);
        Assert.True(page > 0, $"\"{signature}\" is not printed");
        Assert.True(pdf.PageOf(closing) == page && pdf.LastPageOf(lastParagraph) == page,
            $"The signature \"{signature}\" is on page {page}, the closing \"{closing}\" on page "
            + $"{pdf.PageOf(closing)}, the last paragraph \"{lastParagraph}\" on page {pdf.LastPageOf(lastParagraph)}");
    }

    /// <summary>A line of the page is, or ends with, the text (the signature's column shares lines with Nơi
    /// nhận).</summary>
    private static void AssertLineEndsWith(PdfText.PdfPage page, string text) =>
        Assert.True(page.Lines.Any(l => l == text || l.EndsWith(" " + text, StringComparison.Ordinal)),
            $"No line of page {page.Number} ends with \"{text}\": {string.Join(" | ", page.Lines)}");

    [Fact]
    public async Task A_units_Tờ_trình_keeps_its_signature_on_the_page_of_its_last_paragraph_and_fits_one_page()
    {
        var batchId = await factory.BatchAsync(NextNumber("SYT"));

        var pdf = await PdfAsync("truongdonvi.soyte", $"/SubmissionDocuments/Pdf/{batchId}");

        AssertSignatureKeptWith(
            pdf, "Phạm Quốc Khánh", "kính trình Hội đồng Thi đua", "đã tặng Giấy khen theo thẩm quyền");
        Assert.Equal(1, pdf.PageOf("Phạm Quốc Khánh")); // no page of its own for the signature: the Danh sách follows
        Assert.Equal(2, pdf.PageOf("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG"));
    }

    [Fact]
    public async Task A_báo_cáo_thành_tích_keeps_its_signatures_with_its_last_item_and_closing()
    {
        var id = await factory.NominationAsync("Lục Văn Thành", NomineeKind.Individual, true);

        var pdf = await PdfAsync("canbo.soyte", $"/DossierDocuments/Report/{id}");

        AssertSignatureKeptWith(pdf, "NGƯỜI BÁO CÁO THÀNH TÍCH", "Trên đây là báo cáo thành tích",
            "hình thức khen thưởng đã được tặng");
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    public async Task The_council_biên_bản_never_puts_its_signatures_alone_on_the_last_page(int nominations)
    {
        var names = Enumerable.Range(1, nominations).Select(i => $"Nguyễn Văn Số {i}").ToArray();
        var id = await factory.SessionAsync(9, 7, names,
            Enumerable.Range(0, 7).Select(_ => names.Select(_ => VoteChoice.Agree).ToArray()).ToArray());

        var minutes = await PdfAsync("noivu", $"/CouncilDocuments/MinutesPdf/{id}");
        var tally = await PdfAsync("noivu", $"/CouncilDocuments/TallyPdf/{id}");

        AssertSignatureKeptWith(minutes, "THƯ KÝ", "Cuộc họp kết thúc", "theo quy định.");
        AssertSignatureKeptWith(
            tally, "TRƯỞNG BAN KIỂM PHIẾU", "Biên bản kiểm phiếu được lập", "hồ sơ được thông qua.");
    }

    [Fact]
    public async Task A_ward_issues_from_its_own_name_under_ỦY_BAN_NHÂN_DÂN_and_its_chairman_signs_for_the_committee()
    {
        var number = NextNumber("UBND");
        var batchId = await factory.BatchAsync(number, "05986",
            new NomineeSpec(
                AwardFormSeed.BangKhenTinh, NomineeKind.Individual, "Triệu Văn Hòa", "Công chức",
                "UBND phường Tam Thanh"));

        var page = (await PdfAsync("truongdonvi.tamthanh", $"/SubmissionDocuments/Pdf/{batchId}")).Pages[0];

        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG TAM THANH"], page.IssuerLines);
        Assert.True(page.IssuerGap() >= 8, $"The issuer ends {page.IssuerGap():0.0} pt from the quốc hiệu");
        Assert.Contains("Tam Thanh, ngày 15 tháng 12 năm 2025", page.Lines);
        AssertLineEndsWith(page, "TM. ỦY BAN NHÂN DÂN");
        AssertLineEndsWith(page, "CHỦ TỊCH"); // not "CHỦ TỊCH UBND PHƯỜNG"
        Assert.DoesNotContain(page.Lines, l => l.Contains("CHỦ TỊCH UBND", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sở_issues_from_Lạng_Sơn_and_its_director_signs_GIÁM_ĐỐC_without_the_agency_name()
    {
        var batchId = await factory.BatchAsync(NextNumber("SYT"));

        var page = (await PdfAsync("truongdonvi.soyte", $"/SubmissionDocuments/Pdf/{batchId}")).Pages[0];

        Assert.Equal(["UBND TỈNH LẠNG SƠN", "SỞ Y TẾ"], page.IssuerLines);
        Assert.Contains("Lạng Sơn, ngày 15 tháng 12 năm 2025", page.Lines);
        AssertLineEndsWith(page, "GIÁM ĐỐC");
        Assert.DoesNotContain(page.Lines, l => l.Contains("GIÁM ĐỐC SỞ Y TẾ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_provincial_committees_header_breaks_between_the_committee_and_the_province()
    {
        var id = await factory.DecisionAsync(DecisionDocumentScenario.Province, "1801/QĐ-UBND",
            new DateOnly(2026, 1, 20), "Phó Chủ tịch", [(NomineeKind.Individual, "Mạc Văn Khoa")]);

        var page = (await PdfAsync("noivu", $"/DecisionDocuments/Pdf/{id}")).Pages[0];

        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], page.IssuerLines);
    }

    [Fact]
    public async Task A_communes_plan_comes_from_the_commune_signed_by_the_head_Admin_sets_with_punctuated_Nơi_nhận()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory, "06040");
        using var admin = await factory.SignInAsync("admin");
        var preview = await admin.GetPageAsync($"/PlanExport/Pdf/{planId}?Preview=true");
        Assert.NotNull(preview.QuerySelector("#signer-warning")); // no head set: the preview says so before signing

        var unitId = await factory.WithDbAsync(db =>
            db.Units.Where(u => u.Code == "06040").Select(u => u.Id).SingleAsync());
        var fields = FormFields.Read(await admin.GetPageAsync($"/Units/Edit/{unitId}"));
        (fields["HeadName"], fields["HeadTitle"]) = ("Chu Văn Hải", "Chủ tịch UBND xã");
        using (var saved = await admin.PostFormAsync($"/Units/Edit/{unitId}", fields, $"/Units/Edit/{unitId}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var signed = await admin.GetPageAsync($"/PlanExport/Pdf/{planId}?Preview=true");
        Assert.Null(signed.QuerySelector("#signer-warning"));
        var pdf = await PdfAsync("admin", $"/PlanExport/Pdf/{planId}");
        Assert.Equal(["ỦY BAN NHÂN DÂN", "XÃ THẤT KHÊ"], pdf.Pages[0].IssuerLines);
        Assert.Contains(pdf.Pages[0].Lines, l => l.StartsWith("Thất Khê, ngày", StringComparison.Ordinal));
        var last = pdf.Pages[pdf.PageOf("Chu Văn Hải") - 1];
        AssertLineEndsWith(last, "CHỦ TỊCH");
        var recipients = last.RecipientLines();
        Assert.True(recipients.Count >= 3, string.Join(" | ", recipients));
        Assert.All(recipients.SkipLast(1), r => Assert.EndsWith(";", r, StringComparison.Ordinal));
        Assert.EndsWith(".", recipients[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unit_head_confirms_the_signer_on_a_print_page_and_the_next_document_is_signed_so()
    {
        var number = NextNumber("UBND");
        var batchId = await factory.BatchAsync(number, "05986",
            new NomineeSpec(
                AwardFormSeed.BangKhenTinh, NomineeKind.Collective, "Tổ dân phố số 5", null, "UBND phường Tam Thanh"));
        using var head = await factory.SignInAsync("truongdonvi.tamthanh");
        var print = $"/SubmissionDocuments/Print/{batchId}";
        Assert.NotNull((await head.GetPageAsync(print)).QuerySelector("#unit-signer form"));

        var fields = new Dictionary<string, string>
        {
            ["HeadName"] = "Hoàng Văn Minh", ["HeadTitle"] = "Phó Chủ tịch", ["ReturnUrl"] = print,
        };
        using var confirmed = await head.PostFormAsync("/UnitSigner/Confirm", fields, print);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(print, confirmed.Headers.Location?.OriginalString);
        var pdf = await PdfAsync("truongdonvi.tamthanh", $"/SubmissionDocuments/Pdf/{batchId}");
        var page = pdf.Pages[pdf.PageOf("Hoàng Văn Minh") - 1];
        AssertLineEndsWith(page, "TM. ỦY BAN NHÂN DÂN");
        AssertLineEndsWith(page, "KT. CHỦ TỊCH");
        AssertLineEndsWith(page, "PHÓ CHỦ TỊCH");
        // A clerk prepares documents; the head answers for who signs them.
        using var clerk = await factory.SignInAsync("canbo.tamthanh");
        Assert.Null((await clerk.GetPageAsync(print)).QuerySelector("#unit-signer form"));
    }

    [Fact]
    public async Task Any_reader_gets_the_summary_signed_by_Sở_Nội_vụ_s_Director_its_annex_laid_out_like_the_body()
    {
        var pdf = await PdfAsync("mttq", "/SummaryReport/Export.pdf");

        var signed = pdf.PageOf("Lương Thị Thu Trang"); // Sở Nội vụ's head, from its unit settings
        Assert.True(signed > 0, "The summary has no signer's name");
        AssertSignatureKeptWith(pdf, "Lương Thị Thu Trang", "Sở Nội vụ kính báo cáo", "gương điển hình tiên tiến");
        var recipients = pdf.Pages[signed - 1].RecipientLines();
        Assert.All(recipients.SkipLast(1), r => Assert.EndsWith(";", r, StringComparison.Ordinal));
        Assert.EndsWith(".", recipients[^1], StringComparison.Ordinal);

        var annex = pdf.Pages[pdf.PageOf("Kết quả thực hiện phong trào theo đơn vị") - 1];
        Assert.Equal(PdfText.A4, annex.Size); // portrait, as the body
        Assert.True(annex.Words.Min(w => w.Left) >= 84, "The annex keeps the body's 30 mm left margin");
        var subtitle = annex.Lines.First(l => l.StartsWith("(Kèm theo Báo cáo", StringComparison.Ordinal));
        PdfText.AssertCentred(annex, (subtitle, 319)); // centred on the text (30 mm left, 15 mm right), as the title
        var rows = annex.Lines.Count(l =>
            int.TryParse(l.Split(' ')[0], out _) && l.Contains("UBND", StringComparison.Ordinal));
        Assert.True(rows > 11, $"Only {rows} units on the annex's first page");
    }
}
