using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Documents.Import;

namespace LangSon.ThiDua.Web.Features.PlanImport;

/// <summary>The plan an import goes into, with what the rows are checked against.</summary>
public sealed class ImportPlanHeader
{
    public int Id { get; init; }

    public int UnitId { get; init; }

    public required string UnitName { get; init; }

    public int CampaignId { get; init; }

    public required string CampaignTitle { get; init; }

    public DateOnly CampaignStart { get; init; }

    public DateOnly? CampaignEnd { get; init; }

    public PlanStatus Status { get; init; }

    public bool IsEditable => UnitPlan.IsEditableStatus(Status);

    public IReadOnlyList<ContentAreaInfo> Areas { get; set; } = [];
}

public sealed class ImportUploadPage
{
    public required ImportPlanHeader Plan { get; init; }
}

public sealed record PreviewCell(string Text, string? Error);

public sealed record PreviewRow(int RowNumber, IReadOnlyList<PreviewCell> Cells)
{
    public bool HasError => Cells.Any(c => c.Error is not null);
}

/// <summary>All rows of the uploaded file as typed, the bad cells marked, and the token to confirm a valid file.</summary>
public sealed class ImportPreviewModel
{
    public required ImportPlanHeader Plan { get; init; }

    public required string FileName { get; init; }

    public IReadOnlyList<ImportColumn> Columns { get; } = TargetColumns.All;

    public IReadOnlyList<PreviewRow> Rows { get; init; } = [];

    /// <summary>"Ô G5 (Giá trị mục tiêu): …", in file order.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public int TargetCount { get; init; }

    /// <summary>Set only when the file is valid and kept for confirmation.</summary>
    public string? Token { get; init; }

    public static ImportPreviewModel From(ImportPlanHeader plan, string fileName, ImportCheck result, string? token)
    {
        var rows = result.Preview.Select(row => new PreviewRow(row.RowNumber, row.Cells
                .Select((text, index) => new PreviewCell(text, result.Errors
                    .FirstOrDefault(e => e.RowNumber == row.RowNumber && e.ColumnLetter == TargetColumns.All[index].Letter)?.Message))
                .ToList()))
            .ToList();
        return new ImportPreviewModel
        {
            Plan = plan,
            FileName = fileName,
            Rows = rows,
            Errors = result.Errors.Select(e => e.ToString()).ToList(),
            TargetCount = result.Targets.Count,
            Token = token,
        };
    }
}
