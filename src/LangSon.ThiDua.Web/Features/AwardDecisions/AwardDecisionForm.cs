using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.AwardDecisions;

/// <summary>
/// "Quyết định khen thưởng" (Bằng khen CT UBND tỉnh) or "Tờ trình đề nghị Thủ tướng Chính phủ" (Bằng khen TTg): the
/// document's number, date and signer, and the passed nominations of the award form it covers.
/// </summary>
public sealed class AwardDecisionForm : IDecisionFields
{
    public const string DefaultSignerTitle = "Chủ tịch";

    /// <summary>The award form's code (hidden field).</summary>
    public string? FormCode { get; set; }

    [Display(Name = "Số văn bản")]
    public string? Number { get; set; }

    [Display(Name = "Ngày ký")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Người ký")]
    public string? SignerName { get; set; }

    [Display(Name = "Chức vụ người ký")]
    public string? SignerTitle { get; set; } = DefaultSignerTitle;

    /// <summary>The ticked nominations.</summary>
    public List<int> NominationIds { get; set; } = [];

    [BindNever]
    public string AwardFormName { get; set; } = "";

    [BindNever]
    public AwardDecisionKind Kind { get; set; }

    [BindNever]
    public string? CampaignTitle { get; set; }

    /// <summary>The passed nominations waiting for this document, collectives first.</summary>
    [BindNever]
    public IReadOnlyList<CandidateNomination> Candidates { get; set; } = [];

    [BindNever]
    public string NumberExample => Kind == AwardDecisionKind.Decision ? "1234/QĐ-UBND" : "56/TTr-UBND";
}

/// <summary>A passed nomination offered on the form, with the council's count when it passed.</summary>
public sealed record CandidateNomination(
    int Id, NomineeKind Kind, string NomineeName, string? Position, string? Workplace, string UnitName, int? Agree, int? Present, bool Selected);

/// <summary>A decision document's number, date and signer, as every decision form asks for them.</summary>
public interface IDecisionFields
{
    string? Number { get; }

    DateOnly? Date { get; }

    string? SignerName { get; }

    string? SignerTitle { get; }
}

/// <summary>The rules of <see cref="IDecisionFields"/>; the examples in the messages are the form's own.</summary>
public sealed class DecisionFieldsValidator : AbstractValidator<IDecisionFields>
{
    public DecisionFieldsValidator(string numberExample, string titleExample)
    {
        RuleFor(f => f.Number)
            .NotEmpty().WithMessage($"Hãy nhập số văn bản, ví dụ {numberExample}.")
            .MaximumLength(50).WithMessage("Số văn bản tối đa 50 ký tự.");
        RuleFor(f => f.Date).NotNull().WithMessage("Hãy nhập ngày ký văn bản.");
        RuleFor(f => f.SignerName)
            .NotEmpty().WithMessage("Hãy nhập họ tên người ký.")
            .MaximumLength(200).WithMessage("Họ tên người ký tối đa 200 ký tự.");
        RuleFor(f => f.SignerTitle)
            .NotEmpty().WithMessage($"Hãy nhập chức vụ người ký, ví dụ {titleExample}.")
            .MaximumLength(200).WithMessage("Chức vụ người ký tối đa 200 ký tự.");
    }
}

public sealed class AwardDecisionFormValidator : AbstractValidator<AwardDecisionForm>
{
    public AwardDecisionFormValidator()
    {
        RuleFor(f => f.FormCode).NotEmpty().WithMessage("Thiếu hình thức khen thưởng của văn bản.");
        Include(new DecisionFieldsValidator("1234/QĐ-UBND", "Chủ tịch"));
        RuleFor(f => f.NominationIds).NotEmpty().WithMessage("Hãy chọn ít nhất một hồ sơ đã được Hội đồng thông qua.");
    }
}

/// <summary>
/// The Prime Minister's decision on the province's Tờ trình: number, date, signer, and the nominees it awards (ticked);
/// the ones left unticked were not awarded.
/// </summary>
public sealed class PrimeMinisterDecisionForm : IDecisionFields
{
    public string? Number { get; set; }

    public DateOnly? Date { get; set; }

    public string? SignerName { get; set; }

    public string? SignerTitle { get; set; } = "Thủ tướng Chính phủ";

    public List<int> AwardedIds { get; set; } = [];

    [BindNever]
    public int ForwardingId { get; set; }

    [BindNever]
    public string ForwardingNumber { get; set; } = "";

    [BindNever]
    public DateOnly ForwardingDate { get; set; }

    [BindNever]
    public string AwardFormName { get; set; } = "";

    [BindNever]
    public IReadOnlyList<DecisionNominee> Nominees { get; set; } = [];
}

public sealed class PrimeMinisterDecisionFormValidator : AbstractValidator<PrimeMinisterDecisionForm>
{
    public PrimeMinisterDecisionFormValidator()
    {
        Include(new DecisionFieldsValidator("123/QĐ-TTg", "Thủ tướng Chính phủ"));
        RuleFor(f => f.AwardedIds).NotEmpty()
            .WithMessage(
                "Hãy đánh dấu các tập thể, cá nhân được tặng Bằng khen theo quyết định của Thủ tướng Chính phủ.");
    }
}
