using System.ComponentModel.DataAnnotations;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

public enum NominationStatus
{
    [Display(Name = "Dự thảo")]
    Draft = 0,

    [Display(Name = "Đã trình")]
    Submitted = 1,

    [Display(Name = "Đang thẩm định")]
    UnderReview = 2,

    [Display(Name = "Bị trả lại")]
    Returned = 3,

    [Display(Name = "Không đủ điều kiện")]
    Ineligible = 4,

    [Display(Name = "Đủ điều kiện")]
    Eligible = 5,

    [Display(Name = "Đang xét tại Hội đồng")]
    InSession = 6,

    [Display(Name = "Được Hội đồng thông qua")]
    Passed = 7,

    [Display(Name = "Không được thông qua")]
    Failed = 8,

    [Display(Name = "Đã có quyết định khen thưởng")]
    Decided = 9,

    [Display(Name = "Đã trình Thủ tướng Chính phủ")]
    Forwarded = 10,

    /// <summary>Giấy khen: the unit decides itself; the portal records it for statistics.</summary>
    [Display(Name = "Đơn vị đã khen thưởng")]
    UnitDecided = 11,

    /// <summary>Forwarded to the Prime Minister, whose decision did not award it.</summary>
    [Display(Name = "Không được Thủ tướng Chính phủ khen thưởng")]
    NotAwarded = 12,
}

public static class NominationStatusExtensions
{
    /// <summary>
    /// "Được khen thưởng", the one definition every count of awarded collectives and individuals uses (the summary, its
    /// PDF and workbook, the public results; docs/awards.md): awarded by a recorded decision of the province or of the
    /// Prime Minister (<see cref="NominationStatus.Decided"/>), or a Giấy khen the unit decided itself
    /// (<see cref="NominationStatus.UnitDecided"/>). Forwarded, passed and waiting dossiers are not awarded yet.
    /// </summary>
    public static bool IsAwarded(this NominationStatus status) =>
        status is NominationStatus.Decided or NominationStatus.UnitDecided;

    /// <summary>Found eligible by Sở Nội vụ, or further on: from here the council reads the dossier.</summary>
    public static bool HasReachedCouncil(this NominationStatus status) => status is NominationStatus.Eligible or NominationStatus.InSession
        or NominationStatus.Passed or NominationStatus.Failed or NominationStatus.Decided or NominationStatus.Forwarded
        or NominationStatus.NotAwarded;
}

public enum NomineeKind
{
    [Display(Name = "Tập thể")]
    Collective = 1,

    [Display(Name = "Cá nhân")]
    Individual = 2,
}
