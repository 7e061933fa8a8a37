using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Documents;

/// <summary>A content area (nội dung thi đua) of the campaign, as the workbook lists it.</summary>
public sealed record ContentAreaInfo(int Id, int Number, string ShortTitle)
{
    /// <summary>"1. Short title": the drop-down value of the template.</summary>
    public string Label => $"{Number}. {ShortTitle}";
}

/// <summary>What the rows of an imported workbook are checked against.</summary>
public sealed record ImportRules(IReadOnlyList<ContentAreaInfo> Areas, DateOnly CampaignStart, DateOnly? CampaignEnd);

/// <summary>One target read from a valid row of the workbook.</summary>
public sealed record ImportedTarget(
    int RowNumber,
    int ContentAreaId,
    int AreaNumber,
    string Title,
    MeasureKind MeasureKind,
    string? UnitOfMeasure,
    MeasureDirection Direction,
    decimal? Baseline,
    decimal? TargetValue,
    string ResponsibleName,
    string? ResponsiblePosition,
    DateOnly Deadline);

/// <summary>A problem at a cell (or, with row 0, with the whole file), in Vietnamese.</summary>
public sealed record ImportError(int RowNumber, string ColumnLetter, string ColumnName, string Message)
{
    public bool IsFileLevel => RowNumber == 0;

    public override string ToString() =>
        IsFileLevel ? Message : $"Dòng {RowNumber}, cột {ColumnLetter} ({ColumnName}): {Message}";
}

/// <summary>A non-empty row as the user typed it (texts per column), for the preview.</summary>
public sealed record ImportRow(int RowNumber, IReadOnlyList<string> Cells);

public sealed class ImportResult
{
    public const string NotExcelMessage = "Tệp không phải là tệp Excel (.xlsx) hợp lệ.";

    /// <summary>Targets read from the rows without errors, in file order.</summary>
    public IReadOnlyList<ImportedTarget> Rows { get; init; } = [];

    /// <summary>Every non-empty row as typed, in file order, valid or not.</summary>
    public IReadOnlyList<ImportRow> Preview { get; init; } = [];

    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    public bool IsValid => Errors.Count == 0 && Rows.Count > 0;

    public static ImportResult FileError(string message) => new() { Errors = [new ImportError(0, string.Empty, string.Empty, message)] };
}
