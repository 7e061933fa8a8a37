using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.Plans;

/// <summary>The unit head asks Sở Nội vụ to reopen the accepted plan, saying why.</summary>
public sealed class AmendmentRequestForm
{
    [Display(Name = "Lý do đề nghị điều chỉnh")]
    public string? Reason { get; set; }

    /// <summary>The plan in short, shown above the form (never bound).</summary>
    [BindNever]
    public PlanDetailsViewModel? Plan { get; set; }
}

public sealed class AmendmentRequestFormValidator : AbstractValidator<AmendmentRequestForm>
{
    public AmendmentRequestFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Hãy ghi rõ lý do đề nghị điều chỉnh kế hoạch.");
        RuleFor(f => f.Reason).Must(v => v is null || v.Trim().Length <= 2000)
            .WithMessage("Lý do tối đa 2.000 ký tự.");
    }
}

public enum AmendmentDecision
{
    Approve = 1,
    Refuse = 2,
}

/// <summary>
/// Sở Nội vụ's answer to an amendment request: reopen the plan (comment optional) or refuse (reason required).
/// </summary>
public sealed class AmendmentDecisionForm
{
    [Display(Name = "Ý kiến")]
    public string? Comment { get; set; }

    public AmendmentDecision? Decision { get; set; }

    [BindNever]
    public PlanDetailsViewModel? Plan { get; set; }
}

public sealed class AmendmentDecisionFormValidator : AbstractValidator<AmendmentDecisionForm>
{
    public AmendmentDecisionFormValidator()
    {
        RuleFor(f => f.Decision).NotNull().WithMessage("Hãy chọn \"Đồng ý điều chỉnh\" hoặc \"Không đồng ý\".")
            .IsInEnum().WithMessage("Quyết định không hợp lệ.");
        RuleFor(f => f.Comment).NotEmpty().When(f => f.Decision == AmendmentDecision.Refuse)
            .WithMessage("Hãy ghi rõ lý do không đồng ý điều chỉnh kế hoạch.");
        RuleFor(f => f.Comment).Must(v => v is null || v.Trim().Length <= 2000)
            .WithMessage("Ý kiến tối đa 2.000 ký tự.");
    }
}
