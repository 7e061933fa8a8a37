using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

public enum PactStatus
{
    [Display(Name = "Dự thảo")]
    Draft = 0,

    [Display(Name = "Đang ký kết")]
    OpenForSigning = 1,

    [Display(Name = "Đã ký kết")]
    AllSigned = 2,

    [Display(Name = "Đang chấm điểm")]
    ScoringOpen = 3,

    [Display(Name = "Đã chốt điểm, xếp hạng")]
    ScoringClosed = 4,
}

public enum AdjustmentKind
{
    [Display(Name = "Điểm thưởng")]
    Bonus = 0,

    [Display(Name = "Điểm trừ")]
    Penalty = 1,
}

/// <summary>One commitment of the pact's text, per content area of the campaign.</summary>
public sealed class PactCommitment
{
    public int Id { get; set; }

    public int PactId { get; set; }

    public int Number { get; set; }

    public int? ContentAreaId { get; set; }

    public ContentArea? ContentArea { get; set; }

    public required string Text { get; set; }
}

/// <summary>
/// A member unit asked to sign, fixed when the pact opens for signing (units move between groups later); once signed,
/// the head who confirmed and when.
/// </summary>
public sealed class PactSignatory
{
    public int Id { get; set; }

    public int PactId { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>The unit's name when the pact opened for signing.</summary>
    public required string UnitName { get; set; }

    public string? SignedBy { get; set; }

    public string? SignerName { get; set; }

    public string? SignerTitle { get; set; }

    public DateTime? SignedAtUtc { get; set; }

    public bool HasSigned => SignedAtUtc is not null;
}

/// <summary>A group of criteria of the table (I., II., …).</summary>
public sealed class CriteriaSection
{
    public int Id { get; set; }

    public int PactId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public List<Criterion> Criteria { get; set; } = [];
}

/// <summary>
/// A criterion with its maximum points; optionally tied to a content area (its plan targets give the facts).
/// </summary>
public sealed class Criterion
{
    public int Id { get; set; }

    public int SectionId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public decimal MaxPoints { get; set; }

    public int? ContentAreaId { get; set; }

    public ContentArea? ContentArea { get; set; }

    /// <summary>How the criterion is scored, what evidence counts.</summary>
    public string? Guidance { get; set; }
}

/// <summary>A bonus or penalty item of the table, with its reason and the most points it gives or takes.</summary>
public sealed class PointAdjustment
{
    public int Id { get; set; }

    public int PactId { get; set; }

    public AdjustmentKind Kind { get; set; }

    public required string Reason { get; set; }

    public decimal MaxPoints { get; set; }
}

/// <summary>A member unit as the pact lists it when it opens for signing.</summary>
public sealed record PactMember(int UnitId, string UnitName);

/// <summary>What a criterion is: the editor's values, checked by the pact.</summary>
public sealed record CriterionTerms(string Title, decimal MaxPoints, int? ContentAreaId, string? Guidance);
