using ClosedXML.Excel;

namespace LangSon.ThiDua.Documents;

/// <summary>Shared look of the generated sheets. Widths are set by hand: measuring text needs GDI+, absent on Linux.</summary>
internal static class SheetStyle
{
    public const string DateFormat = "dd/MM/yyyy";
    public const string NumberFormat = "#,##0.##";
    public const string IntegerFormat = "#,##0";
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

    /// <summary>A number shown with thousands grouping, decimals only when it has some (no stray trailing separator).</summary>
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

    public static byte[] ToBytes(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
