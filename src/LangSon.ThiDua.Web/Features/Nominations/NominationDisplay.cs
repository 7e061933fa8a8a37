using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Features.Plans;

namespace LangSon.ThiDua.Web.Features.Nominations;

/// <summary>How nominations are shown: status badge colours, evidence results the Vietnamese way.</summary>
public static class NominationDisplay
{
    /// <summary>
    /// The one badge of each state, on the unit's pages and Sở Nội vụ's alike: with Sở Nội vụ blue, sent back yellow,
    /// eligible (waiting for the council) cyan, before the council dark, refused red, awarded green.
    /// </summary>
    public static string BadgeClass(NominationStatus status) => status switch
    {
        NominationStatus.Draft => "text-bg-secondary",
        NominationStatus.Submitted or NominationStatus.UnderReview => "text-bg-primary",
        NominationStatus.Returned => "text-bg-warning",
        NominationStatus.Ineligible or NominationStatus.Failed or NominationStatus.NotAwarded => "text-bg-danger",
        NominationStatus.Eligible => "text-bg-info",
        NominationStatus.InSession => "text-bg-dark",
        NominationStatus.Passed or NominationStatus.Decided or NominationStatus.Forwarded
            or NominationStatus.UnitDecided => "text-bg-success",
        _ => "text-bg-light",
    };

    /// <summary>"60 %" (numeric, with the unit of measure) or "Hoàn thành / Chưa hoàn thành"; "Chưa báo cáo" without a report.</summary>
    public static string LatestResult(EvidenceTarget target)
    {
        if (target.LatestAsOf is null)
        {
            return "Chưa báo cáo";
        }

        if (target.MeasureKind == MeasureKind.Milestone)
        {
            return target.LatestDone == true ? "Hoàn thành" : "Chưa hoàn thành";
        }

        var number = PlanDisplay.Number(target.LatestValue);
        return string.IsNullOrWhiteSpace(target.UnitOfMeasure) ? number : $"{number} {target.UnitOfMeasure}";
    }

    public static string Goal(EvidenceTarget target) =>
        target.MeasureKind == MeasureKind.Milestone
            ? "Hoàn thành nhiệm vụ"
            : string.IsNullOrWhiteSpace(target.UnitOfMeasure) ? PlanDisplay.Number(target.TargetValue) : $"{PlanDisplay.Number(target.TargetValue)} {target.UnitOfMeasure}";

    public static string Transition(NominationStatus? status) => status?.DisplayName() ?? "(lập mới)";
}
