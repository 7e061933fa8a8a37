using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.NominationReview;

/// <summary>How nominations are shown on the review screens.</summary>
public static class ReviewDisplay
{
    public static string BadgeClass(NominationStatus status) => status switch
    {
        NominationStatus.Draft => "text-bg-secondary",
        NominationStatus.Submitted => "text-bg-primary",
        NominationStatus.UnderReview => "text-bg-info",
        NominationStatus.Returned => "text-bg-warning",
        NominationStatus.Ineligible or NominationStatus.Failed or NominationStatus.NotAwarded => "text-bg-danger",
        NominationStatus.Eligible or NominationStatus.Passed or NominationStatus.Decided or NominationStatus.Forwarded => "text-bg-success",
        NominationStatus.InSession => "text-bg-dark",
        _ => "text-bg-light",
    };

    /// <summary>"Dự thảo → Đã trình", or "Tạo hồ sơ" for the first step.</summary>
    public static string Transition(NominationStatus? from) => from is { } f ? f.DisplayName() : "Tạo hồ sơ";

    public static string Percent(decimal percent) => Vietnamese.Percent(percent);
}
