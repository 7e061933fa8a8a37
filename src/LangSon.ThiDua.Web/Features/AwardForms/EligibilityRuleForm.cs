using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.AwardForms;

/// <summary>One history condition of an award form (<see cref="AwardEligibilityRule"/>) as Admin types it.</summary>
public sealed class EligibilityRuleForm
{
    public EligibilityRuleKind? Kind { get; set; }

    public int? RequiredAwardFormId { get; set; }

    public int? Years { get; set; }

    public TaskRating? MinimumRating { get; set; }

    public string? LegalBasis { get; set; }

    public int? SortOrder { get; set; }

    [BindNever]
    public int AwardFormId { get; set; }

    [BindNever]
    public string AwardFormName { get; set; } = string.Empty;

    /// <summary>The other award forms, for "đã được tặng … trước đó".</summary>
    [BindNever]
    public IReadOnlyList<SelectListItem> OtherForms { get; set; } = [];

    public static EligibilityRuleForm From(AwardEligibilityRule rule) => new()
    {
        Kind = rule.Kind,
        RequiredAwardFormId = rule.RequiredAwardFormId,
        Years = rule.Years,
        MinimumRating = rule.MinimumRating,
        LegalBasis = rule.LegalBasis,
        SortOrder = rule.SortOrder,
    };

    /// <summary>Copies the typed values; only the fields the kind uses are kept.</summary>
    public void ApplyTo(AwardEligibilityRule rule)
    {
        rule.Kind = Kind!.Value;
        rule.RequiredAwardFormId = Kind == EligibilityRuleKind.EarlierAward ? RequiredAwardFormId : null;
        rule.Years = Years;
        rule.MinimumRating = Kind == EligibilityRuleKind.ConsecutiveRatings ? MinimumRating : null;
        rule.LegalBasis = string.IsNullOrWhiteSpace(LegalBasis) ? null : LegalBasis.Trim();
        rule.SortOrder = SortOrder ?? 0;
    }
}

public sealed class EligibilityRuleFormValidator : AbstractValidator<EligibilityRuleForm>
{
    public EligibilityRuleFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Hãy chọn loại điều kiện.")
            .IsInEnum().WithMessage("Loại điều kiện không hợp lệ.");
        RuleFor(f => f.MinimumRating).IsInEnum().WithMessage("Mức xếp loại không hợp lệ.");
        RuleFor(f => f.LegalBasis).Must(v => v is null || v.Trim().Length <= 1000)
            .WithMessage("Căn cứ tối đa 1.000 ký tự.");
        RuleFor(f => f.SortOrder).InclusiveBetween(0, 1000).WithMessage("Thứ tự từ 0 đến 1.000.");
    }
}
