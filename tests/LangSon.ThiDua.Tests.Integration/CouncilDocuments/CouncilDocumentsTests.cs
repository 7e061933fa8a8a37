using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.CouncilDocuments;

/// <summary>
/// Biên bản họp Hội đồng, Biên bản kiểm phiếu (HTML preview and PDF printed by Chromium) and the results workbook of a
/// closed council session: what they say, who may have them, and that they never reveal how a member voted.
/// </summary>
public sealed class CouncilDocumentsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const VoteChoice Agree = VoteChoice.Agree;
    private const VoteChoice Disagree = VoteChoice.Disagree;
    private const VoteChoice Abstain = VoteChoice.Abstain;

    // A ballot's "Đồng ý", "Không đồng ý", "Không biểu quyết".
    private static readonly string[] ChoiceWords = ["đồng ý", "biểu quyết"];

    [Fact]
    public async Task The_minutes_print_page_proposes_the_meeting_day_the_first_member_present_as_chair_and_a_NoiVu_officer_as_secretary()
    {
        var id = await factory.ClosedSessionAsync();
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/CouncilDocuments/Minutes/{id}");

        Assert.Equal("10/01/2026", page.QuerySelector("#Date")!.GetAttribute("value"));
        Assert.Equal(("Lương Văn Bình", "Chủ tịch Hội đồng"), (page.QuerySelector("#ChairName")!.GetAttribute("value"), page.QuerySelector("#ChairPosition")!.GetAttribute("value")));
        Assert.Equal("Hoàng Thị Thu Hà", page.QuerySelector("#SecretaryName")!.GetAttribute("value"));
        Assert.Equal("11:30", page.QuerySelector("#EndTime")!.GetAttribute("value"));
        Assert.StartsWith("Họp xét khen thưởng phong trào thi đua", page.QuerySelector("#Subject")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Equal($"/CouncilDocuments/MinutesPdf/{id}", page.QuerySelector("#print-form")!.GetAttribute("action"));
    }

    [Fact]
    public async Task The_tally_print_page_proposes_a_counting_committee_of_council_members_present_headed_by_the_one_after_the_chair()
    {
        var id = await factory.ClosedSessionAsync();
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/CouncilDocuments/Tally/{id}");

        // The head of the counting committee is a council member present, never a Sở Nội vụ officer who is not one.
        var members = await factory.MemberNamesAsync(9);
        var head = page.QuerySelector("#HeadName")!.GetAttribute("value");
        Assert.Contains(head, members);
        Assert.Equal(("Vi Thị Hồng", "Phó Chủ tịch Hội đồng"), (head, page.QuerySelector("#HeadPosition")!.GetAttribute("value")));
        Assert.Equal("Hoàng Văn Sơn, Ủy viên Hội đồng\nNông Thị Lan, Ủy viên Hội đồng", page.QuerySelector("#Members")!.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.Equal($"/CouncilDocuments/TallyPdf/{id}", page.QuerySelector("#print-form")!.GetAttribute("action"));
    }

    [Fact]
    public async Task The_minutes_preview_is_a_council_biên_bản_with_composition_agenda_conclusions_and_two_signatures()
    {
        var id = await factory.ClosedSessionAsync("Lò Văn Tám", "Hà Thị Chín");
        using var noivu = await factory.SignInAsync("noivu");

        var doc = await noivu.GetPageAsync($"/CouncilDocuments/MinutesPdf/{id}?Preview=true&Number=05%2FBB-H%C4%90T%C4%90KT&StartTime=08%3A30&EndTime=11%3A30&SecretaryName=Tr%E1%BA%A7n+V%C4%83n+Th%C6%B0");

        Assert.Equal(("UBND TỈNH LẠNG SƠN", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"), (Text(doc, ".issuer .parent"), Text(doc, ".issuer .body")));
        Assert.Equal(("Số: 05/BB-HĐTĐKT", "Lạng Sơn, ngày 10 tháng 01 năm 2026"), (Text(doc, ".doc-number"), Text(doc, ".doc-date")));
        Assert.Equal("Biên bản", Text(doc, ".doc-title .type"));
        Assert.StartsWith("Họp xét khen thưởng phong trào thi đua", Text(doc, ".doc-title .subject"), StringComparison.Ordinal);
        var body = Text(doc, ".doc-body").Normalized();
        Assert.Contains("Vào hồi 08 giờ 30 phút, ngày 10 tháng 01 năm 2026, tại Phòng họp số 1, Trụ sở UBND tỉnh", body, StringComparison.Ordinal);
        Assert.Contains("Thành viên Hội đồng được mời: 9; có mặt: 7; vắng mặt: 2.", body, StringComparison.Ordinal);
        var composition = Text(doc, ".bb-composition").Normalized();
        Assert.Contains("- Đồng chí Lương Văn Bình, Chủ tịch Hội đồng;", composition, StringComparison.Ordinal);
        Assert.Contains("Thư ký: đồng chí Trần Văn Thư, Chuyên viên Ban Thi đua - Khen thưởng.", composition, StringComparison.Ordinal);
        Assert.Equal(["Lò Văn Tám, Bác sĩ", "Hà Thị Chín, Bác sĩ"], doc.QuerySelectorAll("table.agenda-table tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()));
        Assert.Contains("Hội đồng đã nghe Sở Nội vụ", body, StringComparison.Ordinal);
        Assert.Contains("bỏ phiếu kín", body, StringComparison.Ordinal);
        Assert.Contains(
            "số phiếu phát ra 9, số phiếu thu về 7 (7 phiếu của thành viên có mặt, " +
            "0 ý kiến bằng văn bản của thành viên vắng mặt); " +
            "2 thành viên vắng mặt không gửi ý kiến", body, StringComparison.Ordinal);
        Assert.Contains("Đồng chí Lộc Văn Hùng, Ủy viên thư ký Hội đồng (không gửi ý kiến).", composition,
            StringComparison.Ordinal);
        var conclusion = Assert.Single(doc.QuerySelectorAll(".bb-conclusion")).TextContent;
        Assert.Contains("xét 2 hồ sơ", conclusion, StringComparison.Ordinal);
        Assert.Contains("1 hồ sơ đạt từ 70% phiếu đồng ý trở lên", conclusion, StringComparison.Ordinal);
        Assert.Contains("gồm 1 cá nhân; 1 hồ sơ không đạt", conclusion, StringComparison.Ordinal);
        Assert.Equal("Cuộc họp kết thúc vào hồi 11 giờ 30 phút cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất.", Text(doc, ".bb-closing"));
        Assert.Equal(("Thư ký", "Trần Văn Thư"), (Text(doc, ".bb-signatures .bb-left .title"), Text(doc, ".bb-signatures .bb-left .name")));
        Assert.Equal(("Chủ trì", "Lương Văn Bình"), (Text(doc, ".bb-signatures .bb-right .title"), Text(doc, ".bb-signatures .bb-right .name")));
    }

    [Fact]
    public async Task The_tally_preview_counts_ballots_and_votes_per_nomination_with_the_rule_applied()
    {
        var id = await factory.ClosedSessionAsync("Vy Văn Mười", "Lăng Thị Một");
        using var chairman = await factory.SignInAsync("hoidong1");

        var doc = await chairman.GetPageAsync($"/CouncilDocuments/TallyPdf/{id}?Preview=true");

        Assert.Equal("Biên bản", Text(doc, ".doc-title .type"));
        Assert.StartsWith("Kiểm phiếu bầu", Text(doc, ".doc-title .subject"), StringComparison.Ordinal);
        Assert.Equal("Số:        /BB-HĐTĐKT", Text(doc, ".doc-number"));
        Assert.Contains("1. Đồng chí Vi Thị Hồng, Phó Chủ tịch Hội đồng – Trưởng ban;", Text(doc, ".bb-committee"), StringComparison.Ordinal);
        var counts = doc.QuerySelectorAll(".bb-ballots [data-count]").ToDictionary(e => e.GetAttribute("data-count")!, e => e.TextContent);
        Assert.Equal(("9", "7", "9", "7", "7", "0"),
            (counts["members"], counts["present"], counts["issued"], counts["received"], counts["valid"],
            counts["invalid"]));
        Assert.Equal(("7", "0", "2"), (counts["present-voted"], counts["written"], counts["not-returned"]));
        var rule = Text(doc, ".bb-rules").Normalized();
        Assert.Contains("số phiếu thu về tối thiểu 66,67% tổng số thành viên Hội đồng (6 phiếu) – đạt", rule,
            StringComparison.Ordinal);
        Assert.Contains("từ 70% phiếu đồng ý trở lên trên tổng số thành viên Hội đồng (tối thiểu 7 phiếu)", rule,
            StringComparison.Ordinal);
        var rows = doc.QuerySelectorAll("table.vote-table tbody tr")
            .Select(tr => tr.QuerySelectorAll("td[data-col]").ToDictionary(td => td.GetAttribute("data-col")!, td => td.TextContent.Trim())).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("Vy Văn Mười, Bác sĩ", "Sở Y tế", "7", "77,78", "0", "0", "Thông qua"),
            (rows[0]["name"], rows[0]["unit"], rows[0]["agree"], rows[0]["share"], rows[0]["disagree"], rows[0]["abstain"], rows[0]["result"]));
        Assert.Equal(("4", "44,44", "2", "1", "Không thông qua"),
            (rows[1]["agree"], rows[1]["share"], rows[1]["disagree"], rows[1]["abstain"], rows[1]["result"]));
        Assert.Equal(("Trưởng ban kiểm phiếu", "Vi Thị Hồng"), (Text(doc, ".bb-signatures .bb-right .title"), Text(doc, ".bb-signatures .bb-right .name")));
    }

    [Fact]
    public async Task No_document_puts_a_member_next_to_a_choice_or_prints_when_a_ballot_was_cast()
    {
        var id = await factory.ClosedSessionAsync("Đàm Thị Hai", "Hoàng Văn Ba");
        var members = await factory.MemberNamesAsync(9);
        using var noivu = await factory.SignInAsync("noivu");

        var tally = await noivu.GetPageAsync($"/CouncilDocuments/TallyPdf/{id}?Preview=true");
        var minutes = await noivu.GetPageAsync($"/CouncilDocuments/MinutesPdf/{id}?Preview=true");

        AssertNamesOnlyIn(tally, members, ".bb-committee", ".bb-signatures");
        AssertNamesOnlyIn(minutes, members, ".bb-composition", ".bb-signatures");
        Assert.DoesNotContain(members, m => Text(tally, "table.vote-table").Contains(m, StringComparison.Ordinal));
        foreach (var html in new[] { tally.DocumentElement.OuterHtml, minutes.DocumentElement.OuterHtml })
        {
            for (var i = 0; i < 7; i++)
            {
                var cast = CouncilDocumentsBuilder.ReceiptUtc(i).AddHours(7);
                Assert.DoesNotContain($"{cast:HH:mm}", html, StringComparison.Ordinal);
                Assert.DoesNotContain($"{cast:HH} giờ {cast:mm}", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Both_biên_bản_print_to_pdf_files_named_with_number_and_date_and_the_exports_are_audited()
    {
        var id = await factory.ClosedSessionAsync();
        using var noivu = await factory.SignInAsync("noivu");

        using var minutes = await noivu.GetAsync($"/CouncilDocuments/MinutesPdf/{id}?Number=05%2FBB-H%C4%90T%C4%90KT");
        using var tally = await noivu.GetAsync($"/CouncilDocuments/TallyPdf/{id}");

        foreach (var response in new[] { minutes, tally })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
        }

        Assert.Equal("Bien-ban-hop-Hoi-dong-05-BB-HDTDKT-2026-01-10.pdf", minutes.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("Bien-ban-kiem-phieu-2026-01-10.pdf", tally.Content.Headers.ContentDisposition?.FileName);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == nameof(CouncilSession) && a.EntityId == id.ToString() && a.UserName == "noivu"));
        Assert.Equal(2, audited);

        var (minutesPdf, tallyPdf) = (PdfText.Read(await minutes.Content.ReadAsByteArrayAsync()), PdfText.Read(await tally.Content.ReadAsByteArrayAsync()));
        foreach (var pdf in new[] { minutesPdf, tallyPdf })
        {
            pdf.AssertA4InLiberationSerif();
            Assert.Equal(2, pdf.PageCount);
            Assert.Equal("UBND TỈNH LẠNG SƠN HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", pdf.Pages[0].IssuerBlock);
            Assert.Contains("BIÊN BẢN", pdf.Pages[0].Lines);
            Assert.Contains("Lạng Sơn, ngày 10 tháng 01 năm 2026", pdf.Pages[0].Lines);
        }

        Assert.Contains("Số: 05/BB-HĐTĐKT", minutesPdf.Pages[0].Lines);
        Assert.Contains("- Đồng chí Lương Văn Bình, Chủ tịch Hội đồng;", minutesPdf.Pages[0].Lines);
        Assert.All(["Nông Văn Bảy, Bác sĩ", "Hứa Thị Sáu, Bác sĩ"], n => Assert.Contains(n, minutesPdf.Text, StringComparison.Ordinal));
        Assert.Contains("Số: /BB-HĐTĐKT", tallyPdf.Pages[0].Lines); // number left blank
        Assert.Contains("Kiểm phiếu bầu xét đề nghị khen thưởng", tallyPdf.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("2. Đồng chí Hoàng Văn Sơn, Ủy viên Hội đồng – Thành viên;", tallyPdf.Pages[0].Lines);
        Assert.Contains("2 Hứa Thị Sáu, Bác sĩ Sở Y tế Bằng khen 4 44,44 2 1 Không", tallyPdf.Lines); // the counts only

        var members = await factory.MemberNamesAsync(9); // secrecy: no printed line names a member next to a choice word
        tallyPdf.AssertNoLineJoins(members, ChoiceWords);
        minutesPdf.AssertNoLineJoins(members, ChoiceWords);
        Assert.Contains(tallyPdf.Lines, l => ChoiceWords.Any(w => l.Contains(w, StringComparison.OrdinalIgnoreCase))); // the check can fail

        // Signed in two columns, each centred on its half of the text (A4, margins 30 mm left and 15 mm right: 85–553 pt).
        var (left, right) = (202d, 436d);
        PdfText.AssertCentred(minutesPdf.Pages[^1], ("THƯ KÝ", left), ("Hoàng Thị Thu Hà", left), ("CHỦ TRÌ", right), ("Lương Văn Bình", right));
        PdfText.AssertCentred(tallyPdf.Pages[^1],
            ("THÀNH VIÊN BAN KIỂM PHIẾU", left), ("Hoàng Văn Sơn", left), ("TRƯỞNG BAN KIỂM PHIẾU", right), ("Vi Thị Hồng", right));
    }

    [Fact]
    public async Task The_results_workbook_holds_the_counts_of_each_nomination_and_is_audited()
    {
        var id = await factory.ClosedSessionAsync("Lương Thị Năm", "Mã Văn Sáu");
        using var member = await factory.SignInAsync("hoidong3");

        using var response = await member.GetAsync($"/CouncilDocuments/Excel/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Ket-qua-bo-phieu-2026-01-10-phien-{id}.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = book.Worksheet(1);
        Assert.Equal(
            "Thành viên Hội đồng: 9; có mặt: 7; số phiếu phát ra: 9; " +
            "số phiếu thu về: 7 (ý kiến bằng văn bản: 0); không gửi ý kiến: 2.",
            sheet.Cell(3, 1).GetString());
        Assert.Equal(("Lương Thị Năm", 7d, 7d, 0d, 0d, "Thông qua"), // members present: a number, shown "7/9"
            (sheet.Cell(5, 2).GetString(), sheet.Cell(5, 7).GetDouble(), sheet.Cell(5, 8).GetDouble(),
            sheet.Cell(5, 9).GetDouble(), sheet.Cell(5, 10).GetDouble(), sheet.Cell(5, 15).GetString()));
        Assert.Equal(0.7778, sheet.Cell(5, 11).GetDouble(), 4);
        Assert.Equal(("Mã Văn Sáu", 4d, 2d, 1d, "Không thông qua"),
            (sheet.Cell(6, 2).GetString(), sheet.Cell(6, 8).GetDouble(), sheet.Cell(6, 9).GetDouble(), sheet.Cell(6, 10).GetDouble(), sheet.Cell(6, 15).GetString()));
        var members = await factory.MemberNamesAsync(9);
        Assert.DoesNotContain(sheet.CellsUsed(), c => members.Any(m => c.GetString().Contains(m, StringComparison.Ordinal)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == nameof(CouncilSession) && a.EntityId == id.ToString() && a.UserName == "hoidong3")));
    }

    [Fact]
    public async Task The_biên_bản_count_the_written_opinions_of_absent_members_and_name_who_sent_none()
    {
        // Six present vote, hoidong7 (absent) sends a written opinion, hoidong8 and hoidong9 (absent) send nothing.
        var id = await factory.SessionAsync(9, 6, ["Bế Văn Viết"],
            [[Agree], [Agree], [Agree], [Agree], [Agree], [Agree], [Agree]]);
        using var noivu = await factory.SignInAsync("noivu");

        var minutes = await noivu.GetPageAsync($"/CouncilDocuments/MinutesPdf/{id}?Preview=true");
        var tally = await noivu.GetPageAsync($"/CouncilDocuments/TallyPdf/{id}?Preview=true");

        var composition = Text(minutes, ".bb-composition").Normalized();
        var names = await factory.MemberNamesAsync(9);
        // hoidong7 is the first of three absent members: its line ends with ";".
        Assert.Contains($"{names[6]}, Ủy viên Hội đồng (có ý kiến bằng văn bản);", composition,
            StringComparison.Ordinal);
        Assert.Contains("(không gửi ý kiến)", composition, StringComparison.Ordinal);
        Assert.Contains("số phiếu thu về 7 (6 phiếu của thành viên có mặt, 1 ý kiến bằng văn bản",
            Text(minutes, "#ballot-count").Normalized(), StringComparison.Ordinal);
        var counts = tally.QuerySelectorAll(".bb-ballots [data-count]")
            .ToDictionary(e => e.GetAttribute("data-count")!, e => e.TextContent);
        Assert.Equal(("9", "6", "3", "9", "7", "6", "1", "2"),
            (counts["members"], counts["present"], counts["absent"], counts["issued"],
            counts["received"], counts["present-voted"], counts["written"], counts["not-returned"]));
        var row = tally.QuerySelectorAll("table.vote-table tbody tr td[data-col]")
            .ToDictionary(td => td.GetAttribute("data-col")!, td => td.TextContent.Trim());
        Assert.Equal(("7", "77,78", "Thông qua"), (row["agree"], row["share"], row["result"]));
    }

    private static string Text(IHtmlDocument doc, string selector)
    {
        var element = doc.QuerySelector(selector);
        Assert.True(element is not null, $"Nothing matches {selector}");
        return element.TextContent.Replace('\u00a0', ' ').Trim();
    }

    /// <summary>Every piece of text holding a member's name sits inside one of the allowed sections, and says nothing of a choice.</summary>
    private static void AssertNamesOnlyIn(IHtmlDocument doc, IReadOnlyList<string> members, params string[] allowed)
    {
        var texts = doc.Descendants<IText>().Where(t => members.Any(m => t.Data.Contains(m, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(
            t.ParentElement is { } parent && allowed.Any(a => parent.Closest(a) is not null),
            $"A member's name outside the composition: <{t.ParentElement?.LocalName} class=\"{t.ParentElement?.ClassName}\">{t.Data}"));
        Assert.All(texts, t => Assert.DoesNotContain("đồng ý", t.ParentElement!.TextContent, StringComparison.OrdinalIgnoreCase));
    }
}
