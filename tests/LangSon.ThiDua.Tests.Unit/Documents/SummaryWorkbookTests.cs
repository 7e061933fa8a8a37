using ClosedXML.Excel;
using LangSon.ThiDua.Documents.SummaryReport;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests.Documents;

public sealed class SummaryWorkbookTests
{
    private static readonly SummaryTargets Health = new(5, 1, 1, 1, 1, 0, 1, 48m);
    private static readonly SummaryTargets Ward = new(1, 0, 0, 0, 0, 0, 1, 0m);

    private static SummaryReportModel Model() => new()
    {
        CampaignTitle = "Phong trào thi đua chào mừng Đại hội XIV",
        AsOf = new DateOnly(2026, 11, 25),
        Areas = [new SummaryArea(1, "Phát triển kinh tế", 2, Health), new SummaryArea(2, "Chuyển đổi số", 1, Ward)],
        Units =
        [
            new SummaryUnit("SYT", "Sở Y tế", UnitKind.ProvincialAgency, "Khối các cơ quan văn hóa – xã hội", PlanStatus.Accepted, Health),
            new SummaryUnit("05986", "UBND phường Tam Thanh", UnitKind.Ward, null, null, SummaryTargets.None),
        ],
        Groups =
        [
            new SummaryGroup("Khối các cơ quan văn hóa – xã hội", EmulationGroupKind.Sector, 6, 2, 1, Health, 52.5m),
        ],
        AwardForms =
        [
            new SummaryAwardForm("Bằng khen của Chủ tịch UBND tỉnh", 6, 5, 1, 3, 1, 2, 0, 2, 4, 1, 1,
                new Dictionary<NominationOutcome, int> { [NominationOutcome.Awarded] = 2, [NominationOutcome.Failed] = 1 }),
            new SummaryAwardForm("Bằng khen của Thủ tướng Chính phủ", 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0,
                new Dictionary<NominationOutcome, int> { [NominationOutcome.Forwarded] = 1 }),
        ],
    };

    private static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    [Fact]
    public void The_workbook_has_a_sheet_per_dimension_with_title_block_frozen_header_and_filter()
    {
        using var book = Open(SummaryWorkbook.Write(Model()));

        Assert.Equal(["Nội dung thi đua", "Đơn vị", "Khối, cụm thi đua", "Hình thức khen thưởng"], book.Worksheets.Select(s => s.Name));
        Assert.All(book.Worksheets, sheet =>
        {
            Assert.StartsWith("BÁO CÁO TỔNG KẾT PHONG TRÀO THI ĐUA", sheet.Cell(1, 1).GetString(), StringComparison.Ordinal);
            Assert.Equal("Phong trào thi đua chào mừng Đại hội XIV – số liệu đến ngày 25/11/2026", sheet.Cell(2, 1).GetString());
            Assert.Equal(3, sheet.SheetView.SplitRow);
            Assert.True(sheet.Cell(3, 1).Style.Font.Bold);
            Assert.Equal("STT", sheet.Cell(3, 1).GetString());
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        });
        Assert.Equal(44, book.Worksheet("Nội dung thi đua").Column(2).Width);
    }

    [Fact]
    public void Content_areas_are_counted_by_state_with_shares_and_a_total_row_outside_the_filter()
    {
        using var book = Open(SummaryWorkbook.Write(Model()));
        var sheet = book.Worksheet("Nội dung thi đua");

        Assert.Equal("Nội dung 1. Phát triển kinh tế", sheet.Cell(4, 2).GetString());
        Assert.Equal([2d, 5, 1, 1, 1, 1, 0, 1, 20, 48], Enumerable.Range(3, 10).Select(c => sheet.Cell(4, c).GetDouble()));
        Assert.Equal("[$-42A]0.0", sheet.Cell(4, 11).Style.NumberFormat.Format);
        Assert.Equal("A3:L5", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal("Tổng cộng", sheet.Cell(6, 2).GetString());
        // One unit has targets; 6 targets, 1 achieved (16,7 %), mean weighted by targets: (48 × 5 + 0) / 6 = 40.
        Assert.Equal([1d, 6, 1, 1, 1, 1, 0, 2, 16.7, 40], Enumerable.Range(3, 10).Select(c => sheet.Cell(6, c).GetDouble()));
        Assert.True(sheet.Cell(6, 2).Style.Font.Bold);
    }

    [Fact]
    public void Units_groups_and_award_forms_carry_their_figures()
    {
        using var book = Open(SummaryWorkbook.Write(Model()));

        var units = book.Worksheet("Đơn vị");
        Assert.Equal(("SYT", "Sở Y tế", "Đã chấp thuận"), (units.Cell(4, 2).GetString(), units.Cell(4, 3).GetString(), units.Cell(4, 6).GetString()));
        Assert.Equal([5d, 1, 1, 20, 48], Enumerable.Range(7, 5).Select(c => units.Cell(4, c).GetDouble()));
        Assert.Equal(("Chưa xếp khối, cụm", "Chưa lập", 0d), (units.Cell(5, 5).GetString(), units.Cell(5, 6).GetString(), units.Cell(5, 7).GetDouble()));
        Assert.True(units.Cell(5, 10).IsEmpty());
        Assert.StartsWith("Tổng cộng (2 đơn vị)", units.Cell(6, 3).GetString(), StringComparison.Ordinal);

        var groups = book.Worksheet("Khối, cụm thi đua");
        Assert.Equal(("Khối thi đua", 6d, 2d, 1d, 5d), (groups.Cell(4, 3).GetString(), groups.Cell(4, 4).GetDouble(), groups.Cell(4, 5).GetDouble(),
            groups.Cell(4, 6).GetDouble(), groups.Cell(4, 7).GetDouble()));
        // The khối's progress is its own figure (the mean of its units'), not the mean of its targets (48).
        Assert.Equal(52.5d, groups.Cell(4, 11).GetDouble());

        var awards = book.Worksheet("Hình thức khen thưởng");
        Assert.Equal([6d, 2, 4, 5, 1, 3, 1, 2, 0, 1, 1], Enumerable.Range(3, 11).Select(c => awards.Cell(4, c).GetDouble()));
        Assert.Equal("Tổng cộng", awards.Cell(6, 2).GetString());
        Assert.Equal([7d, 2, 5, 6, 1, 4, 1, 2, 1, 1, 1], Enumerable.Range(3, 11).Select(c => awards.Cell(6, c).GetDouble()));
    }

    [Fact]
    public void An_empty_report_writes_notes_instead_of_rows()
    {
        using var book = Open(SummaryWorkbook.Write(new SummaryReportModel { AsOf = new DateOnly(2026, 1, 5) }));

        Assert.StartsWith("Hiện không có phong trào thi đua nào", book.Worksheet("Đơn vị").Cell(2, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal("Không có đơn vị nào đang hoạt động.", book.Worksheet("Đơn vị").Cell(4, 3).GetString());
        Assert.True(book.Worksheet("Đơn vị").Cell(5, 3).IsEmpty());
    }
}
