using System.ComponentModel.DataAnnotations;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Documents.SummaryReport;

/// <summary>
/// The figures of the Báo cáo tổng kết phong trào thi đua on one day: by content area, by unit, by khối/cụm and by award
/// form, with the feedback and exemplary-model counts. Filled by the web from the database (target states already
/// derived by <see cref="TargetProgress.State"/>); the page, the PDF and the workbook all print this one model.
/// </summary>
public sealed class SummaryReportModel
{
    /// <summary>The campaign summed up (the active one unless another was chosen), or null when there is none.</summary>
    public int? CampaignId { get; init; }

    /// <summary>The campaign's title, or null when there is none.</summary>
    public string? CampaignTitle { get; init; }

    /// <summary>The day the states are computed for (Vietnam time).</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>Active units, with the number of them at each plan status (null: no plan yet).</summary>
    public IReadOnlyList<SummaryPlanCount> PlanStatuses { get; init; } = [];

    public IReadOnlyList<SummaryArea> Areas { get; init; } = [];

    /// <summary>Active units in the province reports' order (khối/cụm, then name).</summary>
    public IReadOnlyList<SummaryUnit> Units { get; init; } = [];

    /// <summary>Khối and cụm thi đua, then a last row for units in none (when there are some).</summary>
    public IReadOnlyList<SummaryGroup> Groups { get; init; } = [];

    /// <summary>Every award form with a nomination in the campaign, or active, in the forms' order.</summary>
    public IReadOnlyList<SummaryAwardForm> AwardForms { get; init; } = [];

    /// <summary>Grassroots feedback (phản ánh) of the campaign by status.</summary>
    public IReadOnlyList<SummaryCount> FeedbackByStatus { get; init; } = [];

    /// <summary>Grassroots feedback of the campaign by category.</summary>
    public IReadOnlyList<SummaryCount> FeedbackByCategory { get; init; } = [];

    /// <summary>Exemplary models (gương điển hình) of the campaign by status.</summary>
    public IReadOnlyList<SummaryCount> ExemplaryByStatus { get; init; } = [];

    public int UnitCount => Units.Count;

    /// <summary>Units whose plan Sở Nội vụ accepted.</summary>
    public int UnitsAccepted => Units.Count(u => u.PlanStatus == PlanStatus.Accepted);

    /// <summary>Every target of the active units, counted by state.</summary>
    public SummaryTargets Targets => SummaryTargets.Sum(Areas.Select(a => a.Targets));

    /// <summary>The award forms' figures added up.</summary>
    public SummaryAwardForm AwardTotal => SummaryAwardForm.Total(AwardForms);
}

public sealed record SummaryCount(string Label, int Count);

/// <summary>The number of units at one plan status; <see cref="Status"/> null: no plan yet.</summary>
public sealed record SummaryPlanCount(PlanStatus? Status, int Count)
{
    public string Label => ProvinceText.PlanStatus(Status);
}

/// <summary>Targets counted by derived state, with their mean progress (<see cref="ProgressFigures.TargetMean"/>).
/// </summary>
public sealed record SummaryTargets(int Total, int Achieved, int OnTrack, int AtRisk, int Overdue, int NotAchieved, int NotStarted, decimal? AveragePercent)
{
    public static readonly SummaryTargets None = new(0, 0, 0, 0, 0, 0, 0, null);

    public static SummaryTargets From(ProvinceUnitSummary s) =>
        new(s.Targets, s.Achieved, s.OnTrack, s.AtRisk, s.Overdue, s.NotAchieved, s.NotStarted, s.AveragePercent);

    /// <summary>Achieved targets in percent of all, one decimal; null without targets.</summary>
    public decimal? AchievedPercent => Share(Achieved);

    public int Count(TargetState state) => state switch
    {
        TargetState.NotStarted => NotStarted,
        TargetState.OnTrack => OnTrack,
        TargetState.AtRisk => AtRisk,
        TargetState.Overdue => Overdue,
        TargetState.Achieved => Achieved,
        TargetState.NotAchieved => NotAchieved,
        _ => 0,
    };

    /// <summary>A count in percent of all targets, one decimal; null without targets.</summary>
    public decimal? Share(int count) => Total == 0 ? null : Math.Round(count * 100m / Total, 1, MidpointRounding.AwayFromZero);

    /// <summary>Sums of counts; the mean weighted by each part's number of targets.</summary>
    public static SummaryTargets Sum(IEnumerable<SummaryTargets> parts)
    {
        var list = parts.ToList();
        var total = list.Sum(p => p.Total);
        var weighted = list.Where(p => p.AveragePercent is not null).Sum(p => p.AveragePercent!.Value * p.Total);
        return new SummaryTargets(
            total, list.Sum(p => p.Achieved), list.Sum(p => p.OnTrack), list.Sum(p => p.AtRisk), list.Sum(p => p.Overdue),
            list.Sum(p => p.NotAchieved), list.Sum(p => p.NotStarted),
            total == 0 ? null : ProgressFigures.Round(weighted / total));
    }
}

/// <summary>A content area: how many units committed targets in it, and those targets by state.</summary>
public sealed record SummaryArea(int Number, string ShortTitle, int UnitsWithTargets, SummaryTargets Targets)
{
    public string Label => "Nội dung " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record SummaryUnit(string Code, string Name, UnitKind Kind, string? GroupName, PlanStatus? PlanStatus, SummaryTargets Targets);

/// <summary>
/// A khối or cụm thi đua (<see cref="Kind"/> null: the units in none). <see cref="Percent"/> is its progress as the
/// dashboard shows it (<see cref="ProgressFigures.GroupMean"/>: the mean of its units' progress), not the mean of its
/// targets (<see cref="SummaryTargets.AveragePercent"/>), which would let a unit with many targets outweigh the others.
/// </summary>
public sealed record SummaryGroup(
    string Name,
    EmulationGroupKind? Kind,
    int UnitCount,
    int UnitsWithPlan,
    int UnitsAccepted,
    SummaryTargets Targets,
    decimal? Percent)
{
    public string KindName => Kind?.DisplayName() ?? "";
}

/// <summary>Where a nomination ended up, for the chart and the award tables.</summary>
public enum NominationOutcome
{
    [Display(Name = "Đang xử lý")]
    InProgress = 0,

    [Display(Name = "Không đủ điều kiện")]
    Ineligible = 1,

    [Display(Name = "Không được thông qua")]
    Failed = 2,

    [Display(Name = "Được thông qua, chờ quyết định")]
    Passed = 3,

    [Display(Name = "Đã khen thưởng")]
    Awarded = 4,

    [Display(Name = "Đã trình Thủ tướng Chính phủ")]
    Forwarded = 5,

    [Display(Name = "Không được Thủ tướng Chính phủ khen thưởng")]
    NotAwarded = 6,
}

/// <summary>
/// One award form's nominations of the campaign (drafts left out): proposed (submitted to Sở Nội vụ, or decided by the
/// unit for a Giấy khen), found eligible, passed by the council (and later decided or forwarded), decided (by the
/// province's Quyết định or by the unit itself), forwarded to the Prime Minister; proposed and awarded by kind.
/// </summary>
public sealed record SummaryAwardForm(
    string Name,
    int Proposed,
    int Eligible,
    int Ineligible,
    int Passed,
    int Failed,
    int Decided,
    int Forwarded,
    int ProposedCollectives,
    int ProposedIndividuals,
    int AwardedCollectives,
    int AwardedIndividuals,
    IReadOnlyDictionary<NominationOutcome, int> Outcomes)
{
    public int Outcome(NominationOutcome outcome) => Outcomes.GetValueOrDefault(outcome);

    public static SummaryAwardForm Total(IReadOnlyList<SummaryAwardForm> forms) => new(
        "Tổng cộng",
        forms.Sum(f => f.Proposed), forms.Sum(f => f.Eligible), forms.Sum(f => f.Ineligible), forms.Sum(f => f.Passed),
        forms.Sum(f => f.Failed), forms.Sum(f => f.Decided), forms.Sum(f => f.Forwarded),
        forms.Sum(f => f.ProposedCollectives), forms.Sum(f => f.ProposedIndividuals),
        forms.Sum(f => f.AwardedCollectives), forms.Sum(f => f.AwardedIndividuals),
        Enum.GetValues<NominationOutcome>().ToDictionary(o => o, o => forms.Sum(f => f.Outcome(o))));
}
