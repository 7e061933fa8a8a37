using ClosedXML.Excel;

namespace LangSon.ThiDua.Documents;

/// <summary>
/// One audit entry as exported: <see cref="AtUtc"/> already in Vietnam time, action and entity type already in
/// Vietnamese (as the Nhật ký page shows them), by the caller.
/// </summary>
public sealed record AuditExportRow(
    long Id, DateTime AtUtc, string UserName, string? IpAddress, string Action, string EntityType, string? EntityId, string? Changes);

/// <summary>Nhật ký hệ thống as a workbook, for Admin: the filtered entries, newest first, with their before → after JSON.</summary>
public static class AuditWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel keeps at most 32,767 characters in a cell.</summary>
    private const int MaxCellText = 32_000;

    private static readonly IReadOnlyList<ProvinceColumn> Columns =
    [
        new("Mã", 9), new("Thời điểm", 18), new("Người thực hiện", 20), new("Địa chỉ IP", 15), new("Thao tác", 14),
        new("Đối tượng", 20), new("Mã đối tượng", 14), new("Nội dung thay đổi", 80),
    ];

    public static byte[] Write(IReadOnlyList<AuditExportRow> rows, int limit)
    {
        using var book = SheetStyle.NewWorkbook();
        var sheet = book.Worksheets.Add("Nhật ký");
        var subtitle = rows.Count >= limit
            ? $"{rows.Count:N0} mục mới nhất theo bộ lọc (tối đa {limit:N0}); thu hẹp bộ lọc để xuất các mục cũ hơn."
            : $"{rows.Count:N0} mục theo bộ lọc, mới nhất trước.";
        var header = ProvinceSheet.Start(sheet, "NHẬT KÝ HỆ THỐNG", subtitle, Columns);
        var row = header;
        foreach (var entry in rows)
        {
            row++;
            sheet.Cell(row, 1).SetValue(entry.Id);
            sheet.Cell(row, 2).SetValue(entry.AtUtc);
            sheet.Cell(row, 2).Style.NumberFormat.Format = SheetStyle.DateTimeSecondsFormat;
            sheet.Cell(row, 3).SetValue(entry.UserName);
            sheet.Cell(row, 4).SetValue(entry.IpAddress ?? "");
            sheet.Cell(row, 5).SetValue(entry.Action);
            sheet.Cell(row, 6).SetValue(entry.EntityType);
            sheet.Cell(row, 7).SetValue(entry.EntityId ?? "");
            var changes = entry.Changes ?? "";
            sheet.Cell(row, 8).SetValue(changes.Length <= MaxCellText ? changes : changes[..MaxCellText] + "…");
        }

        if (rows.Count == 0)
        {
            row = ProvinceSheet.Empty(sheet, header + 1, 1, "Không có mục nào theo bộ lọc.");
        }

        ProvinceSheet.Finish(sheet, row, Columns.Count);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
