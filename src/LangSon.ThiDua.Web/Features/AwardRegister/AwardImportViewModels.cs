using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Documents.Import;

namespace LangSon.ThiDua.Web.Features.AwardRegister;

public sealed record AwardImportCell(string Text, string? Error);

/// <summary>A row of the preview: its cells as typed, the refused ones marked, or why it is skipped.</summary>
public sealed record AwardImportPreviewRow(int RowNumber, IReadOnlyList<AwardImportCell> Cells, string? Skipped)
{
    public bool HasError => Cells.Any(c => c.Error is not null);
}

/// <summary>The uploaded file's rows, its errors ("Dòng 7, cột Ngày sinh: …"), and the token to confirm it.</summary>
public sealed class AwardImportPreviewViewModel
{
    public required string FileName { get; init; }

    public IReadOnlyList<ImportColumn> Columns { get; } = AwardImportColumns.All;

    public IReadOnlyList<AwardImportPreviewRow> Rows { get; init; } = [];

    public IReadOnlyList<string> Errors { get; init; } = [];

    public int NewCount { get; init; }

    public int SkippedCount { get; init; }

    /// <summary>Set only when the file is valid, has new lines and is kept for confirmation.</summary>
    public string? Token { get; init; }

    public static AwardImportPreviewViewModel From(string fileName, AwardImportCheck check, string? token)
    {
        var rows = check.Preview.Select(row => new AwardImportPreviewRow(row.RowNumber, row.Cells
                .Select((text, i) => new AwardImportCell(text, check.Errors.FirstOrDefault(e =>
                    e.RowNumber == row.RowNumber && e.ColumnName == AwardImportColumns.All[i].Name)?.Message))
                .ToList(), check.Skipped.GetValueOrDefault(row.RowNumber)))
            .ToList();
        return new AwardImportPreviewViewModel
        {
            FileName = fileName,
            Rows = rows,
            Errors = check.Errors.Select(e => e.ToString()).ToList(),
            NewCount = check.Records.Count,
            SkippedCount = check.Skipped.Count,
            Token = token,
        };
    }
}
