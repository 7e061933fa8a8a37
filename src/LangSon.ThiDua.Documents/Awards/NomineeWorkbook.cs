using System.Globalization;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents.Awards;

/// <summary>One nominee of a Danh sách đề nghị khen thưởng (or of a decision's list).</summary>
public sealed record NomineeWorkbookRow(
    string AwardForm,
    int AwardFormOrder,
    NomineeKind Kind,
    string Name,
    string? Position,
    string? Workplace,
    string UnitName,
    string? Note = null);

/// <summary>What the workbook prints: the issuing body at top left, the list's title and subtitle, the rows.</summary>
public sealed class NomineeWorkbookModel
{
    /// <summary>"UBND TỈNH LẠNG SƠN" above a provincial agency; empty when the body has no parent line.</summary>
    public string? IssuingParent { get; init; }

    /// <summary>"SỞ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN".</summary>
    public required string IssuingBody { get; init; }

    /// <summary>"Danh sách tập thể, cá nhân đề nghị khen thưởng" (printed in capitals).</summary>
    public required string Title { get; init; }

    /// <summary>"(Kèm theo Tờ trình số 45/TTr-SYT ngày 15/12/2025 của Sở Y tế)".</summary>
    public string? Subtitle { get; init; }

    public IReadOnlyList<NomineeWorkbookRow> Rows { get; init; } = [];
}

/// <summary>
/// The Danh sách as a workbook, in the order of the printed list: by award form (I, II…), tập thể before cá nhân,
/// numbered within each group. Group rows are bold and shaded; every nominee row carries its award form, so the
/// filter on "Hình thức khen thưởng" still works.
/// </summary>
public static class NomineeWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string SheetName = "Danh sách";

    public const int TitleRow = 4;
    public const int SubtitleRow = 5;
    public const int HeaderRow = 7;

    /// <summary>Widths set by hand (no GDI+ on Linux): about 250 mm of text, fitted to a landscape A4 page.</summary>
    public static readonly IReadOnlyList<(string Name, double Width)> Columns =
    [
        ("TT", 6), ("Tên tập thể, họ và tên", 32), ("Chức vụ", 20), ("Nơi công tác", 30), ("Đơn vị đề nghị", 26),
        ("Hình thức khen thưởng", 24), ("Ghi chú", 18),
    ];

    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    public static byte[] Write(NomineeWorkbookModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = SheetStyle.NewWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        WriteTitleBlock(sheet, model);
        var last = WriteRows(sheet, model.Rows);
        Finish(sheet, last);
        return SheetStyle.ToBytes(workbook);
    }

    private static void WriteTitleBlock(IXLWorksheet sheet, NomineeWorkbookModel model)
    {
        // Issuing body at top left over the first three columns, as on the printed page.
        var bodyRow = 1;
        if (!string.IsNullOrWhiteSpace(model.IssuingParent))
        {
            Centered(sheet.Range(1, 1, 1, 3), model.IssuingParent.ToUpper(Vietnamese.Culture));
            bodyRow = 2;
        }

        var body = Centered(sheet.Range(bodyRow, 1, bodyRow, 3), model.IssuingBody.ToUpper(Vietnamese.Culture));
        body.Style.Font.Bold = true;
        if (model.IssuingBody.Length > 40 || model.IssuingBody.Contains('\n', StringComparison.Ordinal))
        {
            // Merged cells do not grow by themselves: room for the second line of a long (or two-line) name.
            sheet.Row(bodyRow).Height = 32;
        }

        var title = Centered(
            sheet.Range(TitleRow, 1, TitleRow, Columns.Count), model.Title.ToUpper(Vietnamese.Culture));
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        sheet.Row(TitleRow).Height = 22;
        if (!string.IsNullOrWhiteSpace(model.Subtitle))
        {
            var subtitle = Centered(sheet.Range(SubtitleRow, 1, SubtitleRow, Columns.Count), model.Subtitle);
            subtitle.Style.Font.Italic = true;
        }

        for (var i = 0; i < Columns.Count; i++)
        {
            sheet.Cell(HeaderRow, i + 1).SetValue(Columns[i].Name);
            sheet.Column(i + 1).Width = Columns[i].Width;
        }

        SheetStyle.Header(sheet.Range(HeaderRow, 1, HeaderRow, Columns.Count));
        sheet.Row(HeaderRow).Height = 32;
    }

    private static int WriteRows(IXLWorksheet sheet, IReadOnlyList<NomineeWorkbookRow> rows)
    {
        var row = HeaderRow;
        if (rows.Count == 0)
        {
            sheet.Cell(++row, 2).SetValue("Không có tập thể, cá nhân nào trong danh sách.");
            sheet.Cell(row, 2).Style.Font.Italic = true;
            return row;
        }

        var byName = Vietnamese.Order;
        var forms = rows.GroupBy(r => (r.AwardFormOrder, r.AwardForm))
            .OrderBy(g => g.Key.AwardFormOrder).ThenBy(g => g.Key.AwardForm, byName).ToList();
        for (var f = 0; f < forms.Count; f++)
        {
            var number = f < Romans.Length ? Romans[f] : (f + 1).ToString(CultureInfo.InvariantCulture);
            Group(sheet, ++row, number, forms[f].Key.AwardForm.ToUpper(Vietnamese.Culture));
            foreach (var kind in forms[f].GroupBy(r => r.Kind).OrderBy(k => k.Key))
            {
                var members = kind.OrderBy(r => r.Name, byName).ToList();
                Group(sheet, ++row, null, $"{kind.Key.DisplayName()} ({members.Count})");
                for (var i = 0; i < members.Count; i++)
                {
                    Nominee(sheet, ++row, i + 1, members[i]);
                }
            }
        }

        return row;
    }

    private static void Group(IXLWorksheet sheet, int row, string? number, string text)
    {
        SheetStyle.SetText(sheet.Cell(row, 1), number);
        sheet.Cell(row, 2).SetValue(text);
        var range = sheet.Range(row, 1, row, Columns.Count);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = SheetStyle.GroupFill;
    }

    private static void Nominee(IXLWorksheet sheet, int row, int number, NomineeWorkbookRow nominee)
    {
        sheet.Cell(row, 1).SetValue(number);
        sheet.Cell(row, 2).SetValue(nominee.Name);
        SheetStyle.SetText(sheet.Cell(row, 3), nominee.Position);
        SheetStyle.SetText(sheet.Cell(row, 4), nominee.Workplace);
        sheet.Cell(row, 5).SetValue(nominee.UnitName);
        sheet.Cell(row, 6).SetValue(nominee.AwardForm);
        SheetStyle.SetText(sheet.Cell(row, 7), nominee.Note);
    }

    private static void Finish(IXLWorksheet sheet, int lastRow)
    {
        var last = SheetStyle.FinishTable(sheet, HeaderRow, lastRow, Columns.Count);
        sheet.Range(HeaderRow + 1, 1, last, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
    }

    private static IXLRange Centered(IXLRange range, string text)
    {
        range.FirstCell().SetValue(text);
        range.Merge();
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
        return range;
    }
}
