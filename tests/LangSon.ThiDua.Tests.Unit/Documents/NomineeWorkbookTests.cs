using ClosedXML.Excel;
using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests.Documents;

public sealed class NomineeWorkbookTests
{
    private const string Province = "Bằng khen của Chủ tịch UBND tỉnh";
    private const string PrimeMinister = "Bằng khen của Thủ tướng Chính phủ";

    private static readonly NomineeWorkbookModel Model = new()
    {
        IssuingParent = "UBND TỈNH LẠNG SƠN",
        IssuingBody = "Sở Y tế",
        Title = "Danh sách tập thể, cá nhân đề nghị khen thưởng",
        Subtitle = "(Kèm theo Tờ trình số 45/TTr-SYT ngày 15/12/2025 của Sở Y tế)",
        Rows =
        [
            new(PrimeMinister, 3, NomineeKind.Individual, "Bế Văn Thành", "Giám đốc", "Bệnh viện Phổi tỉnh", "Sở Y tế"),
            new(Province, 2, NomineeKind.Individual, "Nguyễn Thị Lan", "Trưởng khoa", "Bệnh viện Đa khoa tỉnh", "Sở Y tế", "Đề nghị lần đầu"),
            new(Province, 2, NomineeKind.Collective, "Phòng Nghiệp vụ Y", null, "Sở Y tế", "Sở Y tế"),
            new(Province, 2, NomineeKind.Individual, "Đinh Văn An", "Bác sĩ", null, "Sở Y tế"),
            new(Province, 2, NomineeKind.Collective, "Khoa Hồi sức tích cực", null, "Bệnh viện Đa khoa tỉnh", "Sở Y tế"),
        ],
    };

    [Fact]
    public void The_list_has_the_title_block_and_the_nominees_by_award_form_then_kind_then_name()
    {
        using var book = Open(Model);
        var sheet = book.Worksheet(NomineeWorkbook.SheetName);

        Assert.Equal(("UBND TỈNH LẠNG SƠN", "SỞ Y TẾ"), (sheet.Cell(1, 1).GetString(), sheet.Cell(2, 1).GetString()));
        Assert.True(sheet.Cell(2, 1).Style.Font.Bold);
        Assert.Equal("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG", sheet.Cell(NomineeWorkbook.TitleRow, 1).GetString());
        Assert.True(sheet.Cell(NomineeWorkbook.TitleRow, 1).IsMerged());
        Assert.Equal(Model.Subtitle, sheet.Cell(NomineeWorkbook.SubtitleRow, 1).GetString());
        Assert.True(sheet.Cell(NomineeWorkbook.SubtitleRow, 1).Style.Font.Italic);
        Assert.Equal(
            ["TT", "Tên tập thể, họ và tên", "Chức vụ", "Nơi công tác", "Đơn vị đề nghị", "Hình thức khen thưởng", "Ghi chú"],
            Enumerable.Range(1, 7).Select(c => sheet.Cell(NomineeWorkbook.HeaderRow, c).GetString()));

        string[][] expected =
        [
            ["I", "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH", "", "", "", "", ""],
            ["", "Tập thể (2)", "", "", "", "", ""],
            ["1", "Khoa Hồi sức tích cực", "", "Bệnh viện Đa khoa tỉnh", "Sở Y tế", Province, ""],
            ["2", "Phòng Nghiệp vụ Y", "", "Sở Y tế", "Sở Y tế", Province, ""],
            ["", "Cá nhân (2)", "", "", "", "", ""],
            ["1", "Đinh Văn An", "Bác sĩ", "", "Sở Y tế", Province, ""],
            ["2", "Nguyễn Thị Lan", "Trưởng khoa", "Bệnh viện Đa khoa tỉnh", "Sở Y tế", Province, "Đề nghị lần đầu"],
            ["II", "BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ", "", "", "", "", ""],
            ["", "Cá nhân (1)", "", "", "", "", ""],
            ["1", "Bế Văn Thành", "Giám đốc", "Bệnh viện Phổi tỉnh", "Sở Y tế", PrimeMinister, ""],
        ];
        var first = NomineeWorkbook.HeaderRow + 1;
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], Enumerable.Range(1, 7).Select(c => sheet.Cell(first + i, c).GetString()));
        }

        Assert.True(sheet.Row(first + expected.Length).IsEmpty());
        Assert.Equal(1, sheet.Cell(first + 2, 1).GetValue<int>());
        Assert.True(sheet.Cell(first, 2).Style.Font.Bold);
        Assert.False(sheet.Cell(first + 2, 2).Style.Font.Bold);
    }

    [Fact]
    public void The_sheet_freezes_the_header_filters_the_rows_and_prints_on_landscape_A4_fitted_to_width()
    {
        using var book = Open(Model);
        var sheet = book.Worksheet(NomineeWorkbook.SheetName);

        Assert.Equal(NomineeWorkbook.HeaderRow, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A7:G17", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
        Assert.Equal((1, 0), (sheet.PageSetup.PagesWide, sheet.PageSetup.PagesTall));
        Assert.Equal((7, 7), (sheet.PageSetup.FirstRowToRepeatAtTop, sheet.PageSetup.LastRowToRepeatAtTop));
        Assert.Equal(NomineeWorkbook.Columns.Select(c => c.Width), Enumerable.Range(1, 7).Select(c => sheet.Column(c).Width));
        Assert.Equal(XLBorderStyleValues.Thin, sheet.Cell(9, 7).Style.Border.RightBorder);
    }

    [Fact]
    public void A_body_without_parent_starts_on_the_first_row_and_an_empty_list_says_so()
    {
        using var book = Open(new NomineeWorkbookModel
        {
            IssuingBody = "Ủy ban nhân dân phường Tam Thanh",
            Title = "Danh sách tập thể, cá nhân đề nghị khen thưởng",
        });
        var sheet = book.Worksheet(NomineeWorkbook.SheetName);

        Assert.Equal("ỦY BAN NHÂN DÂN PHƯỜNG TAM THANH", sheet.Cell(1, 1).GetString());
        Assert.True(sheet.Cell(2, 1).IsEmpty());
        Assert.True(sheet.Cell(NomineeWorkbook.SubtitleRow, 1).IsEmpty());
        Assert.Equal("Không có tập thể, cá nhân nào trong danh sách.", sheet.Cell(NomineeWorkbook.HeaderRow + 1, 2).GetString());
    }

    private static XLWorkbook Open(NomineeWorkbookModel model) => new(new MemoryStream(NomineeWorkbook.Write(model)));
}
