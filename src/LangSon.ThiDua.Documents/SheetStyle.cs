using ClosedXML.Excel;

namespace LangSon.ThiDua.Documents;

/// <summary>Shared look of the generated sheets. Widths are set by hand: measuring text needs GDI+, absent on
/// Linux.</summary>
internal static class SheetStyle
{
    /// <summary>
    /// vi-VN (locale 0x042A) on every number and date format: LibreOffice then shows 04/12/2026 and 1.234,5 whatever
    /// the reader's own locale. Without it, it takes a day-first date format for the system's short date and shows
    /// 12/04/2026 for 4 December on an en-US desktop; Excel reads the tag the same way.
    /// </summary>
    public const string Vi = "[$-42A]";
    public const string DateFormat = Vi + "dd/mm/yyyy";
    public const string DateTimeFormat = Vi + "dd/mm/yyyy hh:mm";
    public const string DateTimeSecondsFormat = Vi + "dd/mm/yyyy hh:mm:ss";
    public const string NumberFormat = Vi + "#,##0.##";
    public const string IntegerFormat = Vi + "#,##0";

    /// <summary>
    /// A cell the user types a number into (the import template): "General" shows 100 as 100 and 12,5 as 12,5, where
    /// "#,##0.##" shows a dangling separator ("100.") in Excel.
    /// </summary>
    public const string InputNumberFormat = Vi + "General";
    public const string FontName = "Times New Roman";
    public static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");
    public static readonly XLColor GroupFill = XLColor.FromHtml("#F2F2F2");

    public static XLWorkbook NewWorkbook()
    {
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = 12;
        return workbook;
    }

    public static void Header(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = HeaderFill;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    public static void Borders(IXLRange range)
    {
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>A number shown with thousands grouping, decimals only when it has some (no stray trailing
    /// separator).</summary>
    public static void SetNumber(IXLCell cell, decimal? value)
    {
        if (value is not { } number)
        {
            return;
        }

        cell.SetValue(number);
        cell.Style.NumberFormat.Format = decimal.Truncate(number) == number ? IntegerFormat : NumberFormat;
    }

    public static void SetDate(IXLCell cell, DateOnly? value)
    {
        if (value is not { } date)
        {
            return;
        }

        cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
        cell.Style.NumberFormat.Format = DateFormat;
    }

    public static void SetText(IXLCell cell, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            // SetValue keeps text as text ("0123" stays a code, "1/2" stays words).
            cell.SetValue(value);
        }
    }

    /// <summary>Points per line of the sheets' 12 pt text, and the tallest row a sheet may hold.</summary>
    private const double LineHeight = 15.75;
    private const double MaxRowHeight = 409;

    /// <summary>
    /// Gives every row of text wrapped in its column the height of its lines. Excel grows such a row when it opens the
    /// file; LibreOffice keeps the height the file gives (none: one line) and the rows overlap. Lines are counted by
    /// words against the column's width in characters, so the height errs on the tall side.
    /// </summary>
    public static void FitRows(IXLWorksheet sheet, int firstRow, int lastRow, int columnCount)
    {
        if (lastRow < firstRow)
        {
            return;
        }

        var widths = Enumerable.Range(1, columnCount).Select(c => sheet.Column(c).Width).ToArray();
        var lines = new Dictionary<int, int>();
        // Only the cells that hold something (no empty cell is created), text ones only: a number stays on one line.
        foreach (var cell in sheet.Range(firstRow, 1, lastRow, columnCount).CellsUsed())
        {
            if (cell.DataType != XLDataType.Text || cell.IsMerged())
            {
                continue;
            }

            var row = cell.Address.RowNumber;
            var count = Lines(cell.GetString(), widths[cell.Address.ColumnNumber - 1]);
            if (count > 1 && count > lines.GetValueOrDefault(row))
            {
                lines[row] = count;
            }
        }

        foreach (var (row, count) in lines)
        {
            sheet.Row(row).Height = Math.Min(MaxRowHeight, count * LineHeight + 3);
        }
    }

    /// <summary>How many lines the text takes in a column of that width (characters), wrapped between words.</summary>
    private static int Lines(string text, double width)
    {
        var capacity = Math.Max(1, (int)Math.Floor(width) - 1);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var used = -1;
            lines++;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (used >= 0 && used + 1 + word.Length > capacity)
                {
                    lines++;
                    used = -1;
                }

                used += (used < 0 ? 0 : 1) + word.Length;
                while (used > capacity)
                {
                    lines++;
                    used -= capacity;
                }
            }
        }

        return lines;
    }

    /// <summary>
    /// The end of every list sheet: borders and wrapping on the rows below <paramref name="headerRow"/>, their heights,
    /// the auto-filter on the header and rows, frozen header, and the print setup (A4 landscape, one page wide, the
    /// header repeated on every page, "Trang n/m" in the footer). Returns the last row of the table (at least one
    /// body row, so an empty list still prints its frame).
    /// </summary>
    public static int FinishTable(IXLWorksheet sheet, int headerRow, int lastRow, int columnCount)
    {
        var last = Math.Max(headerRow + 1, lastRow);
        var body = sheet.Range(headerRow + 1, 1, last, columnCount);
        Borders(body);
        body.Style.Alignment.WrapText = true;
        FitRows(sheet, headerRow + 1, last, columnCount);
        sheet.Range(headerRow, 1, last, columnCount).SetAutoFilter();
        sheet.SheetView.FreezeRows(headerRow);

        var page = sheet.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = XLPaperSize.A4Paper;
        page.FitToPages(1, 0);
        page.SetRowsToRepeatAtTop(headerRow, headerRow);
        page.Margins.Left = 0.5;
        page.Margins.Right = 0.4;
        page.Margins.Top = 0.6;
        page.Margins.Bottom = 0.6;
        page.CenterHorizontally = true;
        page.Footer.Center.AddText("Trang ", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        page.Footer.Center.AddText("/", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
        return last;
    }

    public static byte[] ToBytes(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
