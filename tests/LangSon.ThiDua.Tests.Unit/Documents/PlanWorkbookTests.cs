using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using LangSon.ThiDua.Documents;

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
        var result = workbook.Read(new MemoryStream(content));

        var error = Assert.Single(result.Errors);
        Assert.True(error.IsFileLevel, kind);
        Assert.Equal("Tệp không phải là tệp Excel (.xlsx) hợp lệ.", error.ToString());
        Assert.Empty(result.Preview);
    }

    [Fact]
    public void A_workbook_without_the_targets_sheet_is_refused()
    {
        using var book = new XLWorkbook();
        book.Worksheets.Add("Sheet1").Cell(1, 1).SetValue("x");
        using var stream = new MemoryStream();
        book.SaveAs(stream);

        var result = workbook.Read(new MemoryStream(stream.ToArray()));

        Assert.StartsWith("Tệp không có trang tính \"Mục tiêu\"", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_moved_column_is_reported_on_the_header_row()
    {
        var file = Filled(sheet => sheet.Cell(1, 7).SetValue("Mục tiêu"));

        var error = Assert.Single(workbook.Read(new MemoryStream(file)).Errors);

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
            Assert.Single(workbook.Read(new MemoryStream(big)).Errors).Message);
        Assert.Contains("chưa có dòng mục tiêu nào",
            Assert.Single(workbook.Read(new MemoryStream(Filled(_ => { }))).Errors).Message);
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

    internal static void Row(IXLWorksheet sheet, int row, params string?[] values)
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
