using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.Plans;

/// <summary>/Plans/Mine when the unit has no plan yet for the active campaign.</summary>
public sealed record MinePlanViewModel(string UnitName, int? CampaignId, string? CampaignTitle, DateOnly? PlanDeadline, bool CanStart);

public sealed record PlanRow(
    int Id,
    string UnitName,
    UnitKind UnitKind,
    string? GroupName,
    PlanStatus Status,
    int TargetCount,
    DateTime? LastTransitionUtc);

/// <summary>/Plans: every unit's plan of one campaign, filtered.</summary>
public sealed class PlanIndexViewModel
{
    public string? Q { get; init; }

    public PlanStatus? Status { get; init; }

    public UnitKind? Kind { get; init; }

    public int? Group { get; init; }

    public int? CampaignId { get; init; }

    public string? CampaignTitle { get; init; }

    public int SubmittedCount { get; init; }

    public bool ShowReviewTab { get; init; }

    public required Page<PlanRow> Results { get; init; }

    public IReadOnlyList<SelectListItem> GroupOptions { get; init; } = [];

    public IReadOnlyList<SelectListItem> CampaignOptions { get; init; } = [];
}

/// <summary>One target as shown on the plan's page, with its latest report and derived state.</summary>
public sealed class TargetRow : TargetTerms
{
    public int Id { get; init; }

    public int ContentAreaId { get; init; }

    public int SortOrder { get; init; }

    public int Position { get; set; }

    public bool IsFirst { get; set; }

    public bool IsLast { get; set; }

    public DateOnly? LatestAsOf { get; init; }

    public decimal? LatestValue { get; init; }

    public bool? LatestDone { get; init; }

    /// <summary>The percent of the latest report, or null when nothing was reported yet.</summary>
    public decimal? LatestPercent { get; init; }

    public TargetState State { get; set; }

    public decimal Percent => LatestPercent ?? 0m;

    public bool IsOverdue => State is TargetState.Overdue or TargetState.NotAchieved;

    public int DaysLeft { get; set; }
}

public sealed record AreaBlock(int Id, int Number, string ShortTitle, decimal Percent, IReadOnlyList<TargetRow> Targets);

/// <summary>One content area's section on the plan's page.</summary>
public sealed record AreaSectionModel(AreaBlock Area, int PlanId, bool CanEdit);

public sealed record TransitionRow(DateTime AtUtc, string UserName, string FullName, PlanStatus? From, PlanStatus To, string? Comment);

/// <summary>/Plans/Details: the plan, its targets by content area with progress, deadlines soon, history.</summary>
public sealed class PlanDetailsViewModel
{
    public int Id { get; init; }

    public int UnitId { get; init; }

    public required string UnitName { get; init; }

    public required string CampaignTitle { get; init; }

    public string? DocumentNumber { get; init; }

    public DateOnly? DocumentDate { get; init; }

    public string? Summary { get; init; }

    public PlanStatus Status { get; init; }

    public string? ReviewComment { get; init; }

    public DateOnly Today { get; init; }

    public IReadOnlyList<AreaBlock> Areas { get; init; } = [];

    public int TargetCount => Areas.Sum(a => a.Targets.Count);

    public decimal OverallPercent { get; init; }

    public IReadOnlyList<TargetRow> DueSoon { get; init; } = [];

    public IReadOnlyList<TransitionRow> History { get; init; } = [];

    /// <summary>The user may change the plan now: one of the unit's users, and the plan is a draft or was returned.</summary>
    public bool CanEdit { get; init; }

    public bool CanSubmit { get; init; }

    public bool CanReview { get; init; }

    /// <summary>A unit user whose plan waits for the head's submission (shown as a hint).</summary>
    public bool ShowSubmitHint { get; init; }

    /// <summary>The unit head may ask to amend the accepted plan.</summary>
    public bool CanRequestAmendment { get; init; }

    /// <summary>Sở Nội vụ may reopen the plan or refuse the amendment request that waits.</summary>
    public bool CanDecideAmendment { get; init; }

    /// <summary>The amendment request that waits: who asked and why (filled by PlanAmendmentQuery).</summary>
    public TransitionRow? PendingAmendment { get; set; }

    /// <summary>The plan's accepted versions, oldest first (filled by PlanAmendmentQuery).</summary>
    public IReadOnlyList<VersionRow> Versions { get; set; } = [];

    /// <summary>What changed against the last accepted version kept, once amended (PlanAmendmentQuery).</summary>
    public PlanChangesModel? Changes { get; set; }
}
