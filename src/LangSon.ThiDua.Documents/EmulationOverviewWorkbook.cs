using ClosedXML.Excel;

namespace LangSon.ThiDua.Documents;

/// <summary>
/// One khối/cụm's year as exported (texts already in Vietnamese by the caller): the counts are null before the pact
/// opens for signing (signatures) or scoring (sheets); the first unit and its total once scoring is closed.
/// </summary>
public sealed record EmulationOverviewLine(
    string Name, string Kind, string? LeadName, string State, int? Signatories, int? SignedCount, int? Submitted,
    int? Reviewed, string? FirstUnit, decimal? FirstTotal);

/// <summary>
/// Sở Nội vụ's overview of the khối/cụm of a year as a workbook: one row per group, as the page lists them.
/// </summary>
public static class EmulationOverviewWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly IReadOnlyList<ProvinceColumn> Columns =
    [
        new("STT", 6), new("Khối, cụm thi đua", 40), new("Loại", 13), new("Đơn vị trưởng của năm", 32),
        new("Trạng thái giao ước", 20), new("Số đơn vị ký kết", 11), new("Đã ký", 9), new("Đã gửi tự chấm", 11),
        new("Đã thẩm định", 11), new("Đơn vị xếp thứ nhất", 32), new("Tổng điểm", 10),
    ];

    public static byte[] Write(int year, string subtitle, IReadOnlyList<EmulationOverviewLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var book = SheetStyle.NewWorkbook();
        var sheet = book.Worksheets.Add($"Khối, cụm {year}");
        var header = ProvinceSheet.Start(sheet, $"THEO DÕI KHỐI, CỤM THI ĐUA NĂM {year}", subtitle, Columns);
        var row = header;
        foreach (var line in lines)
        {
            row++;
            sheet.Cell(row, 1).SetValue(row - header);
            sheet.Cell(row, 2).SetValue(line.Name);
            sheet.Cell(row, 3).SetValue(line.Kind);
            SheetStyle.SetText(sheet.Cell(row, 4), line.LeadName);
            sheet.Cell(row, 5).SetValue(line.State);
            SetCount(sheet.Cell(row, 6), line.Signatories);
            SetCount(sheet.Cell(row, 7), line.SignedCount);
            SetCount(sheet.Cell(row, 8), line.Submitted);
            SetCount(sheet.Cell(row, 9), line.Reviewed);
            SheetStyle.SetText(sheet.Cell(row, 10), line.FirstUnit);
            SheetStyle.SetNumber(sheet.Cell(row, 11), line.FirstTotal);
        }

        if (lines.Count == 0)
        {
            row = ProvinceSheet.Empty(sheet, header + 1, 2, "Không có khối, cụm nào theo bộ lọc.");
        }

        ProvinceSheet.Center(sheet, row, 1, 6, 7, 8, 9);
        ProvinceSheet.Finish(sheet, row, Columns.Count);
        return SheetStyle.ToBytes(book);
    }

    private static void SetCount(IXLCell cell, int? count)
    {
        if (count is { } value)
        {
            ProvinceSheet.SetCount(cell, value);
        }
    }
}
