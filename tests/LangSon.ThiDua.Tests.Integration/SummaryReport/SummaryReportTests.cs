using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.SummaryReport;

/// <summary>Báo cáo tổng kết phong trào: the page, the PDF and the workbook agree with the data built by hand.</summary>
public sealed class SummaryReportTests(SummaryFactory factory) : IClassFixture<SummaryFactory>
{
    private const string BangKhenTinh = "Bằng khen của Chủ tịch UBND tỉnh";
    private const string BangKhenTtg = "Bằng khen của Thủ tướng Chính phủ";
    private const string TamThanhCum = "Cụm thi đua khu vực thành phố Lạng Sơn (cũ)";

    private static string Cell(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    [Fact]
    public async Task The_page_counts_plans_targets_by_area_and_nominations_by_form_as_built_by_hand()
    {
        await factory.DataAsync();
        using var council = await factory.SignInAsync("hoidong1");

        var page = await council.GetPageAsync("/SummaryReport");

        Assert.Equal(("5", "1", "8", "1"), (Cell(page, "[data-card=units]"), Cell(page, "[data-card=accepted]"), Cell(page, "[data-card=targets]"), Cell(page, "[data-card=achieved]")));
        Assert.Equal(["1", "1", "1", "1", "1"],
            new[] { "None", "Draft", "Submitted", "Returned", "Accepted" }.Select(s => Cell(page, $"[data-table=plans] tr[data-plan-status={s}] td")));
        // Area 1: Sở Y tế's achieved and overdue targets and Thất Khê's target without report: 2 units, 1 of 3 achieved.
        var area1 = "[data-table=areaStates] tr[data-area='1']";
        Assert.Equal(("2", "3", "1", "1", "1", "33,3 %"), (
            Cell(page, $"{area1} [data-field=units]"), Cell(page, $"{area1} [data-state=All]"), Cell(page, $"{area1} [data-state=Achieved]"),
            Cell(page, $"{area1} [data-state=Overdue]"), Cell(page, $"{area1} [data-state=NotStarted]"), Cell(page, $"{area1} [data-field=achieved-percent]")));
        Assert.Equal(("8", "1", "1", "1", "1", "4"), (
            Cell(page, "[data-area=All] [data-state=All]"), Cell(page, "[data-area=All] [data-state=Achieved]"), Cell(page, "[data-area=All] [data-state=OnTrack]"),
            Cell(page, "[data-area=All] [data-state=AtRisk]"), Cell(page, "[data-area=All] [data-state=Overdue]"), Cell(page, "[data-area=All] [data-state=NotStarted]")));
        // Tam Thanh's cụm: one active unit with a draft plan and one target.
        var cum = $"[data-table=groups] tr[data-group='{TamThanhCum}']";
        Assert.Equal(("1", "1", "0", "1"), (Cell(page, $"{cum} [data-field=units]"), Cell(page, $"{cum} [data-field=with-plan]"), Cell(page, $"{cum} [data-field=accepted]"), Cell(page, $"{cum} [data-field=targets]")));

        // Bằng khen tỉnh: 6 proposed (the draft is not counted), 5 reached the council, 3 passed, 2 awarded.
        var tinh = $"[data-table=awards] tr[data-form='{BangKhenTinh}']";
        Assert.Equal(("6", "2", "4", "5", "3", "2", "0"), (
            Cell(page, $"{tinh} [data-field=proposed]"), Cell(page, $"{tinh} [data-field=collectives]"), Cell(page, $"{tinh} [data-field=individuals]"),
            Cell(page, $"{tinh} [data-field=eligible]"), Cell(page, $"{tinh} [data-field=passed]"), Cell(page, $"{tinh} [data-field=decided]"), Cell(page, $"{tinh} [data-field=forwarded]")));
        var outcomes = $"[data-table=nominations] tr[data-form='{BangKhenTinh}']";
        Assert.Equal(["1", "1", "1", "1", "2", "0"],
            new[] { "InProgress", "Ineligible", "Failed", "Passed", "Awarded", "Forwarded" }.Select(o => Cell(page, $"{outcomes} [data-outcome={o}]")));
        Assert.Equal("1", Cell(page, $"[data-table=awards] tr[data-form='{BangKhenTtg}'] [data-field=forwarded]"));
        Assert.Equal(["2", "1"], page.QuerySelectorAll("[data-table=feedback-status] tbody td").Select(td => td.TextContent.Trim()));
        Assert.Equal(["1", "1", "0"], page.QuerySelectorAll("[data-table=exemplary] tbody td").Select(td => td.TextContent.Trim()));
        Assert.Equal(("5", "1", "20,0", "48,0"), (
            Cell(page, "[data-table=units] tr[data-unit=SYT] [data-field=targets]"),
            Cell(page, "[data-table=units] tr[data-unit=SYT] [data-field=achieved]"),
            Cell(page, "[data-table=units] tr[data-unit=SYT] [data-field=achieved-percent]"),
            Cell(page, "[data-table=units] tr[data-unit=SYT] [data-field=average]")));
        Assert.NotNull(page.QuerySelector("script#summary-data[type='application/json']"));
        Assert.Null(page.QuerySelector("a[href='/SummaryReport/Print']"));
    }

    [Fact]
    public async Task The_workbook_has_one_sheet_per_dimension_with_the_same_figures_and_the_download_is_audited()
    {
        var data = await factory.DataAsync();
        using var observer = await factory.SignInAsync("mttq");

        using var response = await observer.GetAsync("/SummaryReport/Export.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Bao-cao-tong-ket-{data.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.xlsx",
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["Nội dung thi đua", "Đơn vị", "Khối, cụm thi đua", "Hình thức khen thưởng"], book.Worksheets.Select(s => s.Name));

        var areas = book.Worksheet("Nội dung thi đua");
        Assert.StartsWith("BÁO CÁO TỔNG KẾT PHONG TRÀO THI ĐUA", areas.Cell(1, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal(3, areas.SheetView.SplitRow);
        Assert.Equal([2d, 3, 1, 0, 0, 1, 0, 1, 33.3], Enumerable.Range(3, 9).Select(c => areas.Cell(4, c).GetDouble()));
        Assert.Equal("Tổng cộng", areas.Cell(9, 2).GetString());
        Assert.Equal([8d, 1, 1, 1, 1, 0, 4], Enumerable.Range(4, 7).Select(c => areas.Cell(9, c).GetDouble()));

        var units = book.Worksheet("Đơn vị");
        var syt = units.Column(2).CellsUsed().Single(c => c.GetString() == "SYT").Address.RowNumber;
        Assert.Equal(("Sở Y tế", "Đã chấp thuận"), (units.Cell(syt, 3).GetString(), units.Cell(syt, 6).GetString()));
        Assert.Equal([5d, 1, 1, 20, 48], Enumerable.Range(7, 5).Select(c => units.Cell(syt, c).GetDouble()));

        var groups = book.Worksheet("Khối, cụm thi đua");
        var cum = groups.Column(2).CellsUsed().Single(c => c.GetString() == TamThanhCum).Address.RowNumber;
        Assert.Equal(("Cụm thi đua", 1d, 1d, 0d, 1d), (groups.Cell(cum, 3).GetString(), groups.Cell(cum, 4).GetDouble(), groups.Cell(cum, 5).GetDouble(),
            groups.Cell(cum, 6).GetDouble(), groups.Cell(cum, 7).GetDouble()));

        var awards = book.Worksheet("Hình thức khen thưởng");
        var tinh = awards.Column(2).CellsUsed().Single(c => c.GetString() == BangKhenTinh).Address.RowNumber;
        Assert.Equal([6d, 2, 4, 5, 1, 3, 1, 2, 0, 1, 1], Enumerable.Range(3, 11).Select(c => awards.Cell(tinh, c).GetDouble()));

        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == "SummaryReport" && a.EntityId == "Excel" && a.UserName == "mttq")));
    }

    [Fact]
    public async Task Noi_vu_sets_the_heading_and_the_pdf_is_a_bao_cao_of_So_Noi_vu_with_the_figures()
    {
        await factory.DataAsync();
        using var noivu = await factory.SignInAsync("noivu");

        var print = await noivu.GetPageAsync("/SummaryReport/Print");
        Assert.Equal("Giám đốc", print.QuerySelector("#SignerTitle")!.GetAttribute("value"));
        using var response = await noivu.GetAsync("/SummaryReport/Export.pdf?Number=45%2FBC-SNV&Date=2025-12-28&SignerTitle=Gi%C3%A1m%20%C4%91%E1%BB%91c&SignerName=Nguy%E1%BB%85n%20V%C4%83n%20B%C3%A1o");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bao-cao-tong-ket-45-BC-SNV-2025-12-28.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        pdf.AssertA4InLiberationSerif(landscapeAllowed: true);
        Assert.Contains("SỞ NỘI VỤ", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Số: 45/BC-SNV", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Lạng Sơn, ngày 28 tháng 12 năm 2025", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Tổng kết phong trào thi đua", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn Báo", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Các đơn vị đăng ký 8 mục tiêu", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("đã trình 7 hồ sơ đề nghị khen thưởng", pdf.Text, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == "SummaryReport" && a.EntityId == "Pdf" && a.UserName == "noivu")));
    }

    [Fact]
    public async Task Other_readers_download_the_pdf_with_the_default_heading_and_cannot_open_the_print_page()
    {
        await factory.DataAsync();
        using var observer = await factory.SignInAsync("mttq");

        using var print = await observer.GetAsync("/SummaryReport/Print");
        var preview = await observer.GetPageAsync("/SummaryReport/Export.pdf?Preview=true&Number=99%2FBC-GIA&SignerName=Gi%E1%BA%A3%20M%E1%BA%A1o");

        Assert.Equal(HttpStatusCode.Forbidden, print.StatusCode);
        Assert.Equal("Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-SNV", preview.QuerySelector(".doc-number")!.TextContent.Trim());
        Assert.DoesNotContain("Giả Mạo", preview.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Noi_vu_gets_a_Vietnamese_message_for_a_heading_too_long()
    {
        await factory.DataAsync();
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/SummaryReport/Export.pdf?Number=" + new string('9', 60));

        Assert.Contains("Số văn bản không quá 50 ký tự.", page.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim()));
    }

    [Theory]
    [InlineData("canbo.soyte")]
    [InlineData("truongdonvi.soyte")]
    public async Task Unit_users_are_refused_every_route(string user)
    {
        using var client = await factory.SignInAsync(user);

        foreach (var url in new[] { "/SummaryReport", "/SummaryReport/Print", "/SummaryReport/Export.pdf", "/SummaryReport/Export.xlsx" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }
}
