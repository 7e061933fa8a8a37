using System.Globalization;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents.Awards;

/// <summary>A closed council session's results: counts per nomination, never a member next to a choice.</summary>
public sealed record VoteResultsModel(
    string SessionTitle,
    DateOnly MeetingDate,
    string Place,
    int MemberCount,
    int PresentCount,
    int BallotsReceived,
    IReadOnlyList<VoteResultRow> Rows)
{
    /// <summary>Ballots of absent members, counted with the others.</summary>
    public int WrittenOpinions { get; init; }
}

/// <summary>
/// One nomination's counted result. <paramref name="AgreePercent"/> is 0–100 of the pass base (ballots received or all
/// members, as the award form says), the same figure the results page shows.
/// </summary>
public sealed record VoteResultRow(
    string NomineeName,
    NomineeKind Kind,
    string? Position,
    string UnitName,
    string AwardFormName,
    int Agree,
    int Disagree,
    int Abstain,
    decimal AgreePercent,
    PassBase PassBase,
    int AgreeRequired,
    int QuorumRequired,
    bool QuorumMet,
    bool Passed);

/// <summary>
/// Kết quả bỏ phiếu of a council session as a workbook: a title block, the Vietnamese header row (frozen, filtered),
/// one row per nomination in the agenda's order, a total row below the filter, A4 landscape fitted to the width.
/// Column widths are set by hand (AdjustToContents needs GDI+, absent on Linux).
/// </summary>
public static class VoteResultsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "Kết quả bỏ phiếu";
    public const int HeaderRow = 4;
    public const string PercentFormat = SheetStyle.Vi + "0.00%";

    private static readonly (string Name, double Width)[] Columns =
    [
        ("STT", 6), ("Tên tập thể, họ và tên cá nhân", 28), ("Loại", 10), ("Chức vụ", 20), ("Đơn vị đề nghị", 26),
        ("Hình thức khen thưởng", 26), ("Có mặt / thành viên", 10), ("Đồng ý", 9), ("Không đồng ý", 10),
        ("Không biểu quyết", 11), ("Tỷ lệ đồng ý", 11), ("Cơ sở tính tỷ lệ", 20), ("Số phiếu đồng ý cần đạt", 11),
        ("Số thành viên có mặt tối thiểu", 13), ("Kết quả", 16),
    ];

    public static byte[] Write(VoteResultsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = SheetStyle.NewWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        TitleBlock(sheet, model);
        for (var i = 0; i < Columns.Length; i++)
        {
            sheet.Cell(HeaderRow, i + 1).SetValue(Columns[i].Name);
            sheet.Column(i + 1).Width = Columns[i].Width;
        }

        SheetStyle.Header(sheet.Range(HeaderRow, 1, HeaderRow, Columns.Length));
        sheet.Row(HeaderRow).Height = 48;

        var row = HeaderRow;
        foreach (var line in model.Rows)
        {
            row++;
            Write(sheet, row, row - HeaderRow, model.MemberCount, model.PresentCount, line);
        }

        var last = SheetStyle.FinishTable(sheet, HeaderRow, row, Columns.Length);
        foreach (var column in new[] { 1, 3, 7, 8, 9, 10, 11, 13, 14, 15 })
        {
            sheet.Range(HeaderRow + 1, column, last, column).Style.Alignment.Horizontal =
                XLAlignmentHorizontalValues.Center;
        }

        Total(sheet, last + 1, model.Rows);
        return SheetStyle.ToBytes(workbook);
    }

    private static void TitleBlock(IXLWorksheet sheet, VoteResultsModel model)
    {
        var title = sheet.Cell(1, 1);
        title.SetValue("KẾT QUẢ BỎ PHIẾU XÉT KHEN THƯỞNG CỦA HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        sheet.Range(1, 1, 1, Columns.Length).Merge();
        sheet.Row(1).Height = 22;

        var session = sheet.Cell(2, 1);
        session.SetValue($"{model.SessionTitle} – ngày {Vietnamese.Date(model.MeetingDate)} – {model.Place}");
        session.Style.Font.Italic = true;
        var sessionRange = sheet.Range(2, 1, 2, Columns.Length).Merge();
        sessionRange.Style.Alignment.WrapText = true;
        sessionRange.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Row(2).Height = 32;

        sheet.Cell(3, 1).SetValue(
            $"Thành viên Hội đồng: {model.MemberCount}; có mặt: {model.PresentCount}; " +
            $"số phiếu phát ra: {model.MemberCount}; " +
            $"số phiếu thu về: {model.BallotsReceived} (ý kiến bằng văn bản: {model.WrittenOpinions}); " +
            $"không gửi ý kiến: {model.MemberCount - model.BallotsReceived}.");
        sheet.Range(3, 1, 3, Columns.Length).Merge();
    }

    private static void Write(IXLWorksheet sheet, int row, int number, int members, int present, VoteResultRow line)
    {
        sheet.Cell(row, 1).SetValue(number);
        SheetStyle.SetText(sheet.Cell(row, 2), line.NomineeName);
        SheetStyle.SetText(sheet.Cell(row, 3), line.Kind.DisplayName());
        SheetStyle.SetText(sheet.Cell(row, 4), line.Position);
        SheetStyle.SetText(sheet.Cell(row, 5), line.UnitName);
        SheetStyle.SetText(sheet.Cell(row, 6), line.AwardFormName);
        // Numbers in number cells: the count present, shown "8/9" by its format; the quorum, shown "6 (đạt)".
        sheet.Cell(row, 7).SetValue(present);
        sheet.Cell(row, 7).Style.NumberFormat.Format = $"{SheetStyle.Vi}0\"/{members}\"";
        SetCount(sheet.Cell(row, 8), line.Agree);
        SetCount(sheet.Cell(row, 9), line.Disagree);
        SetCount(sheet.Cell(row, 10), line.Abstain);
        var percent = sheet.Cell(row, 11);
        percent.SetValue(Math.Round(line.AgreePercent / 100m, 4));
        percent.Style.NumberFormat.Format = PercentFormat;
        SheetStyle.SetText(sheet.Cell(row, 12), line.PassBase.DisplayName());
        SetCount(sheet.Cell(row, 13), line.AgreeRequired);
        sheet.Cell(row, 14).SetValue(line.QuorumRequired);
        var met = line.QuorumMet ? "đạt" : "không đạt";
        sheet.Cell(row, 14).Style.NumberFormat.Format = $"{SheetStyle.Vi}0\" ({met})\"";
        var outcome = sheet.Cell(row, 15);
        outcome.SetValue(line.Passed ? "Thông qua" : "Không thông qua");
        outcome.Style.Font.Bold = line.Passed;
    }

    private static void Total(IXLWorksheet sheet, int row, IReadOnlyList<VoteResultRow> rows)
    {
        var cell = sheet.Cell(row, 2);
        cell.SetValue($"Tổng cộng: {rows.Count(r => r.Passed)}/{rows.Count} hồ sơ được thông qua");
        cell.Style.Font.Bold = true;
        sheet.Range(row, 2, row, 6).Merge();
    }

    private static void SetCount(IXLCell cell, int count)
    {
        cell.SetValue(count);
        cell.Style.NumberFormat.Format = SheetStyle.IntegerFormat;
    }
}
