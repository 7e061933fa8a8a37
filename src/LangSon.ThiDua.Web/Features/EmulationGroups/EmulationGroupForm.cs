using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.EmulationGroups;

/// <summary>What Admin types to create or edit a khối/cụm. The lead-unit options are filled by the controller.</summary>
public sealed class EmulationGroupForm
{
    /// <summary>The group being edited (null when creating); posted back in a hidden field and checked against the route.</summary>
    public int? Id { get; set; }

    public string? Name { get; set; }

    public EmulationGroupKind? Kind { get; set; }

    public int? LeadUnitId { get; set; }

    public string? Description { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> LeadUnitOptions { get; set; } = [];
}

/// <summary>Rules that need no database; the unique name and the lead unit are checked by the controller.</summary>
public sealed class EmulationGroupFormValidator : AbstractValidator<EmulationGroupForm>
{
    public EmulationGroupFormValidator()
    {
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập tên khối, cụm thi đua.")
            .Must(n => n!.Trim().Length <= 200).WithMessage("Tên khối, cụm thi đua tối đa 200 ký tự.");
        RuleFor(f => f.Kind).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Hãy chọn khối thi đua hoặc cụm thi đua.")
            .IsInEnum().WithMessage("Loại khối, cụm không hợp lệ.");
        RuleFor(f => f.Description).MaximumLength(1000).WithMessage("Mô tả tối đa 1.000 ký tự.");
    }
}
