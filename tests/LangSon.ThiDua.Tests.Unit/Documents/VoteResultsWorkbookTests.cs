using ClosedXML.Excel;
using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests.Documents;

public sealed class VoteResultsWorkbookTests
{
    private static VoteResultsModel Model() => new(
        "Phiên họp xét khen thưởng năm 2025",
        new DateOnly(2026, 1, 10),
        "Phòng họp số 1, Trụ sở UBND tỉnh",
        10,
        10,
        10,
        [
            new VoteResultRow("Nông Văn Bảy", NomineeKind.Individual, "Bác sĩ", "Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh",
                7, 3, 0, 70m, PassBase.Voters, 7, 7, true, true),
            new VoteResultRow("Khoa Nhi, Bệnh viện Đa khoa tỉnh", NomineeKind.Collective, null, "Sở Y tế", "Bằng khen của Thủ tướng Chính phủ",
                6, 1, 3, 60m, PassBase.AllMembers, 7, 7, true, false),
        ]);

    [Fact]
    public void Each_nomination_has_its_counts_share_and_result_under_a_title_block()
    {
        using var book = Open(VoteResultsWorkbook.Write(Model()));

        var sheet = book.Worksheet(VoteResultsWorkbook.SheetName);
        Assert.Equal("KẾT QUẢ BỎ PHIẾU XÉT KHEN THƯỞNG CỦA HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH", sheet.Cell(1, 1).GetString());
        Assert.Equal("Phiên họp xét khen thưởng năm 2025 – ngày 10/01/2026 – Phòng họp số 1, Trụ sở UBND tỉnh", sheet.Cell(2, 1).GetString());
        Assert.Equal(
            "Thành viên Hội đồng: 10; có mặt: 10; số phiếu phát ra: 10; " +
            "số phiếu thu về: 10 (ý kiến bằng văn bản: 0); không gửi ý kiến: 0.",
            sheet.Cell(3, 1).GetString());
        Assert.Equal(
            ["STT", "Tên tập thể, họ và tên cá nhân", "Loại", "Chức vụ", "Đơn vị đề nghị", "Hình thức khen thưởng", "Có mặt / thành viên",
                "Đồng ý", "Không đồng ý", "Không biểu quyết", "Tỷ lệ đồng ý", "Cơ sở tính tỷ lệ", "Số phiếu đồng ý cần đạt",
                "Số thành viên có mặt tối thiểu", "Kết quả"],
            Enumerable.Range(1, 15).Select(c => sheet.Cell(4, c).GetString()));

        Assert.Equal(("Nông Văn Bảy", "Cá nhân", "Bác sĩ", "Sở Y tế", 10d),
            (sheet.Cell(5, 2).GetString(), sheet.Cell(5, 3).GetString(), sheet.Cell(5, 4).GetString(), sheet.Cell(5, 5).GetString(), sheet.Cell(5, 7).GetDouble()));
        Assert.Equal([1d, 7, 3, 0], new[] { 1, 8, 9, 10 }.Select(c => sheet.Cell(5, c).GetDouble()));
        Assert.Equal(0.7, sheet.Cell(5, 11).GetDouble(), 6);
        Assert.Equal(VoteResultsWorkbook.PercentFormat, sheet.Cell(5, 11).Style.NumberFormat.Format);
        Assert.Equal(("trên số phiếu thu về", 7d, 7d, "Thông qua"),
            (sheet.Cell(5, 12).GetString(), sheet.Cell(5, 13).GetDouble(), sheet.Cell(5, 14).GetDouble(),
            sheet.Cell(5, 15).GetString()));

        Assert.Equal(("Tập thể", "Bằng khen của Thủ tướng Chính phủ", "trên tổng số thành viên Hội đồng", "Không thông qua"),
            (sheet.Cell(6, 3).GetString(), sheet.Cell(6, 6).GetString(), sheet.Cell(6, 12).GetString(), sheet.Cell(6, 15).GetString()));
        Assert.True(sheet.Cell(6, 4).IsEmpty());
        Assert.Equal([6d, 1, 3], new[] { 8, 9, 10 }.Select(c => sheet.Cell(6, c).GetDouble()));
        Assert.Equal(0.6, sheet.Cell(6, 11).GetDouble(), 6);

        Assert.Equal("Tổng cộng: 1/2 hồ sơ được thông qua", sheet.Cell(7, 2).GetString());
        Assert.True(sheet.Cell(7, 2).Style.Font.Bold);
    }

    [Fact]
    public void The_header_row_is_frozen_and_filtered_and_the_sheet_prints_on_landscape_A4_fitted_to_the_width()
    {
        using var book = Open(VoteResultsWorkbook.Write(Model()));

        var sheet = book.Worksheet(1);
        Assert.Equal(4, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A4:O6", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.True(sheet.Cell(4, 1).Style.Font.Bold);
        Assert.Equal(XLColor.FromHtml("#DDEBF7"), sheet.Cell(4, 1).Style.Fill.BackgroundColor);
        Assert.All(Enumerable.Range(1, 15), c => Assert.InRange(sheet.Column(c).Width, 5, 50));
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
        Assert.Equal((1, 0), (sheet.PageSetup.PagesWide, sheet.PageSetup.PagesTall));
        Assert.Equal((4, 4), (sheet.PageSetup.FirstRowToRepeatAtTop, sheet.PageSetup.LastRowToRepeatAtTop));
    }

    [Fact]
    public void A_session_without_nominations_still_gives_a_valid_sheet_with_a_zero_total()
    {
        using var book = Open(VoteResultsWorkbook.Write(Model() with { Rows = [] }));

        var sheet = book.Worksheet(1);
        Assert.Equal("STT", sheet.Cell(4, 1).GetString());
        Assert.Equal("Tổng cộng: 0/0 hồ sơ được thông qua", sheet.Cell(6, 2).GetString());
    }

    private static XLWorkbook Open(byte[] content) => new(new MemoryStream(content));
}
