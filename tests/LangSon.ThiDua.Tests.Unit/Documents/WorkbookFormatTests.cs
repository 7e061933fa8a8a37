using System.Globalization;
using ClosedXML.Excel;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests.Documents;

/// <summary>
/// What a reader of the workbooks sees (issue 18): numbers in number cells, shown through their formats as Excel shows
/// them (ExcelNumberFormat, the formatter ClosedXML ships with); wrapped rows as tall as their lines; the vi-VN locale
/// on every date format.
/// </summary>
public sealed class WorkbookFormatTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The cell as Excel shows it: its value through its number format.</summary>
    private static string Shown(IXLCell cell) =>
        new ExcelNumberFormat.NumberFormat(cell.Style.NumberFormat.Format).Format(cell.Value, Vi);

    private static VoteResultsModel Votes(string name = "Nông Văn Bảy") => new(
        "Phiên họp xét khen thưởng năm 2025", new DateOnly(2026, 1, 10), "Phòng họp số 1", 9, 8, 8,
        [
            new VoteResultRow(name, NomineeKind.Individual, "Bác sĩ", "Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh",
                7, 1, 0, 87.5m, PassBase.Voters, 6, 6, true, true),
        ]);

    [Fact]
    public void The_vote_results_keep_members_present_and_the_quorum_as_numbers_shown_8_of_9_and_6_đạt()
    {
        using var book = new XLWorkbook(new MemoryStream(VoteResultsWorkbook.Write(Votes())));
        var sheet = book.Worksheet(1);

        var (present, quorum) = (sheet.Cell(5, 7), sheet.Cell(5, 14));

        Assert.Equal((XLDataType.Number, 8d), (present.DataType, present.GetDouble()));
        Assert.Equal("8/9", Shown(present));
        Assert.Equal((XLDataType.Number, 6d), (quorum.DataType, quorum.GetDouble()));
        Assert.Equal("6 (đạt)", Shown(quorum));
    }

    [Fact]
    public void A_row_whose_text_wraps_is_given_the_height_of_its_lines()
    {
        var name = "Khoa Hồi sức tích cực - Chống độc, Bệnh viện Đa khoa tỉnh Lạng Sơn, "
            + "đơn vị dẫn đầu phong trào thi đua";
        using var book = new XLWorkbook(new MemoryStream(VoteResultsWorkbook.Write(Votes(name))));
        var sheet = book.Worksheet(1);

        // 102 characters in a 28-character column: four lines or more, about 16 pt each.
        Assert.True(sheet.Row(5).Height >= 4 * 15, $"Row 5 is {sheet.Row(5).Height} pt high");
    }

    [Fact]
    public void The_import_template_shows_a_whole_number_without_a_dangling_separator()
    {
        var template = new PlanWorkbook().Template([new ContentAreaInfo(11, 1, "Kinh tế")]);
        using var book = new XLWorkbook(new MemoryStream(template));
        var sheet = book.Worksheet(TargetColumns.SheetName);

        foreach (var column in new[] { TargetColumns.Baseline.Number, TargetColumns.TargetValue.Number })
        {
            var cell = sheet.Cell(2, column);
            cell.SetValue(100);
            Assert.Equal("100", Shown(cell));
            cell.SetValue(12.5);
            Assert.Equal("12,5", Shown(cell));
        }
    }

    [Fact]
    public void Every_date_format_is_tied_to_vi_VN_so_LibreOffice_shows_the_day_first_on_any_desktop()
    {
        var row = new AuditExportRow(
            1, new DateTime(2026, 12, 4, 9, 5, 0), "admin", null, "Đăng nhập", "Người dùng", null, null);
        using var book = new XLWorkbook(new MemoryStream(AuditWorkbook.Write([row], 10)));
        var date = book.Worksheet(1).Cell(4, 2);

        Assert.Equal(XLDataType.DateTime, date.DataType);
        Assert.StartsWith("[$-42A]", date.Style.NumberFormat.Format, StringComparison.Ordinal);
        Assert.Equal("04/12/2026 09:05:00", Shown(date));
    }
}
