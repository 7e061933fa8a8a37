using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.EmulationPacts;

/// <summary>A group in the list, with the state of its pact for the year shown.</summary>
public sealed record PactGroupRow(
    int GroupId, string Name, EmulationGroupKind Kind, string? LeadName, PactStatus? Status);

public sealed class PactIndexViewModel
{
    public int Year { get; init; }

    public required IReadOnlyList<PactGroupRow> Groups { get; init; }
}

public sealed record CommitmentRow(int Id, int Number, string? AreaTitle, string Text);

public sealed record SignatoryRow(
    int UnitId, string UnitName, string? SignerName, string? SignerTitle, DateTime? SignedAtUtc);

public sealed record CriterionRow(
    int Id, int Number, string Title, decimal MaxPoints, string? AreaTitle, string? Guidance);

public sealed record SectionRow(int Id, int Number, string Title, IReadOnlyList<CriterionRow> Criteria)
{
    public decimal MaxPoints => Criteria.Sum(c => c.MaxPoints);
}

public sealed record AdjustmentRow(int Id, AdjustmentKind Kind, string Reason, decimal MaxPoints);

/// <summary>The pact of a year as its page shows it, with what the user may do now and why not.</summary>
public sealed class PactView
{
    public int Id { get; init; }

    public PactStatus Status { get; init; }

    public required string CampaignTitle { get; init; }

    public required string LeadName { get; init; }

    public string? DeputyName { get; init; }

    public DateTime? SignedAtUtc { get; init; }

    public string? TieBreakRule { get; init; }

    public required IReadOnlyList<CommitmentRow> Commitments { get; init; }

    public required IReadOnlyList<SignatoryRow> Signatories { get; init; }

    public required IReadOnlyList<SectionRow> Sections { get; init; }

    public required IReadOnlyList<AdjustmentRow> Adjustments { get; init; }

    public decimal TotalMaxPoints => Sections.Sum(s => s.MaxPoints);

    public string? TextEditRefusal { get; init; }

    public string? EditRefusal { get; init; }

    public string? OpenRefusal { get; init; }

    public string? OpenScoringRefusal { get; init; }

    /// <summary>Why the user's unit may not sign now, or null (shown to the signatories' users only).</summary>
    public string? SignRefusal { get; init; }

    public bool IsSignatory { get; init; }

    public string? CopyRefusal { get; init; }
}

/// <summary>The year page of a group: its pact (if drafted) and the user's rights on it.</summary>
public sealed class PactYearViewModel
{
    public int GroupId { get; init; }

    public required string GroupName { get; init; }

    public EmulationGroupKind Kind { get; init; }

    public int Year { get; init; }

    public required IReadOnlyList<int> OtherYears { get; init; }

    public PactView? Pact { get; init; }

    public bool MayEdit { get; init; }

    public bool MaySign { get; init; }

    public string KindWord => Kind == EmulationGroupKind.Sector ? "khối" : "cụm";
}

/// <summary>A confirmation page before an irreversible or destructive step.</summary>
public sealed class ConfirmViewModel
{
    public required string Title { get; init; }

    public required string Question { get; init; }

    public IReadOnlyList<string> Details { get; init; } = [];

    public required string Controller { get; init; }

    public required string Action { get; init; }

    public required IDictionary<string, string> Route { get; init; }

    public required string Button { get; init; }

    public bool Destructive { get; init; }

    public int GroupId { get; init; }

    public int Year { get; init; }
}
