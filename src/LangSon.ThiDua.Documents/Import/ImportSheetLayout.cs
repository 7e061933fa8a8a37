namespace LangSon.ThiDua.Documents.Import;

/// <summary>
/// What an import template looks like to its reader: the sheet's name, the header row and the column titles (A, B, …
/// in order), how many rows a file may hold, and what one row is called in the messages ("mục tiêu", "khen thưởng").
/// </summary>
internal sealed record ImportSheetLayout(
    string SheetName, int HeaderRow, IReadOnlyList<string> Columns, int MaxRows, string RowNoun)
{
    public string LastColumnLetter => ((char)('A' + Columns.Count - 1)).ToString();
}
