namespace LangSon.ThiDua.Documents;

/// <summary>A content area (nội dung thi đua) of the campaign, as the workbook lists it.</summary>
public sealed record ContentAreaInfo(int Id, int Number, string ShortTitle)
{
    /// <summary>"1. Short title": the drop-down value of the template.</summary>
    public string Label => $"{Number}. {ShortTitle}";
}

/// <summary>A problem at a cell (or, with row 0, with the whole file), in Vietnamese.</summary>
public sealed record ImportError(int RowNumber, string ColumnLetter, string ColumnName, string Message)
{
    public bool IsFileLevel => RowNumber == 0;

    public override string ToString() =>
        IsFileLevel ? Message : $"Ô {ColumnLetter}{RowNumber} ({ColumnName}): {Message}";
}

/// <summary>A non-empty row as the user typed it: per column, the cell's text and its number or date if it is one.
/// </summary>
public sealed record ImportRow(int RowNumber, IReadOnlyList<CellText> Values)
{
    /// <summary>The texts per column, for the preview.</summary>
    public IReadOnlyList<string> Cells => Values.Select(v => v.Text).ToList();
}

public sealed class ImportResult
{
    public const string NotExcelMessage = "Tệp không phải là tệp Excel (.xlsx) hợp lệ.";

    /// <summary>Every non-empty row as typed, in file order, valid or not.</summary>
    public IReadOnlyList<ImportRow> Preview { get; init; } = [];

    /// <summary>What is wrong with the file as a whole (not an Excel file, moved columns, no rows); the cells are
    /// checked by the portal against the target form's rules.</summary>
    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    public static ImportResult FileError(string message) => new() { Errors = [new ImportError(0, string.Empty, string.Empty, message)] };
}
