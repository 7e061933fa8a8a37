using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests.Documents;

public sealed class PlanWorkbookTests
{
    private static readonly ContentAreaInfo[] Areas =
    [
        new(11, 1, "Phát triển kinh tế, tăng trưởng GRDP"),
        new(12, 2, "Giải ngân vốn đầu tư công"),
        new(13, 3, "Thu ngân sách"),
        new(14, 4, "Cải cách hành chính, chuyển đổi số"),
        new(15, 5, "Văn hóa, xã hội"),
    ];

    private static readonly ImportRules Rules = new(Areas, new DateOnly(2025, 10, 1), new DateOnly(2026, 6, 30));

    private readonly PlanWorkbook workbook = new();

    [Fact]
    public void The_template_has_a_frozen_bold_header_and_drop_downs_for_area_kind_and_direction()
    {
        using var book = new XLWorkbook(new MemoryStream(workbook.Template(Areas)));

        var sheet = book.Worksheet(TargetColumns.SheetName);
        Assert.Equal(
            ["Nội dung thi đua", "Tên mục tiêu, chỉ tiêu, nhiệm vụ", "Loại", "Đơn vị tính", "Chiều đánh giá", "Giá trị ban đầu",
             "Giá trị mục tiêu", "Người chịu trách nhiệm", "Chức vụ", "Thời hạn"],
            Enumerable.Range(1, 10).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal("[$-42A]dd/mm/yyyy", sheet.Cell(2, 10).Style.NumberFormat.Format);
        Assert.All(Enumerable.Range(1, 10), c => Assert.True(sheet.Column(c).Width >= 10));

        var lists = book.Worksheet(TargetColumns.ListSheetName);
        Assert.Equal(XLWorksheetVisibility.Hidden, lists.Visibility);
        Assert.Equal("1. Phát triển kinh tế, tăng trưởng GRDP", lists.Cell(2, 1).GetString());
        Assert.Equal("5. Văn hóa, xã hội", lists.Cell(6, 1).GetString());

        Assert.Equal("'Danh mục'!$A$2:$A$6", ListAt(sheet, "A2"));
        Assert.Equal("\"Chỉ tiêu định lượng,Nhiệm vụ\"", ListAt(sheet, "C2"));
        Assert.Equal("\"Càng cao càng tốt,Càng thấp càng tốt\"", ListAt(sheet, "E501"));

        var help = book.Worksheet(TargetColumns.HelpSheetName);
        var helpText = string.Join("\n", help.CellsUsed().Select(c => c.GetString()));
        Assert.Contains("Giá trị mục tiêu", helpText);
        Assert.Contains("1.234,5", helpText);
    }

    [Fact]
    public void A_filled_template_round_trips_into_targets()
    {
        var file = Filled(sheet =>
        {
            Row(sheet, 2, "1. Phát triển kinh tế, tăng trưởng GRDP", "Tăng trưởng GRDP", "Chỉ tiêu định lượng", "%", "Càng cao càng tốt", "7,5", "1.234,5", "Nguyễn Văn An", "Giám đốc", null);
            sheet.Cell(2, 10).SetValue(new DateTime(2025, 12, 31));
            Row(sheet, 3, null, "Số hồ sơ trễ hạn", "Chỉ tiêu định lượng", "hồ sơ", "Càng thấp càng tốt", null, "1234.5", "Trần Thị Bình", null, "15/11/2025");
            sheet.Cell(3, 1).SetValue(4);
            Row(sheet, 5, "2", "Hoàn thành đề án cửa khẩu thông minh", "Nhiệm vụ", null, null, null, null, "Lê Văn Cường", "Phó Giám đốc", "30/06/2026");
        });

        var result = workbook.Read(new MemoryStream(file), Rules);

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        Assert.Equal([2, 3, 5], result.Preview.Select(r => r.RowNumber));
        var growth = result.Rows[0];
        Assert.Equal((11, "Tăng trưởng GRDP", MeasureKind.Numeric, "%"), (growth.ContentAreaId, growth.Title, growth.MeasureKind, growth.UnitOfMeasure));
        Assert.Equal((7.5m, 1234.5m, new DateOnly(2025, 12, 31)), (growth.Baseline!.Value, growth.TargetValue!.Value, growth.Deadline));
        Assert.Equal(("Nguyễn Văn An", "Giám đốc"), (growth.ResponsibleName, growth.ResponsiblePosition));
        var late = result.Rows[1];
        Assert.Equal((14, MeasureDirection.LowerIsBetter, (decimal?)null, 1234.5m), (late.ContentAreaId, late.Direction, late.Baseline, late.TargetValue!.Value));
        var milestone = result.Rows[2];
        Assert.Equal((12, MeasureKind.Milestone, (string?)null, (decimal?)null), (milestone.ContentAreaId, milestone.MeasureKind, milestone.UnitOfMeasure, milestone.TargetValue));
        Assert.Equal(new DateOnly(2026, 6, 30), milestone.Deadline);
    }

    [Fact]
    public void A_bad_file_reports_each_error_at_its_row_and_column_in_Vietnamese()
    {
        var file = Filled(sheet =>
        {
            Row(sheet, 2, "1", "Chỉ tiêu đúng", "Chỉ tiêu định lượng", "%", null, null, "100", "Nguyễn Văn An", null, "31/12/2025");
            Row(sheet, 3, "1", "Thiếu giá trị mục tiêu", "Chỉ tiêu định lượng", "%", null, null, null, "Nguyễn Văn An", null, "31/12/2025");
            Row(sheet, 4, "2", "Ngày không có thật", "Nhiệm vụ", null, null, null, null, "Nguyễn Văn An", null, "31/02/2025");
            Row(sheet, 5, "9", "Nội dung không có", "Nhiệm vụ", null, null, null, null, "Nguyễn Văn An", null, "31/12/2025");
        });

        var result = workbook.Read(new MemoryStream(file), Rules);

        Assert.False(result.IsValid);
        Assert.Equal(
            [(3, "G", "Giá trị mục tiêu"), (4, "J", "Thời hạn"), (5, "A", "Nội dung thi đua")],
            result.Errors.Select(e => (e.RowNumber, e.ColumnLetter, e.ColumnName)));
        Assert.Equal("Dòng 3, cột G (Giá trị mục tiêu): Chỉ tiêu định lượng phải có giá trị mục tiêu.", result.Errors[0].ToString());
        Assert.Equal("Ngày \"31/02/2025\" không có thật trên lịch.", result.Errors[1].Message);
        Assert.Equal("Phong trào không có nội dung thi đua số 9; chỉ chọn từ 1–5.", result.Errors[2].Message);
        Assert.Equal(4, result.Preview.Count);
        Assert.Equal("Chỉ tiêu đúng", Assert.Single(result.Rows).Title);
    }

    [Fact]
    public void Missing_required_fields_and_over_long_texts_are_reported_per_cell()
    {
        var file = Filled(sheet =>
        {
            Row(sheet, 2, null, null, null, null, null, null, null, null, "Trưởng phòng", null);
            Row(sheet, 3, "3", new string('x', 501), "Chỉ tiêu định lượng", new string('%', 51), "Càng nhiều", "abc", "10", new string('n', 201), null, "01/09/2025");
            Row(sheet, 4, "3", "Sau khi phong trào kết thúc", "Nhiệm vụ", null, null, null, null, "An", null, "01/07/2026");
        });

        var result = workbook.Read(new MemoryStream(file), Rules);

        Assert.Equal(
            ["2A", "2B", "2C", "2H", "2J", "3B", "3D", "3E", "3F", "3H", "3J", "4J"],
            result.Errors.Select(e => e.RowNumber + e.ColumnLetter));
        Assert.Contains(result.Errors, e => e.Message == "Dài 501 ký tự, vượt quá 500 ký tự cho phép.");
        Assert.Contains(result.Errors, e => e.Message == "Thời hạn 01/09/2025 trước ngày bắt đầu phong trào (01/10/2025).");
        Assert.Contains(result.Errors, e => e.Message == "Thời hạn 01/07/2026 sau ngày kết thúc phong trào (30/06/2026).");
        Assert.Empty(result.Rows);
    }

    public static TheoryData<string, byte[]> NotExcelFiles => new()
    {
        { "garbage", [0x13, 0x37, 0x00, 0xFF, 0x42, 0x42, 0x42] },
        { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF") },
        { "empty", [] },
        { "zip without a workbook", ZipWithText() },
        { "truncated xlsx", new PlanWorkbook().Template(Areas)[..600] },
    };

    [Theory]
    [MemberData(nameof(NotExcelFiles))]
    public void A_file_that_is_not_an_xlsx_gives_one_Vietnamese_error_and_no_exception(string kind, byte[] content)
    {
        var result = workbook.Read(new MemoryStream(content), Rules);

        var error = Assert.Single(result.Errors);
        Assert.True(error.IsFileLevel, kind);
        Assert.Equal("Tệp không phải là tệp Excel (.xlsx) hợp lệ.", error.ToString());
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_workbook_without_the_targets_sheet_is_refused()
    {
        using var book = new XLWorkbook();
        book.Worksheets.Add("Sheet1").Cell(1, 1).SetValue("x");
        using var stream = new MemoryStream();
        book.SaveAs(stream);

        var result = workbook.Read(new MemoryStream(stream.ToArray()), Rules);

        Assert.StartsWith("Tệp không có trang tính \"Mục tiêu\"", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_moved_column_is_reported_on_the_header_row()
    {
        var file = Filled(sheet => sheet.Cell(1, 7).SetValue("Mục tiêu"));

        var error = Assert.Single(workbook.Read(new MemoryStream(file), Rules).Errors);

        Assert.Equal((1, "G"), (error.RowNumber, error.ColumnLetter));
        Assert.Contains("Tiêu đề cột phải là \"Giá trị mục tiêu\"", error.Message);
    }

    [Fact]
    public void More_than_500_rows_are_refused_and_an_empty_sheet_too()
    {
        var big = Filled(sheet =>
        {
            for (var row = 2; row <= 502; row++)
            {
                Row(sheet, row, "1", $"Mục tiêu {row}", "Nhiệm vụ", null, null, null, null, "An", null, "31/12/2025");
            }
        });

        Assert.Equal("Tệp có hơn 500 dòng mục tiêu. Hãy chia thành nhiều tệp, mỗi tệp tối đa 500 dòng.",
            Assert.Single(workbook.Read(new MemoryStream(big), Rules).Errors).Message);
        Assert.Contains("chưa có dòng mục tiêu nào", Assert.Single(workbook.Read(new MemoryStream(Filled(_ => { })), Rules).Errors).Message);
    }

    [Fact]
    public void Numbers_typed_as_numbers_percents_or_dates_as_serials_are_read()
    {
        var file = Filled(sheet =>
        {
            Row(sheet, 2, null, "Tỷ lệ hồ sơ trực tuyến", "Chỉ tiêu định lượng", "%", null, null, null, "An", null, null);
            sheet.Cell(2, 1).SetValue(4);
            sheet.Cell(2, 6).SetValue(0.6);
            sheet.Cell(2, 6).Style.NumberFormat.Format = "0%";
            sheet.Cell(2, 7).SetValue(1500.25);
            sheet.Cell(2, 10).SetValue(46022);
        });

        var target = Assert.Single(workbook.Read(new MemoryStream(file), Rules).Rows);

        Assert.Equal((60m, 1500.25m, new DateOnly(2025, 12, 31)), (target.Baseline!.Value, target.TargetValue!.Value, target.Deadline));
    }

    private static string ListAt(IXLWorksheet sheet, string address)
    {
        var validation = sheet.DataValidations.Single(v => v.Ranges.Any(r => r.Contains(sheet.Cell(address))));
        Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
        return validation.Value;
    }

    private static byte[] Filled(Action<IXLWorksheet> fill) => Filled(Areas, fill);

    /// <summary>The template of <paramref name="areas"/> as a user fills it in Excel, saved again.</summary>
    internal static byte[] Filled(IReadOnlyList<ContentAreaInfo> areas, Action<IXLWorksheet> fill)
    {
        using var book = new XLWorkbook(new MemoryStream(new PlanWorkbook().Template(areas)));
        fill(book.Worksheet(TargetColumns.SheetName));
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Row(IXLWorksheet sheet, int row, params string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                sheet.Cell(row, i + 1).SetValue(value);
            }
        }
    }

    private static byte[] ZipWithText()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("không phải Excel");
        }

        return stream.ToArray();
    }
}
