using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

public enum SheetStatus
{
    [Display(Name = "Đang tự chấm")]
    Draft = 0,

    [Display(Name = "Đã gửi tự chấm")]
    Submitted = 1,

    [Display(Name = "Đã thẩm định")]
    Reviewed = 2,
}

/// <summary>
/// One member unit's score sheet of a pact's year: a line per criterion and per bonus/penalty item of the table, the
/// member's self-assessment (submitted by its head) and the lead unit's review. The total is derived, never stored.
/// </summary>
public sealed class ScoreSheet
{
    public int Id { get; set; }

    public int PactId { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public SheetStatus Status { get; set; } = SheetStatus.Draft;

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    /// <summary>The place the lead gave the unit among the units tied on its total, when scoring closed.</summary>
    public int? TiePosition { get; set; }

    public List<ScoreLine> Lines { get; set; } = [];

    public bool IsSubmitted => Status >= SheetStatus.Submitted;
}

/// <summary>
/// A line of a score sheet: either a criterion (self score 0..max) or a bonus/penalty item (points claimed 0..max with
/// the member's reason); the comment and evidence of the member; the lead's adjusted points with a reason.
/// </summary>
public sealed class ScoreLine
{
    public int Id { get; set; }

    public int SheetId { get; set; }

    public int? CriterionId { get; set; }

    public int? AdjustmentId { get; set; }

    public decimal SelfPoints { get; set; }

    /// <summary>The member's comment (for a bonus/penalty item: its reason).</summary>
    public string? Comment { get; set; }

    /// <summary>Where the evidence is: document number and date, a link, the report it is in.</summary>
    public string? Evidence { get; set; }

    public decimal? AdjustedPoints { get; set; }

    public string? AdjustmentReason { get; set; }

    /// <summary>The points that count: the lead's when adjusted, else the member's.</summary>
    public decimal Points => AdjustedPoints ?? SelfPoints;
}

/// <summary>What a member enters for one line: criterion or bonus/penalty item, points, comment, evidence.</summary>
public sealed record SelfScore(int? CriterionId, int? AdjustmentId, decimal Points, string? Comment, string? Evidence);

/// <summary>The lead's decision on one line of a sheet: the points that count, and why when they differ.</summary>
public sealed record ScoreReview(int LineId, decimal Points, string? Reason);

/// <summary>A unit's place in the ranking with its derived total.</summary>
public sealed record RankedUnit(int Rank, int UnitId, string UnitName, decimal Total, bool Tied);
