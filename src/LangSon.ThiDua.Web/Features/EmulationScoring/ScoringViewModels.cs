using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.EmulationScoring;

/// <summary>
/// A unit's plan target of a criterion's content area, with its latest reported progress (read-only).
/// </summary>
public sealed record TargetFact(
    int ContentAreaId, string Title, decimal? TargetValue, string? UnitOfMeasure, decimal? Percent, DateOnly? AsOf);

/// <summary>
/// A line of a score sheet as the pages show it: a criterion or a bonus/penalty item, with its scores.
/// </summary>
public sealed record SheetRow(
    int? CriterionId, int? AdjustmentId, int? LineId, string Number, string Title, decimal Max, string? Guidance,
    AdjustmentKind? Kind, decimal? Self, string? Comment, string? Evidence, decimal? Adjusted, string? Reason,
    IReadOnlyList<TargetFact> Facts)
{
    public decimal? Counted => Adjusted ?? Self;
}

public sealed record SheetSection(string Number, string Title, IReadOnlyList<SheetRow> Rows);

/// <summary>
/// One member's score sheet: the table with the member's and the lead's points, and what the user may do.
/// </summary>
public sealed class SheetViewModel
{
    public int PactId { get; init; }

    public int GroupId { get; init; }

    public int Year { get; init; }

    public int UnitId { get; init; }

    public required string UnitName { get; init; }

    public PactStatus PactStatus { get; init; }

    public SheetStatus? Status { get; init; }

    public DateTime? SubmittedAtUtc { get; init; }

    public DateTime? ReviewedAtUtc { get; init; }

    public IReadOnlyList<SheetSection> Sections { get; init; } = [];

    public IReadOnlyList<SheetRow> Items { get; init; } = [];

    public decimal Total { get; init; }

    public decimal TotalMax { get; init; }

    /// <summary>The member's users may change the sheet (own unit, before submission, scoring open).</summary>
    public bool MayEdit { get; init; }

    public string? EditRefusal { get; init; }

    public bool MaySubmit { get; init; }

    public string? SubmitRefusal { get; init; }

    /// <summary>The lead unit (or Admin) may review the sheet now.</summary>
    public bool MayReview { get; init; }

    public string? ReviewRefusal { get; init; }

    public bool IsOwnUnit { get; init; }

    public bool MayRank { get; init; }
}

public sealed record RankingRow(
    int Rank, int UnitId, string UnitName, decimal Total, bool Tied, SheetStatus? Status, int? TiePosition);

/// <summary>The ranking of the group's year (final once scoring is closed), or the scoring's progress before.</summary>
public sealed class RankingViewModel
{
    public int PactId { get; init; }

    public int GroupId { get; init; }

    public required string GroupName { get; init; }

    public int Year { get; init; }

    public PactStatus PactStatus { get; init; }

    public string? TieBreakRule { get; init; }

    public string? TieBreakNote { get; init; }

    public DateTime? ClosedAtUtc { get; init; }

    public decimal TotalMax { get; init; }

    public IReadOnlyList<RankingRow> Rows { get; init; } = [];

    /// <summary>The lead unit or Admin: may open each sheet and close scoring.</summary>
    public bool MayReview { get; init; }

    public string? CloseRefusal { get; init; }

    /// <summary>The groups of tied units, for the close form.</summary>
    public IReadOnlyList<IReadOnlyList<RankingRow>> Ties { get; init; } = [];
}
