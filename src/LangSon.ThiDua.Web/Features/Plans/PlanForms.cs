using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.Plans;

/// <summary>The plan's own document number and date and its summary. Version detects concurrent edits.</summary>
public sealed class PlanEditForm
{
    [Display(Name = "Số văn bản")]
    public string? DocumentNumber { get; set; }

    [Display(Name = "Ngày văn bản")]
    public DateOnly? DocumentDate { get; set; }

    [Display(Name = "Tóm tắt kế hoạch")]
    public string? Summary { get; set; }

    public int Version { get; set; }

    [BindNever]
    public int Id { get; set; }

    [BindNever]
    public string UnitName { get; set; } = string.Empty;

    public static PlanEditForm From(UnitPlan plan, string unitName) => new()
    {
        Id = plan.Id,
        UnitName = unitName,
        DocumentNumber = plan.DocumentNumber,
        DocumentDate = plan.DocumentDate,
        Summary = plan.Summary,
        Version = plan.Version,
    };

    public void ApplyTo(UnitPlan plan)
    {
        plan.DocumentNumber = Blank(DocumentNumber);
        plan.DocumentDate = DocumentDate;
        plan.Summary = Blank(Summary);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class PlanEditFormValidator : AbstractValidator<PlanEditForm>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public PlanEditFormValidator()
    {
        RuleFor(f => f.DocumentNumber).Must(v => v is null || v.Trim().Length <= 50)
            .WithMessage("Số văn bản tối đa 50 ký tự.");
        RuleFor(f => f.DocumentDate).InclusiveBetween(Earliest, Latest).When(f => f.DocumentDate is not null)
            .WithMessage("Ngày văn bản không hợp lệ.");
        RuleFor(f => f.Summary).Must(v => v is null || v.Trim().Length <= 4000)
            .WithMessage("Tóm tắt kế hoạch tối đa 4.000 ký tự.");
    }
}

public enum ReviewDecision
{
    Accept = 1,
    Return = 2,
}

/// <summary>Sở Nội vụ's decision on a submitted plan: accept (comment optional) or return (comment required).</summary>
public sealed class PlanReviewForm
{
    [Display(Name = "Ý kiến")]
    public string? Comment { get; set; }

    public ReviewDecision? Decision { get; set; }

    /// <summary>The plan in short, shown above the form (never bound).</summary>
    [BindNever]
    public PlanDetailsViewModel? Plan { get; set; }
}

public sealed class PlanReviewFormValidator : AbstractValidator<PlanReviewForm>
{
    public PlanReviewFormValidator()
    {
        RuleFor(f => f.Decision).NotNull().WithMessage("Hãy chọn \"Chấp thuận\" hoặc \"Trả lại\".")
            .IsInEnum().WithMessage("Quyết định không hợp lệ.");
        RuleFor(f => f.Comment).NotEmpty().When(f => f.Decision == ReviewDecision.Return)
            .WithMessage("Hãy ghi rõ lý do trả lại kế hoạch để đơn vị chỉnh sửa.");
        RuleFor(f => f.Comment).Must(v => v is null || v.Trim().Length <= 2000)
            .WithMessage("Ý kiến tối đa 2.000 ký tự.");
    }
}
