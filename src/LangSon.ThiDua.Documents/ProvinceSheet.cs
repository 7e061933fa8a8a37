using System.Globalization;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents;

/// <summary>A column of a province report: its Vietnamese header and its width (set by hand: no GDI+ on Linux).</summary>
internal sealed record ProvinceColumn(string Name, double Width);

/// <summary>
/// The layout every province report sheet shares: a title row, a subtitle row, the header row (bold, filled, frozen,
/// with an auto-filter over the data), borders, and printing on landscape A4 fitted to the page width.
/// </summary>
internal static class ProvinceSheet
{
    public const int TitleRow = 1;
    public const int SubtitleRow = 2;
    public const int HeaderRow = 3;
    public const string PercentFormat = SheetStyle.Vi + "0.0";

    /// <summary>Writes the title, the subtitle and the header row; returns the header row.</summary>
    public static int Start(IXLWorksheet sheet, string title, string subtitle, IReadOnlyList<ProvinceColumn> columns)
    {
        var titleCell = sheet.Cell(TitleRow, 1);
        titleCell.SetValue(title);
        titleCell.Style.Font.Bold = true;
        titleCell.Style.Font.FontSize = 14;
        sheet.Range(TitleRow, 1, TitleRow, columns.Count).Merge();
        sheet.Row(TitleRow).Height = 22;

        var subtitleCell = sheet.Cell(SubtitleRow, 1);
        subtitleCell.SetValue(subtitle);
        subtitleCell.Style.Font.Italic = true;
        var subtitleRange = sheet.Range(SubtitleRow, 1, SubtitleRow, columns.Count).Merge();
        // Campaign titles are long: two wrapped lines (Excel does not fit the height of merged cells by itself).
        subtitleRange.Style.Alignment.WrapText = true;
        subtitleRange.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Row(SubtitleRow).Height = 32;

        for (var i = 0; i < columns.Count; i++)
        {
            sheet.Cell(HeaderRow, i + 1).SetValue(columns[i].Name);
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        SheetStyle.Header(sheet.Range(HeaderRow, 1, HeaderRow, columns.Count));
        sheet.Row(HeaderRow).Height = 48;
        return HeaderRow;
    }

    /// <summary>A note in place of the rows when there are none (the filter then covers the note's row).</summary>
    public static int Empty(IXLWorksheet sheet, int row, int column, string note)
    {
        sheet.Cell(row, column).SetValue(note);
        sheet.Cell(row, column).Style.Font.Italic = true;
        return row;
    }

    /// <summary>Borders and wrapping on the rows, the auto-filter on header..lastRow, frozen title and header, print setup.</summary>
    public static void Finish(IXLWorksheet sheet, int lastRow, int columnCount) =>
        SheetStyle.FinishTable(sheet, HeaderRow, lastRow, columnCount);

    /// <summary>A percent 0–100 stored as a number with one decimal ("0.0"); nothing when null.</summary>
    /// <summary>The first six cells of a unit's row: number, code, name, kind, khối/cụm, plan status.</summary>
    public static void SetUnit(
        IXLWorksheet sheet, int row, int number, string code, string name, UnitKind kind, string? groupName,
        PlanStatus? planStatus)
    {
        sheet.Cell(row, 1).SetValue(number);
        sheet.Cell(row, 2).SetValue(code);
        sheet.Cell(row, 3).SetValue(name);
        sheet.Cell(row, 4).SetValue(kind.DisplayName());
        sheet.Cell(row, 5).SetValue(groupName ?? ProvinceText.NoGroup);
        sheet.Cell(row, 6).SetValue(ProvinceText.PlanStatus(planStatus));
    }

    public static void SetPercent(IXLCell cell, decimal? percent)
    {
        if (percent is not { } value)
        {
            return;
        }

        cell.SetValue(value);
        cell.Style.NumberFormat.Format = PercentFormat;
    }

    public static void SetCount(IXLCell cell, int count)
    {
        cell.SetValue(count);
        cell.Style.NumberFormat.Format = SheetStyle.IntegerFormat;
    }

    /// <summary>The latest result: the value (numeric) or "Đã hoàn thành" / "Chưa hoàn thành" (milestone).</summary>
    public static void SetResult(IXLCell cell, Domain.MeasureKind kind, ProvinceLatest latest)
    {
        if (kind == Domain.MeasureKind.Milestone)
        {
            cell.SetValue(latest.MilestoneDone == true ? "Đã hoàn thành" : "Chưa hoàn thành");
            return;
        }

        SheetStyle.SetNumber(cell, latest.Value);
    }

    /// <summary>Numbers and dates centred, short codes centred.</summary>
    public static void Center(IXLWorksheet sheet, int lastRow, params int[] columns)
    {
        foreach (var column in columns)
        {
            sheet.Range(HeaderRow + 1, column, Math.Max(HeaderRow + 1, lastRow), column).Style.Alignment.Horizontal =
                XLAlignmentHorizontalValues.Center;
        }
    }
}
