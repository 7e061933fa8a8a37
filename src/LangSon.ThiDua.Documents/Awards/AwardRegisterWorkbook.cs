using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents.Awards;

/// <summary>One line of the sổ khen thưởng as exported, with the kind and gender already in Vietnamese.</summary>
public sealed record AwardRegisterExportRow(
    string RecipientName, string Kind, DateOnly? DateOfBirth, string? Gender, string? Position, string UnitName,
    string AwardFormName, string DecisionNumber, DateOnly DecisionDate, string Issuer, string? CampaignName,
    DateOnly? RevokedOn, string? RevocationReason);

/// <summary>Sổ khen thưởng as a workbook: the filtered list's rows, in its order, the revoked ones marked.</summary>
public static class AwardRegisterWorkbook
{
    public const string ContentType = AuditWorkbook.ContentType;

    private static readonly IReadOnlyList<ProvinceColumn> Columns =
    [
        new("STT", 6), new("Tập thể, cá nhân", 28), new("Đối tượng", 10), new("Ngày sinh", 12), new("Giới tính", 9),
        new("Chức vụ", 18), new("Đơn vị", 28), new("Hình thức khen thưởng", 26), new("Số quyết định", 16),
        new("Ngày quyết định", 13), new("Cấp quyết định", 22), new("Phong trào thi đua", 30), new("Tình trạng", 16),
        new("Lý do thu hồi", 28),
    ];

    public static byte[] Write(IReadOnlyList<AwardRegisterExportRow> rows, string subtitle)
    {
        using var book = SheetStyle.NewWorkbook();
        var sheet = book.Worksheets.Add("Sổ khen thưởng");
        var header = ProvinceSheet.Start(sheet, "SỔ KHEN THƯỞNG", subtitle, Columns);
        var row = header;
        foreach (var (record, index) in rows.Select((r, i) => (r, i + 1)))
        {
            row++;
            sheet.Cell(row, 1).SetValue(index);
            SheetStyle.SetText(sheet.Cell(row, 2), record.RecipientName);
            SheetStyle.SetText(sheet.Cell(row, 3), record.Kind);
            SheetStyle.SetDate(sheet.Cell(row, 4), record.DateOfBirth);
            SheetStyle.SetText(sheet.Cell(row, 5), record.Gender);
            SheetStyle.SetText(sheet.Cell(row, 6), record.Position);
            SheetStyle.SetText(sheet.Cell(row, 7), record.UnitName);
            SheetStyle.SetText(sheet.Cell(row, 8), record.AwardFormName);
            SheetStyle.SetText(sheet.Cell(row, 9), record.DecisionNumber);
            SheetStyle.SetDate(sheet.Cell(row, 10), record.DecisionDate);
            SheetStyle.SetText(sheet.Cell(row, 11), record.Issuer);
            SheetStyle.SetText(sheet.Cell(row, 12), record.CampaignName);
            SheetStyle.SetText(sheet.Cell(row, 13), record.RevokedOn is { } on
                ? $"Đã thu hồi ({Vietnamese.Date(on)})"
                : "Còn hiệu lực");
            SheetStyle.SetText(sheet.Cell(row, 14), record.RevocationReason);
        }

        if (rows.Count == 0)
        {
            row = ProvinceSheet.Empty(sheet, header + 1, 2, "Không có khen thưởng nào theo bộ lọc.");
        }

        ProvinceSheet.Center(sheet, row, 1, 3, 4, 5, 10);
        ProvinceSheet.Finish(sheet, row, Columns.Count);
        return SheetStyle.ToBytes(book);
    }
}
