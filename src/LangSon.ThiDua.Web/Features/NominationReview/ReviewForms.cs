using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.NominationReview;

/// <summary>"Tiếp nhận thẩm định": nothing to type; the version seen on the page refuses a stale click.</summary>
public sealed class StartReviewForm
{
    public int Version { get; set; }
}

public sealed class StartReviewFormValidator : AbstractValidator<StartReviewForm>
{
    public StartReviewFormValidator()
    {
        RuleFor(f => f.Version).GreaterThanOrEqualTo(0).WithMessage("Phiên bản hồ sơ không hợp lệ. Hãy tải lại trang.");
    }
}

/// <summary>"Đủ điều kiện", with an optional comment for the council.</summary>
public sealed class EligibleForm
{
    [Display(Name = "Ý kiến thẩm định (không bắt buộc)")]
    public string? Comment { get; set; }

    public int Version { get; set; }
}

public sealed class EligibleFormValidator : AbstractValidator<EligibleForm>
{
    public EligibleFormValidator()
    {
        RuleFor(f => f.Comment).Must(v => v is null || v.Trim().Length <= ReviewLimits.Comment)
            .WithMessage("Ý kiến thẩm định tối đa 2.000 ký tự.");
        RuleFor(f => f.Version).GreaterThanOrEqualTo(0).WithMessage("Phiên bản hồ sơ không hợp lệ. Hãy tải lại trang.");
    }
}

/// <summary>"Trả lại để bổ sung": the unit must be told what to correct.</summary>
public sealed class ReturnForm
{
    [Display(Name = "Nội dung cần bổ sung, chỉnh sửa")]
    public string? Comment { get; set; }

    public int Version { get; set; }
}

public sealed class ReturnFormValidator : AbstractValidator<ReturnForm>
{
    public ReturnFormValidator()
    {
        RuleFor(f => f.Comment).NotEmpty()
            .WithMessage("Hãy ghi rõ nội dung cần bổ sung, chỉnh sửa để đơn vị hoàn thiện hồ sơ.")
            .Must(v => v is null || v.Trim().Length <= ReviewLimits.Comment)
            .WithMessage("Nội dung trả lại tối đa 2.000 ký tự.");
        RuleFor(f => f.Version).GreaterThanOrEqualTo(0).WithMessage("Phiên bản hồ sơ không hợp lệ. Hãy tải lại trang.");
    }
}

/// <summary>"Không đủ điều kiện": final, so it has a confirmation page of its own; the reason is required.</summary>
public sealed class IneligibleForm
{
    [Display(Name = "Lý do không đủ điều kiện")]
    public string? Reason { get; set; }

    public int Version { get; set; }

    /// <summary>The dossier in short, shown above the form (never bound).</summary>
    [BindNever]
    public DossierSummary? Dossier { get; set; }
}

public sealed class IneligibleFormValidator : AbstractValidator<IneligibleForm>
{
    public IneligibleFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Hãy ghi rõ lý do hồ sơ không đủ điều kiện.")
            .Must(v => v is null || v.Trim().Length <= ReviewLimits.Comment)
            .WithMessage("Lý do tối đa 2.000 ký tự.");
        RuleFor(f => f.Version).GreaterThanOrEqualTo(0).WithMessage("Phiên bản hồ sơ không hợp lệ. Hãy tải lại trang.");
    }
}

internal static class ReviewLimits
{
    /// <summary>Nomination.ReviewComment and NominationTransition.Comment hold 2,000 characters.</summary>
    public const int Comment = 2000;
}
