using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.Nominations;

/// <summary>The campaign's nomination deadline for a unit, and whether Sở Nội vụ reopened submission for it.</summary>
public sealed record DeadlineBanner(DateOnly? Deadline, DateOnly? ReopenedUntil, string? ReopenReason, DateOnly Today)
{
    public bool IsPast => Deadline is { } d && Today > d;

    public bool IsReopened => ReopenedUntil is { } until && Today <= until;

    /// <summary>The unit may submit today (the same rule as NominationBatch.Submit).</summary>
    public bool IsOpen => !IsPast || IsReopened;
}

/// <summary>/Nominations: the unit's nominations in the active campaign, filtered and paged.</summary>
public sealed class NominationIndexViewModel
{
    public string? Q { get; init; }

    public NominationStatus? Status { get; init; }

    public int? Form { get; init; }

    public NomineeKind? Kind { get; init; }

    public bool HasFilters => !string.IsNullOrWhiteSpace(Q) || Status is not null || Form is not null || Kind is not null;

    public required string UnitName { get; init; }

    public string? CampaignTitle { get; init; }

    public DeadlineBanner? Deadline { get; init; }

    public bool CanCreate { get; init; }

    public bool CanSubmit { get; init; }

    public int DraftCount { get; init; }

    public required Page<NominationRow> Results { get; init; }

    public IReadOnlyList<SelectListItem> FormOptions { get; init; } = [];
}

public sealed record NominationRow(
    int Id, string NomineeName, NomineeKind Kind, string? NomineePosition, string AwardFormName, TaskRating Rating, NominationStatus Status,
    string? BatchNumber, DateTime CreatedAtUtc);

/// <summary>/Nominations/Details/5: the dossier as the unit, Sở Nội vụ and council members read it.</summary>
public sealed class DossierViewModel
{
    public int Id { get; init; }

    public int UnitId { get; init; }

    public required string UnitName { get; init; }

    public required string CampaignTitle { get; init; }

    public NomineeKind Kind { get; init; }

    public required string NomineeName { get; init; }

    public string? NomineePosition { get; init; }

    public string? NomineeWorkplace { get; init; }

    public required string AchievementSummary { get; init; }

    public TaskRating Rating { get; init; }

    public required AwardFormOption AwardForm { get; init; }

    public NominationStatus Status { get; init; }

    public string? ReviewComment { get; init; }

    public required IReadOnlyList<EvidenceTarget> Targets { get; init; }

    public required IReadOnlyList<ChecklistItem> Checklist { get; init; }

    /// <summary>Files attached under a kind that the form does not require (kept, listed apart).</summary>
    public required IReadOnlyList<AttachmentRow> OtherFiles { get; init; }

    public required IReadOnlyList<string> Problems { get; init; }

    public required IReadOnlyList<TransitionRow> History { get; init; }

    public string? BatchNumber { get; init; }

    public DateOnly? BatchDate { get; init; }

    public int? BatchId { get; init; }

    public VoteResult? Vote { get; init; }

    public DecisionInfo? Decision { get; init; }

    /// <summary>The Prime Minister's decision on the Tờ trình that forwarded this dossier, once recorded.</summary>
    public DecisionInfo? PrimeMinisterDecision { get; init; }

    public bool IsEditable { get; init; }

    public bool CanEdit { get; init; }

    public bool CanDelete { get; init; }

    public bool CanSubmit { get; init; }

    /// <summary>The award form's history rules against the register, read now (issue 22).</summary>
    public EligibilityReport? Eligibility { get; init; }
}

/// <summary>
/// A required document of the award form: attached (✓) or missing (thiếu); the unit's Tờ trình is pending, not missing,
/// until the head submits (its number and date are typed then).
/// </summary>
public sealed record ChecklistItem(DossierDocuments Kind, bool Present, string? Note, IReadOnlyList<AttachmentRow> Files)
{
    public bool Pending { get; init; }
}

public sealed record AttachmentRow(long Id, string FileName, long Size, DossierDocuments? Kind, string UploadedBy, DateTime UploadedAtUtc)
{
    public string SizeText => Vietnamese.FileSize(Size);
}

public sealed record TransitionRow(DateTime AtUtc, string UserName, string FullName, NominationStatus? From, NominationStatus To, string? Comment);

/// <summary>The council's counted result for the nomination, once its session is closed.</summary>
public sealed record VoteResult(string SessionTitle, DateOnly MeetingDate, int Agree, int Disagree, int Abstain, int Present, int Members, bool QuorumMet, bool Passed);

public sealed record DecisionInfo(AwardDecisionKind Kind, string Number, DateOnly Date, string SignerName, string SignerTitle);

public sealed record DeleteNominationViewModel(int Id, string NomineeName, string AwardFormName, int AttachmentCount);

public sealed record DeleteAttachmentViewModel(long Id, int NominationId, string NomineeName, string FileName, DossierDocuments? Kind);

/// <summary>/Nominations/Batches: the unit's Tờ trình with the nominations each carried.</summary>
public sealed record BatchRow(int Id, string DocumentNumber, DateOnly DocumentDate, string SubmittedBy, DateTime SubmittedAtUtc, IReadOnlyList<BatchNomination> Nominations);

public sealed record BatchNomination(int Id, string NomineeName, string AwardFormName, NominationStatus Status);

public sealed record BatchesViewModel(string UnitName, string? CampaignTitle, IReadOnlyList<BatchRow> Batches);
