using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.EmulationPacts;

/// <summary>A group of criteria (I., II., …): its title.</summary>
public sealed class SectionForm
{
    public string? Title { get; set; }
}

public sealed class SectionFormValidator : AbstractValidator<SectionForm>
{
    public SectionFormValidator()
    {
        RuleFor(f => f.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập tên nhóm tiêu chí.")
            .MaximumLength(500).WithMessage("Tên nhóm tiêu chí tối đa 500 ký tự.");
    }
}

/// <summary>A criterion: its section, title, maximum points, optional content area and guidance.</summary>
public sealed class CriterionForm
{
    public int? SectionId { get; set; }

    public string? Title { get; set; }

    public decimal? MaxPoints { get; set; }

    public int? ContentAreaId { get; set; }

    public string? Guidance { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> SectionOptions { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> AreaOptions { get; set; } = [];
}

public sealed class CriterionFormValidator : AbstractValidator<CriterionForm>
{
    public CriterionFormValidator()
    {
        RuleFor(f => f.SectionId).NotNull().WithMessage("Hãy chọn nhóm tiêu chí.");
        RuleFor(f => f.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập tên tiêu chí.")
            .MaximumLength(1000).WithMessage("Tên tiêu chí tối đa 1.000 ký tự.");
        RuleFor(f => f.MaxPoints).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Hãy nhập điểm tối đa.")
            .Must(p => p is > 0 and <= EmulationPact.MaxPointsLimit)
            .WithMessage("Điểm tối đa phải lớn hơn 0 và không quá 1.000.");
        RuleFor(f => f.Guidance).MaximumLength(2000).WithMessage("Hướng dẫn chấm tối đa 2.000 ký tự.");
    }
}

/// <summary>A bonus or penalty item: kind, reason, maximum points.</summary>
public sealed class AdjustmentForm
{
    public AdjustmentKind? Kind { get; set; }

    public string? Reason { get; set; }

    public decimal? MaxPoints { get; set; }
}

public sealed class AdjustmentFormValidator : AbstractValidator<AdjustmentForm>
{
    public AdjustmentFormValidator()
    {
        RuleFor(f => f.Kind).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Hãy chọn điểm thưởng hoặc điểm trừ.")
            .IsInEnum().WithMessage("Loại điểm không hợp lệ.");
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập lý do cộng, trừ điểm.")
            .MaximumLength(1000).WithMessage("Lý do tối đa 1.000 ký tự.");
        RuleFor(f => f.MaxPoints).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Hãy nhập điểm tối đa.")
            .Must(p => p is > 0 and <= EmulationPact.MaxPointsLimit)
            .WithMessage("Điểm tối đa phải lớn hơn 0 và không quá 1.000.");
    }
}

/// <summary>The rule that breaks a tie in the ranking, as the table writes it.</summary>
public sealed class TieBreakForm
{
    public string? Rule { get; set; }
}

public sealed class TieBreakFormValidator : AbstractValidator<TieBreakForm>
{
    public TieBreakFormValidator()
    {
        RuleFor(f => f.Rule).MaximumLength(2000).WithMessage("Nguyên tắc xếp hạng khi bằng điểm tối đa 2.000 ký tự.");
    }
}

/// <summary>What a removal takes away from the table.</summary>
public enum CriteriaPart
{
    Section = 0,
    Criterion = 1,
    Adjustment = 2,
}
