using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

[Flags]
public enum NomineeKinds
{
    None = 0,

    [Display(Name = "Tập thể")]
    Collective = 1,

    [Display(Name = "Cá nhân")]
    Individual = 2,
}

[Flags]
public enum DossierDocuments
{
    None = 0,

    [Display(Name = "Tờ trình của đơn vị")]
    Submission = 1,

    [Display(Name = "Báo cáo thành tích")]
    AchievementReport = 2,

    [Display(Name = "Biên bản họp xét của đơn vị")]
    MeetingMinutes = 4,
}

public enum DecisionLevel
{
    [Display(Name = "Đơn vị tự quyết định")]
    Unit = 0,

    [Display(Name = "Chủ tịch UBND tỉnh quyết định")]
    Province = 1,

    [Display(Name = "Tỉnh trình Thủ tướng Chính phủ")]
    PrimeMinister = 2,
}

/// <summary>What the agree share of a council vote is counted on.</summary>
public enum PassBase
{
    /// <summary>The ballots received: members present who voted and the written opinions of absent members.</summary>
    [Display(Name = "trên số phiếu thu về")]
    Voters = 0,

    /// <summary>
    /// The council's whole membership (the province council's rule): an absent member who sends nothing counts against.
    /// </summary>
    [Display(Name = "trên tổng số thành viên Hội đồng")]
    AllMembers = 1,
}

public enum TaskRating
{
    [Display(Name = "Không hoàn thành nhiệm vụ")]
    NotCompleted = 1,

    [Display(Name = "Hoàn thành nhiệm vụ")]
    Completed = 2,

    [Display(Name = "Hoàn thành tốt nhiệm vụ")]
    Good = 3,

    [Display(Name = "Hoàn thành xuất sắc nhiệm vụ")]
    Excellent = 4,
}

/// <summary>Hình thức khen thưởng. Its rules are data, edited by Admin, because the rules change.</summary>
public sealed class AwardForm
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public DecisionLevel DecisionLevel { get; set; }

    public NomineeKinds NomineeKinds { get; set; } = NomineeKinds.Collective | NomineeKinds.Individual;

    public bool RequiresCouncilVote { get; set; }

    /// <summary>
    /// Share of the council's members that must be present to open voting, and whose ballots (written opinions
    /// included) must come in before it closes, in percent.
    /// </summary>
    public decimal? QuorumPercent { get; set; }

    /// <summary>Share of agree votes needed to pass, in percent of <see cref="PassBase"/>.</summary>
    public decimal? PassThresholdPercent { get; set; }

    public PassBase PassBase { get; set; } = PassBase.AllMembers;

    /// <summary>
    /// A khối/cụm's vote rule (issue 23): the share of the member units present that must vote for a unit for the
    /// khối/cụm to propose it for this form, in percent; null when khối/cụm do not propose this form.
    /// </summary>
    public decimal? GroupVotePercent { get; set; }

    /// <summary>How many units one khối/cụm may propose for this form each year; null: no limit.</summary>
    public int? GroupQuota { get; set; }

    public bool HasGroupVoteRule => GroupVotePercent is not null;

    /// <summary>The lowest 2025 task rating a nominee may have.</summary>
    public TaskRating MinimumTaskRating { get; set; } = TaskRating.Good;

    public required string Eligibility { get; set; }

    public DossierDocuments RequiredDocuments { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The conditions that depend on the nominee's award and rating history (issue 22).</summary>
    public List<AwardEligibilityRule> EligibilityRules { get; set; } = [];
}
