using FluentValidation;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure.Documents;

namespace LangSon.ThiDua.Web.Features.SubmissionDocuments;

/// <summary>
/// What the unit may change on its Tờ trình before printing; empty fields take the defaults from the batch. The form is
/// sent by GET (preview in a new tab, file download), so the free texts are kept short enough for a URL.
/// </summary>
public sealed class SubmissionPrintForm : OfficialPrintForm
{
    /// <summary>The paragraph on the unit's achievements before the proposal.</summary>
    public string? Summary { get; set; }
}

public sealed class SubmissionPrintFormValidator : OfficialPrintFormValidator<SubmissionPrintForm>
{
    public SubmissionPrintFormValidator()
        : base(recipientsMaxLength: 500)
    {
        RuleFor(f => f.Summary).MaximumLength(1000).WithMessage("Đoạn tóm tắt thành tích không quá 1.000 ký tự.");
    }
}

/// <summary>The unit's Tờ trình đề nghị khen thưởng with its Danh sách, as an administrative document.</summary>
public sealed class SubmissionDocument : IOfficialDocument
{
    public required OfficialHeader Header { get; init; }

    public string? BodyCode { get; init; }

    /// <summary>"Sở Y tế", "UBND phường Tam Thanh": the unit as the body text names it.</summary>
    public required string UnitName { get; init; }

    public required string CampaignLegalBasis { get; init; }

    public required string Summary { get; init; }

    /// <summary>Per award form (in its order): how many tập thể and cá nhân are proposed.</summary>
    public required IReadOnlyList<AwardCount> Counts { get; init; }

    /// <summary>Giấy khen the unit gave itself and recorded with this batch; mentioned, not proposed.</summary>
    public int UnitDecidedCount { get; init; }

    public required NomineeList List { get; init; }
}

/// <summary>"Bằng khen của Chủ tịch UBND tỉnh: 2 tập thể, 3 cá nhân".</summary>
public sealed record AwardCount(string AwardForm, DecisionLevel Level, int Collectives, int Individuals)
{
    /// <summary>"02 tập thể, 03 cá nhân" (the two-digit style of administrative documents), zero parts left out.</summary>
    public string Text => string.Join(", ", new[] { (Collectives, "tập thể"), (Individuals, "cá nhân") }
        .Where(p => p.Item1 > 0).Select(p => $"{p.Item1:00} {p.Item2}"));
}

public sealed class SubmissionPrintViewModel
{
    public int BatchId { get; init; }

    public required string UnitName { get; init; }

    public required string DocumentNumber { get; init; }

    public DateOnly DocumentDate { get; init; }

    /// <summary>Nominations proposed to the province in this Tờ trình (Giấy khen excluded).</summary>
    public int ProposedCount { get; init; }

    public int UnitDecidedCount { get; init; }

    public required Units.UnitSignerPanel Signer { get; init; }

    public required SubmissionPrintForm Form { get; init; }
}
