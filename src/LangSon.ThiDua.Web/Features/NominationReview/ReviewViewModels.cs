using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.NominationReview;

/// <summary>One row of the review queue.</summary>
public sealed record QueueRow(
    int Id, string NomineeName, string? NomineePosition, NomineeKind Kind, string UnitName, string FormName,
    TaskRating Rating, string? BatchNumber, DateOnly? BatchDate, NominationStatus Status, bool HasDuplicate);

/// <summary>/NominationReview: the nominations of the active campaign, waiting ones first, with filters.</summary>
public sealed class QueueViewModel
{
    /// <summary>Query values of the status filter besides a status number.</summary>
    public const string Waiting = "waiting";

    public const string All = "all";

    public string? Status { get; init; }

    /// <summary>Part of the proposing unit's name, without diacritics or case if one likes ("so y te").</summary>
    public string? UnitName { get; init; }

    public int? Group { get; init; }

    public int? Form { get; init; }

    public NomineeKind? Kind { get; init; }

    public string? Q { get; init; }

    public string? CampaignTitle { get; init; }

    /// <summary>How many nominations are in each status (drafts are the units' own and are not counted).</summary>
    public required IReadOnlyList<StatusCount> Counts { get; init; }

    public required Page<QueueRow> Results { get; init; }

    public required IReadOnlyList<SelectListItem> StatusOptions { get; init; }

    public required IReadOnlyList<SelectListItem> GroupOptions { get; init; }

    public required IReadOnlyList<SelectListItem> FormOptions { get; init; }

    public bool IsWaitingFilter => Status is null or "" or Waiting;

    public int WaitingCount => WaitingIn(Counts);

    /// <summary>
    /// The dossiers waiting for review among <paramref name="counts"/>: submitted or under review, the statuses of the
    /// queue's waiting filter (NominationReviewController.Index).
    /// </summary>
    public static int WaitingIn(IEnumerable<StatusCount> counts) => counts
        .Where(c => c.Status is NominationStatus.Submitted or NominationStatus.UnderReview).Sum(c => c.Count);
}

public sealed record StatusCount(NominationStatus Status, int Count);

/// <summary>The nomination in a few words: what a confirmation page or a duplicate list shows.</summary>
public sealed record DossierSummary(
    int Id, string NomineeName, NomineeKind Kind, string UnitName, string FormName, NominationStatus Status);

/// <summary>A required document of the award form: attached (with its files), or missing.</summary>
public sealed record ChecklistItem(
    DossierDocuments Document, bool Present, IReadOnlyList<AttachmentLink> Files, string? Note);

public sealed record AttachmentLink(long Id, string FileName, long Size);

/// <summary>A target of the unit cited as evidence, with its latest reported result.</summary>
public sealed record EvidenceRow(
    int TargetId, string Title, string Goal, string? LatestResult, decimal? Percent, DateOnly? AsOf);

public sealed record HistoryRow(
    DateTime AtUtc, string UserName, string FullName, NominationStatus? From, NominationStatus To, string? Comment);

/// <summary>/NominationReview/Review/5: the dossier checked by Sở Nội vụ, with the decisions its status allows.
/// </summary>
public sealed class ReviewViewModel
{
    public required DossierSummary Summary { get; init; }

    public int Version { get; init; }

    public int UnitId { get; init; }

    public string? NomineePosition { get; init; }

    public string? NomineeWorkplace { get; init; }

    public required string AchievementSummary { get; init; }

    public TaskRating Rating { get; init; }

    public TaskRating MinimumRating { get; init; }

    public bool RatingMeetsMinimum => Rating >= MinimumRating;

    public string? ReviewComment { get; init; }

    public required string CampaignTitle { get; init; }

    public DecisionLevel DecisionLevel { get; init; }

    public bool RequiresCouncilVote { get; init; }

    public string? BatchNumber { get; init; }

    public DateOnly? BatchDate { get; init; }

    public string? SubmittedBy { get; init; }

    public DateTime? SubmittedAtUtc { get; init; }

    public required IReadOnlyList<ChecklistItem> Checklist { get; init; }

    public required IReadOnlyList<EvidenceRow> Evidence { get; init; }

    public required IReadOnlyList<HistoryRow> History { get; init; }

    /// <summary>
    /// Other nominations of the campaign with the same folded name and kind (any unit, any status but draft).
    /// </summary>
    public required IReadOnlyList<DossierSummary> Duplicates { get; init; }

    /// <summary>The award form's history rules against the register, read now (issue 22).</summary>
    public required EligibilityReport Eligibility { get; init; }

    public bool ChecklistComplete => Checklist.All(c => c.Present);

    public NominationStatus Status => Summary.Status;

    public bool CanStartReview => Status == NominationStatus.Submitted;

    public bool CanMarkEligible => Status is NominationStatus.Submitted or NominationStatus.UnderReview;

    public bool CanReturn =>
        Status is NominationStatus.Submitted or NominationStatus.UnderReview or NominationStatus.Eligible;

    public bool CanMarkIneligible => CanReturn;

    public bool HasActions => CanReturn;

    public StartReviewForm Start { get; set; } = new();

    public EligibleForm Eligible { get; set; } = new();

    public ReturnForm Return { get; set; } = new();
}

/// <summary>/NominationReview/Reopenings: who may still submit after the deadline, until when and why.</summary>
public sealed class ReopeningsViewModel
{
    public string? CampaignTitle { get; init; }

    public DateOnly? NominationDeadline { get; init; }

    public DateOnly Today { get; init; }

    public bool DeadlinePassed => NominationDeadline is { } deadline && Today > deadline;

    public required Page<ReopeningRow> Results { get; init; }
}

public sealed record ReopeningRow(
    int Id, string UnitName, DateOnly OpenUntil, string Reason, string ReopenedBy, DateTime ReopenedAtUtc);
