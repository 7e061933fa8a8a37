using System.Globalization;
using System.Net;
using System.Text;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Nominations;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;

namespace LangSon.ThiDua.Tests.Integration.NominationDocuments;

/// <summary>
/// Báo cáo thành tích of a nomination (NĐ 30 header of the proposing unit, the template of NĐ 152/2025) and the whole
/// dossier as one PDF with bookmarks; readable by exactly who may read the dossier.
/// </summary>
public sealed class DossierDocumentsTests(NominationsFactory factory) : IClassFixture<NominationsFactory>
{
    private const string VneidTarget = "Tỷ lệ cơ sở khám, chữa bệnh liên thông dữ liệu trên VNeID";

    [Fact]
    public async Task The_report_preview_is_issued_by_the_unit_and_shows_the_nominee_and_the_evidence_targets()
    {
        var id = await factory.NominationAsync("Lê Văn Thắng", NomineeKind.Individual, true, factory.SoYtePlan.TargetIds[1]);
        using var staff = await factory.SignInAsync("canbo.soyte");

        var details = await staff.GetPageAsync($"/Nominations/Details/{id}");
        var preview = await staff.GetPageAsync($"/DossierDocuments/Report/{id}?Preview=true");

        Assert.Equal(($"/DossierDocuments/Print/{id}", $"/DossierDocuments/Dossier/{id}"),
            (details.QuerySelector("#report-pdf-link")!.GetAttribute("href"), details.QuerySelector("#dossier-pdf-link")!.GetAttribute("href")));
        Assert.Equal(("UBND TỈNH LẠNG SƠN", "SỞ Y TẾ"), (preview.QuerySelector(".issuer .parent")!.TextContent.Trim(), preview.QuerySelector(".issuer .body")!.TextContent.Trim()));
        Assert.Equal("Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-SYT", preview.QuerySelector(".doc-number")!.TextContent.Trim());
        Assert.Equal("Báo cáo thành tích", preview.QuerySelector(".doc-title .type")!.TextContent.Trim());
        Assert.Equal("Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh", preview.QuerySelector(".doc-title .subject")!.TextContent.Trim());
        Assert.Equal(["I. SƠ LƯỢC LÝ LỊCH", "II. THÀNH TÍCH ĐẠT ĐƯỢC", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"],
            preview.QuerySelectorAll(".doc-body h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(("Lê Văn Thắng", "Trưởng phòng Nghiệp vụ Y", "Sở Y tế tỉnh Lạng Sơn"), (
            preview.QuerySelector(".nominee-name")!.TextContent.Trim(), preview.QuerySelector(".nominee-position")!.TextContent.Trim(),
            preview.QuerySelector(".nominee-workplace")!.TextContent.Trim()));
        Assert.Equal(2, preview.QuerySelectorAll(".achievement-summary p").Length);
        var row = preview.QuerySelectorAll("table.evidence-table tbody tr").Single().QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        var asOf = await factory.WithDbAsync(db => db.ProgressReports.Where(r => r.PlanTargetId == factory.SoYtePlan.TargetIds[1]).Select(r => r.AsOfDate).SingleAsync());
        Assert.Equal(["1", VneidTarget, "95 %", "95 %", "100", asOf.ToString("dd/MM/yyyy")], row);
        Assert.Contains("năm 2025: Hoàn thành xuất sắc nhiệm vụ.", preview.QuerySelector(".task-rating")!.TextContent);
        var head = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "truongdonvi.soyte").Select(u => u.FullName).SingleAsync());
        Assert.Equal((head, "Lê Văn Thắng"), (preview.QuerySelector(".report-signatures .head-name")!.TextContent.Trim(),
            preview.QuerySelector(".report-signatures .reporter-name")!.TextContent.Trim()));
        Assert.Contains("Người báo cáo thành tích", preview.QuerySelector(".report-signatures .reporter")!.TextContent);
    }

    [Fact]
    public async Task A_collective_report_describes_the_collective_and_takes_the_users_edits()
    {
        var id = await factory.NominationAsync("Phòng Nghiệp vụ Y, Sở Y tế", NomineeKind.Collective, true);
        await factory.EligibleAsync(id);
        using var noivu = await factory.SignInAsync("noivu");

        var print = await noivu.GetPageAsync($"/DossierDocuments/Print/{id}");
        var preview = await noivu.GetPageAsync($"/DossierDocuments/Report/{id}?Preview=true&Number=15%2FBC-SYT&SignerTitle=Gi%C3%A1m+%C4%91%E1%BB%91c&PriorAwards=N%C4%83m+2024%3A+Gi%E1%BA%A5y+khen");

        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            print.QuerySelector("#Date")!.GetAttribute("value"));
        Assert.Equal("Số: 15/BC-SYT", preview.QuerySelector(".doc-number")!.TextContent.Trim());
        Assert.Equal("I. ĐẶC ĐIỂM, TÌNH HÌNH", preview.QuerySelector(".doc-body h2")!.TextContent.Trim());
        Assert.Equal("Phòng Nghiệp vụ Y, Sở Y tế", preview.QuerySelector(".nominee-name")!.TextContent.Trim());
        // The unit head alone signs, on the right, with the closing paragraph; nobody signs as "người báo cáo".
        Assert.Null(preview.QuerySelector(".report-signatures .reporter"));
        Assert.Equal("Giám đốc", preview.QuerySelector(".report-signatures .head-title")!.TextContent.Trim());
        Assert.Contains("- Năm 2024: Giấy khen", preview.QuerySelector(".doc-closing")!.TextContent);
        Assert.Contains("không dẫn chiếu chỉ tiêu nào", preview.QuerySelector(".doc-body")!.TextContent);
    }

    [Fact]
    public async Task The_report_prints_to_a_pdf_named_without_diacritics_and_the_export_is_audited()
    {
        var id = await factory.NominationAsync("Hoàng Thị Mai", NomineeKind.Individual, true, factory.SoYtePlan.TargetIds[1]);
        using var head = await factory.SignInAsync("truongdonvi.soyte");

        using var response = await head.GetAsync($"/DossierDocuments/Report/{id}?Date=2025-12-15");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bao-cao-thanh-tich-Hoang-Thi-Mai-2025-12-15.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == nameof(Nomination) && a.EntityId == id.ToString() && a.UserName == "truongdonvi.soyte")));

        var pdf = PdfText.Read(bytes);
        pdf.AssertA4InLiberationSerif();
        Assert.Equal(2, pdf.PageCount);
        Assert.Equal("UBND TỈNH LẠNG SƠN SỞ Y TẾ", pdf.Pages[0].IssuerBlock);
        Assert.Contains("BÁO CÁO THÀNH TÍCH", pdf.Pages[0].Lines);
        Assert.Contains("Số: /BC-SYT Lạng Sơn, ngày 15 tháng 12 năm 2025", pdf.Pages[0].Text, StringComparison.Ordinal); // number left blank
        Assert.Contains("- Họ và tên: Hoàng Thị Mai", pdf.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ cơ sở khám, chữa bệnh liên", pdf.Pages[0].Text, StringComparison.Ordinal); // a table cell wraps: its first line
        Assert.Contains("XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ NGƯỜI BÁO CÁO THÀNH TÍCH", pdf.Pages[1].Lines);
        Assert.Contains("Phạm Quốc Khánh Hoàng Thị Mai", pdf.Pages[1].Lines); // the two signatures side by side
    }

    [Fact]
    public async Task The_whole_dossier_is_one_pdf_of_cover_report_and_pdf_attachments_in_the_forms_order_with_a_bookmark_each()
    {
        var id = await factory.NominationAsync("Lương Thị Hạnh", NomineeKind.Individual, false, factory.SoYtePlan.TargetIds[1]);
        using var staff = await factory.SignInAsync("canbo.soyte");
        // Uploaded out of order: the minutes first; the form's order puts the achievement report before them.
        NominationPosts.Local(await staff.UploadAsync(id, DossierDocuments.MeetingMinutes, "bien-ban-hop-xet.pdf", DossierDocumentsBuilder.Pdf(1)));
        NominationPosts.Local(await staff.UploadAsync(id, DossierDocuments.AchievementReport, "bao-cao-ky.pdf", DossierDocumentsBuilder.Pdf(2)));
        NominationPosts.Local(await staff.UploadAsync(id, DossierDocuments.Submission, "to-trinh-anh-chup.png", DossierDocumentsBuilder.Png));
        NominationPosts.Local(await staff.UploadAsync(id, DossierDocuments.Submission, "to-trinh-hong.pdf", NominationPosts.SmallPdf));

        using var reportResponse = await staff.GetAsync($"/DossierDocuments/Report/{id}");
        using var report = PdfReader.Open(new MemoryStream(await reportResponse.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        using var response = await staff.GetAsync($"/DossierDocuments/Dossier/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^Ho-so-de-nghi-khen-thuong-Luong-Thi-Hanh-\d{4}-\d{2}-\d{2}\.pdf$", response.Content.Headers.ContentDisposition?.FileNameStar);
        var dossierBytes = await response.Content.ReadAsByteArrayAsync();
        using var dossier = PdfReader.Open(new MemoryStream(dossierBytes), PdfDocumentOpenMode.Import);
        // A one-page cover, the report, the signed report (2 pages), the minutes (1 page); each part bookmarked at its first page.
        Assert.Equal(1 + report.PageCount + 2 + 1, dossier.PageCount);
        Assert.Equal(
            [("Bìa hồ sơ và thành phần hồ sơ", 1), ("Báo cáo thành tích", 2), ("Báo cáo thành tích: bao-cao-ky.pdf", 2 + report.PageCount),
                ("Biên bản họp xét của đơn vị: bien-ban-hop-xet.pdf", 4 + report.PageCount)],
            dossier.Outlines.Select(o => (o.Title, PageOf(dossier, o))));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == nameof(Nomination) && a.EntityId == id.ToString() && a.Changes!.Contains("Toàn bộ hồ sơ"))));

        var text = PdfText.Read(dossierBytes);
        text.AssertA4InLiberationSerif(); // the uploaded parts are A4 too, and carry no text
        Assert.Equal(["UBND TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc"], text.Pages[0].Lines.Take(2));
        Assert.Contains("HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", text.Pages[0].Lines);
        Assert.Contains("Cá nhân được đề nghị: Lương Thị Hạnh", text.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains($"Tệp gồm {dossier.PageCount} trang", text.Pages[0].Text, StringComparison.Ordinal);
        Assert.Equal("UBND TỈNH LẠNG SƠN SỞ Y TẾ", text.Pages[1].IssuerBlock);
        Assert.Contains("BÁO CÁO THÀNH TÍCH", text.Pages[1].Lines);
        Assert.Contains("Số: /BC-SYT", text.Pages[1].Text, StringComparison.Ordinal);
        Assert.Contains("- Họ và tên: Lương Thị Hạnh", text.Pages[1].Text, StringComparison.Ordinal);
        // The uploaded parts carry no text of their own: only the merged file's page number.
        Assert.All(text.Pages.Skip(1 + report.PageCount), p => Assert.Equal([p.Number.ToString()], p.Words.Select(w => w.Text)));

        var cover = await staff.GetPageAsync($"/DossierDocuments/Dossier/{id}?Preview=true");
        var notes = cover.QuerySelectorAll("table.cover-parts tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .Select(cells => (cells[2], cells[4])).ToList();
        Assert.Equal([
            ("", "Gộp trong tệp này"),
            ("to-trinh-anh-chup.png", "Kèm theo, không gộp"),
            ("to-trinh-hong.pdf", "Tệp PDF bị hỏng hoặc không đọc được, không gộp"),
            ("bao-cao-ky.pdf", "Gộp trong tệp này"),
            ("bien-ban-hop-xet.pdf", "Gộp trong tệp này")], notes);
        Assert.NotNull(cover.QuerySelector(".unreadable-note"));
        Assert.Equal("Lương Thị Hạnh", cover.QuerySelector(".cover-facts .nominee")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("canbo.tamthanh")]
    [InlineData("truongdonvi.tamthanh")]
    [InlineData("mttq")]
    public async Task Another_units_users_and_observers_get_403_on_every_document_route(string userName)
    {
        var id = await factory.NominationAsync("Vi Văn Nam", NomineeKind.Individual, true);
        await factory.EligibleAsync(id);
        using var client = await factory.SignInAsync(userName);

        foreach (var url in new[]
        {
            $"/DossierDocuments/Print/{id}", $"/DossierDocuments/Report/{id}?Preview=true", $"/DossierDocuments/Report/{id}",
            $"/DossierDocuments/Dossier/{id}?Preview=true", $"/DossierDocuments/Dossier/{id}",
        })
        {
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.Forbidden, $"GET {url} as {userName}");
        }
    }

    [Fact]
    public async Task A_council_member_reads_the_documents_only_once_Noi_vu_has_found_the_dossier_eligible()
    {
        var id = await factory.NominationAsync("Đinh Văn Toàn", NomineeKind.Individual, true);
        using var member = await factory.SignInAsync("hoidong1");

        var before = new[] { (await member.GetAsync($"/DossierDocuments/Report/{id}?Preview=true")).StatusCode, (await member.GetAsync($"/DossierDocuments/Dossier/{id}?Preview=true")).StatusCode };
        await factory.EligibleAsync(id);
        var after = new[] { (await member.GetAsync($"/DossierDocuments/Report/{id}?Preview=true")).StatusCode, (await member.GetAsync($"/DossierDocuments/Dossier/{id}?Preview=true")).StatusCode };

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], before);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], after);
        var cover = await member.GetPageAsync($"/DossierDocuments/Dossier/{id}?Preview=true");
        Assert.StartsWith("Số 99/TTr-SYT ngày ", cover.QuerySelector(".cover-facts .submission")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_too_long_number_is_refused_with_a_Vietnamese_message_and_nothing_is_exported()
    {
        var id = await factory.NominationAsync("Nông Văn Quý", NomineeKind.Individual, true);
        using var staff = await factory.SignInAsync("canbo.soyte");

        var page = await staff.GetPageAsync($"/DossierDocuments/Report/{id}?Number={new string('9', 60)}");

        Assert.Contains("Số văn bản không quá 50 ký tự.", page.ValidationMessages());
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Export && a.EntityId == id.ToString())));
    }

    private static int PageOf(PdfSharp.Pdf.PdfDocument document, PdfSharp.Pdf.PdfOutline outline) =>
        Enumerable.Range(0, document.PageCount).First(i => document.Pages[i].Reference == outline.DestinationPage!.Reference) + 1;
}
