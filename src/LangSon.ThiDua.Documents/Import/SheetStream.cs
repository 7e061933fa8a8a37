using System.Globalization;
using System.Xml;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents.Import;

/// <summary>One cell as stored: type ("s", "str", "inlineStr", "b", "e", "d" or none = number), style index, raw
/// value.</summary>
internal readonly record struct RawCell(string? Type, int Style, string? Value, string? Formula);

/// <summary>
/// Reads one worksheet part as a stream (XmlReader), keeping only the cells of the first columns (the template's A–J):
/// every other cell is skipped unread. The declared dimension's last row is checked before the first cell (its last
/// column
/// is not: cells right of J cost nothing here, and LibreOffice declares column AMJ for formatted columns); rows
/// beyond the
/// bound end the read whatever the dimension said.
/// </summary>
internal static class SheetStream
{
    /// <summary>Rows a sheet may declare or use: the template's 501 with plenty of room for blank formatted
    /// rows.</summary>
    public const int MaxRows = 10_000;

    /// <summary>The cells of the layout's columns by row number, or the Vietnamese refusal.</summary>
    public static (SortedDictionary<int, RawCell[]>? Rows, string? Refusal) Read(
        XlsxPackage package, string path, ImportSheetLayout layout)
    {
        var columns = layout.Columns.Count;
        var rows = new SortedDictionary<int, RawCell[]>();
        using var reader = package.Xml(path);
        var (row, column) = (0, 0);
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "dimension" when Address(reader.GetAttribute("ref")?.Split(':')[^1]) is { Row: > MaxRows }:
                    return (null, Oversized(layout, $"khai báo vùng dữ liệu {reader.GetAttribute("ref")}"));
                case "row":
                    row = Integer(reader.GetAttribute("r")) ?? row + 1;
                    column = 0;
                    if (row > MaxRows)
                    {
                        return (null, Oversized(layout, $"có dữ liệu ở dòng {row.ToString("N0", Vietnamese.Culture)}"));
                    }

                    reader.Read();
                    break;
                case "c":
                    column = Address(reader.GetAttribute("r")) is { Column: > 0 } at ? at.Column : column + 1;
                    if (column > columns || row < 1)
                    {
                        reader.Skip();
                        break;
                    }

                    if (!rows.TryGetValue(row, out var cells))
                    {
                        rows[row] = cells = new RawCell[columns];
                    }

                    cells[column - 1] = Cell(reader);
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        return (rows, null);
    }

    /// <summary>A whole number written in an attribute ("12"), or null.</summary>
    public static int? Integer(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The text of a string item (&lt;si&gt; or &lt;is&gt;): its runs' texts, phonetic runs left
    /// out.</summary>
    public static string StringItem(XmlReader item)
    {
        var text = new System.Text.StringBuilder();
        while (!item.EOF)
        {
            if (item is { NodeType: XmlNodeType.Element, LocalName: "rPh" })
            {
                item.Skip();
            }
            else if (item is { NodeType: XmlNodeType.Element, LocalName: "t" })
            {
                text.Append(item.ReadElementContentAsString());
            }
            else
            {
                item.Read();
            }
        }

        return text.ToString();
    }

    private static string Oversized(ImportSheetLayout layout, string what) =>
        $"Trang tính \"{layout.SheetName}\" {what}, vượt xa vùng của tệp mẫu "
        + $"(tối đa {MaxRows.ToString("N0", Vietnamese.Culture)} dòng). "
        + $"Hãy chép các dòng {layout.RowNoun} sang tệp mẫu mới tải về rồi tải lên lại.";

    /// <summary>Reads a &lt;c&gt; element to its end: value, formula, inline text.</summary>
    private static RawCell Cell(XmlReader reader)
    {
        var type = reader.GetAttribute("t");
        var style = Integer(reader.GetAttribute("s")) ?? 0;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new RawCell(type, style, null, null);
        }

        string? value = null, formula = null;
        using (var cell = reader.ReadSubtree())
        {
            cell.Read();
            cell.Read();
            while (!cell.EOF)
            {
                switch (cell)
                {
                    case { NodeType: XmlNodeType.Element, LocalName: "v" }:
                        value = cell.ReadElementContentAsString();
                        break;
                    case { NodeType: XmlNodeType.Element, LocalName: "f" }:
                        formula = cell.ReadElementContentAsString();
                        break;
                    case { NodeType: XmlNodeType.Element, LocalName: "is" }:
                        using (var item = cell.ReadSubtree())
                        {
                            value = StringItem(item);
                        }

                        cell.Read();
                        break;
                    default:
                        cell.Read();
                        break;
                }
            }
        }

        reader.Read();
        return new RawCell(type, style, value, formula);
    }

    /// <summary>"AB12" → (28, 12); without a row ("AB") → (28, 0); without a column ("12") → (0, 12); else
    /// null.</summary>
    private static (int Column, int Row)? Address(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var (column, i) = (0, 0);
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 4)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        var row = i < reference.Length ? Integer(reference[i..]) : 0;
        return row is null || (column == 0 && i == reference.Length) ? null : (column, row.Value);
    }
}
