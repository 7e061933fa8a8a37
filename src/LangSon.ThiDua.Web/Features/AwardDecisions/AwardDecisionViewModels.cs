using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.AwardDecisions;

public sealed record DecisionRow(
    int Id, AwardDecisionKind Kind, string Number, DateOnly Date, string SignerName, string SignerTitle, string AwardFormName, int NominationCount);

/// <summary>An award form the province decides or forwards, and how many passed nominations wait for its document.</summary>
public sealed record PendingForm(string Code, string Name, DecisionLevel Level, int Waiting)
{
    public AwardDecisionKind Kind => Level == DecisionLevel.PrimeMinister ? AwardDecisionKind.ForwardingSubmission : AwardDecisionKind.Decision;
}

public sealed class AwardDecisionIndexViewModel
{
    public string? CampaignTitle { get; init; }

    public required Page<DecisionRow> Results { get; init; }

    /// <summary>Empty for observers, who see issued decisions only.</summary>
    public IReadOnlyList<PendingForm> Pending { get; init; } = [];

    public bool ShowPending { get; init; }

    public bool CanCreate { get; init; }
}

/// <summary>A nominee covered by a decision, as the list annexed to the document shows them.</summary>
public sealed record DecisionNominee(
    int Id, NomineeKind Kind, string Name, string? Position, string? Workplace, string UnitName)
{
    /// <summary>
    /// Where the dossier stands (a Tờ trình's nominees: forwarded, awarded or not by the Prime Minister).
    /// </summary>
    public NominationStatus? Status { get; init; }
}

/// <summary>
/// Another decision this one refers to: the Tờ trình a Prime Minister's decision answers, or that answer.
/// </summary>
public sealed record DecisionLink(int Id, string Number);

public sealed class AwardDecisionDetailsViewModel
{
    public int Id { get; init; }

    public AwardDecisionKind Kind { get; init; }

    public required string Number { get; init; }

    public DateOnly Date { get; init; }

    public required string SignerName { get; init; }

    public required string SignerTitle { get; init; }

    public required string AwardFormName { get; init; }

    public string? CampaignTitle { get; init; }

    public required string RecordedByUserName { get; init; }

    public DateTime RecordedAtUtc { get; init; }

    public IReadOnlyList<DecisionNominee> Collectives { get; init; } = [];

    public IReadOnlyList<DecisionNominee> Individuals { get; init; } = [];

    /// <summary>Dossier readers (not observers) get a link to each nomination's dossier.</summary>
    public bool CanOpenDossiers { get; init; }

    /// <summary>A Prime Minister's decision: the province's Tờ trình it answers.</summary>
    public DecisionLink? Forwarding { get; init; }

    /// <summary>Sở Nội vụ and Admin: the certificates to print for the decision's lines, or null.</summary>
    public DecisionCertificates? Certificates { get; init; }

    /// <summary>A Tờ trình: the Prime Minister's decision recorded on it, if any.</summary>
    public DecisionLink? Answer { get; init; }

    /// <summary>Sở Nội vụ may record the Prime Minister's decision on this Tờ trình now.</summary>
    public bool CanRecordAnswer { get; init; }

    /// <summary>The province drafts and prints its own documents, not the Prime Minister's.</summary>
    public bool HasDocuments => Kind != AwardDecisionKind.PrimeMinisterDecision;
}

/// <summary>One group (tập thể or cá nhân) of the decision's list.</summary>
public sealed record NomineeTableModel(
    string Id, string Heading, IReadOnlyList<DecisionNominee> Rows, bool Individuals, bool CanOpenDossiers,
    DecisionCertificates? Certificates = null);
