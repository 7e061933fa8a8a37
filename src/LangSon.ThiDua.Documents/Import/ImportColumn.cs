namespace LangSon.ThiDua.Documents.Import;

/// <summary>One column of an import sheet (plan targets, past awards), shared by its template and its reader.</summary>
public sealed record ImportColumn(int Number, string Name, double Width, string Help)
{
    public string Letter => ((char)('A' + Number - 1)).ToString();
}
