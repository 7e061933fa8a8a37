using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>Who may read a nominee, and every route that shows one.</summary>
public static partial class AccessRules
{
    /// <summary>A user of another unit than the proposing one (Sở Y tế) of the nominees in
    /// <see cref="MayReadNominee"/>.</summary>
    public const string OtherUnitUser = "canbo.tamthanh";

    /// <summary>
    /// The one rule for reading a nominee, whichever way (page, file, PDF, Excel, whole dossier, the unit's Tờ trình
    /// that names it): the proposing unit's users, Sở Nội vụ and Admin always; council members once Sở Nội vụ has
    /// found the dossier eligible (eligible, on an agenda, voted, decided); nobody else. A document naming several
    /// nominees is read only by whoever may read each of them.
    /// </summary>
    public static bool MayReadNominee(string principal, NominationStatus status) => principal switch
    {
        "admin" or "noivu" or "truongdonvi.soyte" or "canbo.soyte" => true,
        "hoidong1" => status is NominationStatus.Eligible or NominationStatus.InSession or NominationStatus.Passed
            or NominationStatus.Failed or NominationStatus.Decided or NominationStatus.Forwarded,
        _ => false,
    };

    /// <summary>Every way to read a nominee: its dossier page and file, its documents, and its unit's Tờ trình.</summary>
    public static IReadOnlyList<string> NomineeReadRoutes(int nominationId, long attachmentId, int batchId) =>
    [
        $"/Nominations/Details/{nominationId}",
        $"/Nominations/Download/{attachmentId}",
        $"/DossierDocuments/Print/{nominationId}",
        $"/DossierDocuments/Report/{nominationId}?Preview=true",
        $"/DossierDocuments/Dossier/{nominationId}?Preview=true",
        $"/SubmissionDocuments/Print/{batchId}",
        $"/SubmissionDocuments/Pdf/{batchId}?Preview=true",
        $"/SubmissionDocuments/Excel/{batchId}",
    ];
}
