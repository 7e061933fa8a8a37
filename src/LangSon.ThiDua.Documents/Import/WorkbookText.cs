using System.Globalization;
using System.Xml;
using ExcelNumberFormat;

namespace LangSon.ThiDua.Documents.Import;

/// <summary>
/// What turns stored cells into the texts the user saw: the shared strings the kept cells use (only those are kept) and
/// the number formats of the cell styles (which numbers are dates, which are percentages).
/// </summary>
internal sealed class WorkbookText
{
    private readonly Dictionary<int, string> strings;
    private readonly List<int> styleFormats;
    private readonly Dictionary<int, string> customFormats;

    private WorkbookText(Dictionary<int, string> strings, List<int> styleFormats, Dictionary<int, string> customFormats)
    {
        this.strings = strings;
        this.styleFormats = styleFormats;
        this.customFormats = customFormats;
    }

    public static WorkbookText Read(XlsxPackage package, WorkbookParts parts, IEnumerable<RawCell> cells)
    {
        var needed = cells.Where(c => c.Type == "s")
            .Select(c => SheetStream.Integer(c.Value) ?? -1)
            .Where(i => i >= 0)
            .ToHashSet();
        var strings = new Dictionary<int, string>();
        if (needed.Count > 0 && package.Has(parts.SharedStrings))
        {
            using var reader = package.Xml(parts.SharedStrings!);
            var index = -1;
            while (!reader.EOF && strings.Count < needed.Count)
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "si" } && needed.Contains(++index))
                {
                    using (var item = reader.ReadSubtree())
                    {
                        strings[index] = SheetStream.StringItem(item);
                    }

                    reader.Read();
                }
                else if (reader is { NodeType: XmlNodeType.Element, LocalName: "si" })
                {
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                }
            }
        }

        var (styles, formats) = package.Has(parts.Styles) ? Styles(package, parts.Styles!) : ([], []);
        return new WorkbookText(strings, styles, formats);
    }

    /// <summary>The cell as the reader needs it: the text the user sees, and a number or a date when it is
    /// one.</summary>
    public CellText Of(RawCell cell)
    {
        if (cell.Type == "e" || (cell.Formula is { Length: > 0 } && cell.Value is null))
        {
            // An error, or a formula without a computed value: reported on the cell, not failing the whole file.
            var shown = cell.Formula is { Length: > 0 } f ? "=" + f : cell.Value ?? string.Empty;
            return new CellText(shown, null, null, Unreadable: true);
        }

        switch (cell.Type)
        {
            case "s":
                return Text(strings.GetValueOrDefault(SheetStream.Integer(cell.Value) ?? -1, string.Empty));
            case "str" or "inlineStr":
                return Text(cell.Value ?? string.Empty);
            case "b":
                return new CellText(cell.Value == "1" ? "TRUE" : "FALSE", null, null, false);
            case "d":
                return DateTime.TryParse(cell.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d)
                    ? CellText.OfDate(d)
                    : Text(cell.Value ?? string.Empty);
        }

        if (string.IsNullOrWhiteSpace(cell.Value))
        {
            return Text(string.Empty);
        }

        if (!double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return Text(cell.Value);
        }

        var format = styleFormats.ElementAtOrDefault(cell.Style);
        var code = customFormats.GetValueOrDefault(format);
        if (IsDate(format, code) && number is >= 0 and < 2_958_466)
        {
            return CellText.OfDate(DateTime.FromOADate(number));
        }

        var percent = format is 9 or 10 || code?.Contains('%', StringComparison.Ordinal) == true;
        return CellText.OfNumber(number, percent);
    }

    private static CellText Text(string text) => new(text.Trim(), null, null, false);

    /// <summary>Excel's built-in date and time formats (14–22, 45–47; 27–36 and 50–58 in East Asian versions), or a
    /// custom one.</summary>
    private static bool IsDate(int format, string? code) =>
        format is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58)
        || (code is not null && new NumberFormat(code) is { IsValid: true, IsDateTimeFormat: true });

    /// <summary>The number format of each cell style (cellXfs, by index) and the custom format codes (numFmts, by
    /// id).</summary>
    private static (List<int> Styles, Dictionary<int, string> Formats) Styles(XlsxPackage package, string path)
    {
        var styles = new List<int>();
        var formats = new Dictionary<int, string>();
        using var reader = package.Xml(path);
        var inCellXfs = false;
        while (reader.Read())
        {
            switch (reader)
            {
                case { NodeType: XmlNodeType.Element, LocalName: "numFmt" }
                    when SheetStream.Integer(reader.GetAttribute("numFmtId")) is { } id:
                    formats[id] = reader.GetAttribute("formatCode") ?? string.Empty;
                    break;
                case { NodeType: XmlNodeType.Element, LocalName: "cellXfs" }:
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case { NodeType: XmlNodeType.EndElement, LocalName: "cellXfs" }:
                    inCellXfs = false;
                    break;
                case { NodeType: XmlNodeType.Element, LocalName: "xf" } when inCellXfs:
                    styles.Add(SheetStream.Integer(reader.GetAttribute("numFmtId")) ?? 0);
                    break;
            }
        }

        return (styles, formats);
    }
}
