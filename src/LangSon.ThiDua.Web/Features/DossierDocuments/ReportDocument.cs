using FluentValidation;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Features.Nominations;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.NominationDocuments;

/// <summary>What may be changed on a Báo cáo thành tích before printing; empty fields take the defaults from the data.</summary>
public sealed class ReportPrintForm : SignedPrintForm
{
    /// <summary>Danh hiệu thi đua, hình thức khen thưởng already received, one per line (section III).</summary>
    public string? PriorAwards { get; set; }
}

/// <summary>The signer of a Báo cáo thành tích is the unit's head (title "Giám đốc", "Chủ tịch").</summary>
public sealed class ReportPrintFormValidator : SignedPrintFormValidator<ReportPrintForm>
{
    public ReportPrintFormValidator()
        : base(signer: "thủ trưởng đơn vị")
    {
        RuleFor(f => f.PriorAwards).MaximumLength(2000).WithMessage("Các hình thức đã được khen thưởng không quá 2.000 ký tự.");
    }
}

/// <summary>
/// Báo cáo thành tích of a nomination, after the usual template of the annex of Nghị định 152/2025/NĐ-CP: of an individual
/// (sơ lược lý lịch, thành tích, khen thưởng; signed by the nominee and confirmed by the unit head) or of a collective
/// (đặc điểm, tình hình, thành tích, khen thưởng; signed by the unit head).
/// </summary>
public sealed class ReportDocument : IOfficialDocument
{
    public required OfficialHeader Header { get; init; }

    public string? BodyCode { get; init; }

    public NomineeKind Kind { get; init; }

    public required string NomineeName { get; init; }

    public string? NomineePosition { get; init; }

    public string? NomineeWorkplace { get; init; }

    public required string UnitName { get; init; }

    public required string AwardFormName { get; init; }

    public required string CampaignTitle { get; init; }

    /// <summary>The campaign's title as it reads inside a sentence: "phong trào thi đua …".</summary>
    public string CampaignPhrase => CampaignTitle.Length == 0
        ? CampaignTitle
        : Vietnamese.LowerFirst(CampaignTitle);

    public required string AchievementSummary { get; init; }

    public IReadOnlyList<EvidenceTarget> Targets { get; init; } = [];

    public TaskRating Rating { get; init; }

    /// <summary>The year the task rating is for (the campaign's first year).</summary>
    public int RatingYear { get; init; }

    public IReadOnlyList<string> PriorAwards { get; init; } = [];

    public bool IsIndividual => Kind == NomineeKind.Individual;

    public IEnumerable<string> SummaryParagraphs =>
        AchievementSummary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class ReportPrintViewModel
{
    public int NominationId { get; init; }

    public required string NomineeName { get; init; }

    public required string AwardFormName { get; init; }

    /// <summary>How many attachments are PDFs (merged) and how many are not (listed on the cover only).</summary>
    public int PdfAttachments { get; init; }

    public int OtherAttachments { get; init; }

    public required Units.UnitSignerPanel Signer { get; init; }

    public required ReportPrintForm Form { get; init; }
}
