using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.NominationDocuments;

/// <summary>What became of one part of the dossier in the merged file.</summary>
public enum PartOutcome
{
    /// <summary>Merged; its pages are listed.</summary>
    Merged,

    /// <summary>An image or an office file: attached to the dossier on the portal, not merged.</summary>
    NotPdf,

    /// <summary>A PDF that could not be read (damaged, protected) or whose file is missing on the server.</summary>
    Unreadable,
}

/// <summary>One line of the cover's list of parts; pages are known once the part is read.</summary>
public sealed record DossierPart(string Document, string? FileName, PartOutcome Outcome, int Pages = 0)
{
    /// <summary>The first page in the merged file, set when the cover is laid out.</summary>
    public int FirstPage { get; set; }

    public string PagesText => Outcome != PartOutcome.Merged || FirstPage == 0 ? "" : Pages == 1 ? FirstPage.ToString() : $"{FirstPage}–{FirstPage + Pages - 1}";

    public string Note => Outcome switch
    {
        PartOutcome.Merged => "Gộp trong tệp này",
        PartOutcome.NotPdf => "Kèm theo, không gộp",
        _ => "Tệp PDF bị hỏng hoặc không đọc được, không gộp",
    };
}

/// <summary>
/// The cover of a nomination's whole dossier: who is proposed for what, under which Tờ trình of the unit, and the list of
/// the dossier's parts with their pages in the merged file (a part that could not be merged is named and explained).
/// </summary>
public sealed class DossierCover
{
    public string? IssuingParent { get; init; }

    public required string IssuingBody { get; init; }

    public NomineeKind Kind { get; init; }

    public required string NomineeName { get; init; }

    public string? NomineePosition { get; init; }

    public required string UnitName { get; init; }

    public required string AwardFormName { get; init; }

    public required string CampaignTitle { get; init; }

    /// <summary>"Số 312/TTr-SYT ngày 13/12/2025", or null before the head submits.</summary>
    public string? Submission { get; init; }

    public NominationStatus Status { get; init; }

    /// <summary>"Lập ngày 15/12/2025 14:05 trên Cổng thi đua tỉnh Lạng Sơn".</summary>
    public required string MadeAt { get; init; }

    public required IReadOnlyList<DossierPart> Parts { get; init; }

    /// <summary>Pages the cover itself takes (the first part starts after it).</summary>
    public int CoverPages { get; set; } = 1;

    /// <summary>Numbers the merged parts from the page after the cover, once every part's pages are known.</summary>
    public void LayOut()
    {
        if (!PagesKnown)
        {
            return;
        }

        var next = CoverPages + 1;
        foreach (var part in Parts.Where(p => p.Outcome == PartOutcome.Merged))
        {
            part.FirstPage = next;
            next += part.Pages;
        }
    }

    /// <summary>Every merged part's pages are known (not in the HTML preview, which prints nothing).</summary>
    public bool PagesKnown => Parts.All(p => p.Outcome != PartOutcome.Merged || p.Pages > 0);

    public int TotalPages => CoverPages + Parts.Where(p => p.Outcome == PartOutcome.Merged).Sum(p => p.Pages);
}
