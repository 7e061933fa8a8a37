using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.NominationReview;

/// <summary>How nominations are shown on the review screens.</summary>
public static class ReviewDisplay
{
    /// <summary>The same badge as on the unit's pages (one colour per state).</summary>
    public static string BadgeClass(NominationStatus status) => Nominations.NominationDisplay.BadgeClass(status);

    /// <summary>"Dự thảo → Đã trình", or "Tạo hồ sơ" for the first step.</summary>
    public static string Transition(NominationStatus? from) => from is { } f ? f.DisplayName() : "Tạo hồ sơ";

    public static string Percent(decimal percent) => Vietnamese.Percent(percent);
}
