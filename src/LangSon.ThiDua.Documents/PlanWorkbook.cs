using LangSon.ThiDua.Documents.Import;

namespace LangSon.ThiDua.Documents;

/// <summary>The Excel documents of a unit's plan: the import template, reading it back, and the export with progress.</summary>
public interface IPlanWorkbook
{
    /// <summary>The import template (.xlsx) for a campaign's content areas.</summary>
    byte[] Template(IReadOnlyList<ContentAreaInfo> areas);

    /// <summary>Reads the rows of an uploaded template; problems with the file come back as Vietnamese errors, never as
    /// exceptions.</summary>
    ImportResult Read(Stream content);

    /// <summary>The plan with its targets, their latest progress and every report (.xlsx).</summary>
    byte[] Export(PlanExportModel model);
}

/// <summary>The ClosedXML implementation of <see cref="IPlanWorkbook"/>.</summary>
public sealed class PlanWorkbook : IPlanWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] Template(IReadOnlyList<ContentAreaInfo> areas) => TemplateWriter.Write(areas);

    public ImportResult Read(Stream content) => ImportSheetReader.Read(content, TargetColumns.Layout);

    public byte[] Export(PlanExportModel model) => PlanExportWriter.Write(model);
}
