using ClosedXML.Excel;

namespace LangSon.ThiDua.Documents.Import;

/// <summary>
/// The "Hướng dẫn" sheet every import template opens with: a title, the notes, the table of its columns.
/// </summary>
internal static class ImportGuide
{
    /// <summary>
    /// Writes the title, the notes and the columns' table; returns the table's header row and last row.
    /// </summary>
    public static (int TableStart, int LastRow) Write(
        IXLWorksheet help, string title, IReadOnlyList<string> notes, IEnumerable<ImportColumn> columns)
    {
        help.Cell(1, 1).SetValue(title);
        help.Cell(1, 1).Style.Font.Bold = true;
        help.Cell(1, 1).Style.Font.FontSize = 14;
        help.Range(1, 1, 1, 3).Merge();
        var row = 2;
        foreach (var note in notes)
        {
            help.Cell(row, 1).SetValue("•");
            help.Cell(row, 2).SetValue(note);
            help.Range(row, 2, row, 3).Merge();
            // Excel does not grow merged rows to fit wrapped text: size them from the text length.
            help.Row(row).Height = 16 * Math.Ceiling(note.Length / 110.0);
            row++;
        }

        row++;
        help.Cell(row, 1).SetValue("Cột");
        help.Cell(row, 2).SetValue("Tên cột");
        help.Cell(row, 3).SetValue("Cách nhập");
        SheetStyle.Header(help.Range(row, 1, row, 3));
        var tableStart = row;
        foreach (var column in columns)
        {
            row++;
            help.Cell(row, 1).SetValue(column.Letter);
            help.Cell(row, 2).SetValue(column.Name);
            help.Cell(row, 3).SetValue(column.Help);
        }

        SheetStyle.Borders(help.Range(tableStart, 1, row, 3));
        return (tableStart, row);
    }
}
