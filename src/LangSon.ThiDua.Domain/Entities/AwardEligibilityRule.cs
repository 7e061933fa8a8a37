using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

/// <summary>The conditions of an award form that depend on the nominee's history.</summary>
public enum EligibilityRuleKind
{
    /// <summary>An earlier award of another form, within <see cref="AwardEligibilityRule.Years"/> years (none: ever).</summary>
    [Display(Name = "Đã được tặng hình thức khen thưởng khác")]
    EarlierAward = 1,

    /// <summary>The review year and the years before it, <see cref="AwardEligibilityRule.Years"/> in a row, rated at
    /// least <see cref="AwardEligibilityRule.MinimumRating"/>.</summary>
    [Display(Name = "Số năm liên tục đạt mức xếp loại")]
    ConsecutiveRatings = 2,

    /// <summary>At least <see cref="AwardEligibilityRule.Years"/> years since the last award of the same form.</summary>
    [Display(Name = "Khoảng cách tối thiểu giữa hai lần cùng hình thức")]
    MinimumInterval = 3,
}

/// <summary>
/// One history condition of an award form, as data Admin edits (the Law's figures change, provinces differ). The
/// evaluation is <see cref="AwardEligibility"/>; years are counted on the campaign's review year ("năm xét").
/// </summary>
public sealed class AwardEligibilityRule
{
    public const int MaxYears = 30;

    public int Id { get; set; }

    public int AwardFormId { get; set; }

    public EligibilityRuleKind Kind { get; set; }

    /// <summary>The form that must have been received before (<see cref="EligibilityRuleKind.EarlierAward"/>).</summary>
    public int? RequiredAwardFormId { get; set; }

    public AwardForm? RequiredAwardForm { get; set; }

    /// <summary>
    /// Earlier award: received in the review year or at most this many years before it (null: whenever). Consecutive
    /// ratings: how many years in a row, the review year included. Interval: the fewest years between two awards.
    /// </summary>
    public int? Years { get; set; }

    /// <summary>The lowest rating each of the consecutive years must have.</summary>
    public TaskRating? MinimumRating { get; set; }

    /// <summary>The article the rule comes from, as Admin cites it ("Luật Thi đua, khen thưởng 2022, Điều 71…").</summary>
    public string? LegalBasis { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The condition in Vietnamese, with the required form's name when it is known.</summary>
    public string Describe(string? requiredFormName = null) => Kind switch
    {
        EligibilityRuleKind.EarlierAward => $"Đã được tặng {requiredFormName ?? RequiredAwardForm?.Name ?? "?"}"
            + (Years is { } y ? $" trong {y} năm gần đây" : " trước đó"),
        EligibilityRuleKind.ConsecutiveRatings =>
            $"{Years} năm liên tục {(MinimumRating ?? TaskRating.Excellent).DisplayName().ToLowerInvariant()} trở lên",
        EligibilityRuleKind.MinimumInterval => $"Cách lần được tặng cùng hình thức gần nhất ít nhất {Years} năm",
        _ => Kind.ToString(),
    };

    /// <summary>Why the rule cannot be stored as it is (Vietnamese), or null.</summary>
    public string? Problem(int ownFormId)
    {
        if (Kind == EligibilityRuleKind.EarlierAward && RequiredAwardFormId is null)
        {
            return "Hãy chọn hình thức khen thưởng phải có trước.";
        }

        if (Kind == EligibilityRuleKind.EarlierAward && RequiredAwardFormId == ownFormId)
        {
            return "Hình thức phải có trước cần khác hình thức đang sửa; khoảng cách giữa hai lần cùng hình thức "
                + "là loại điều kiện riêng.";
        }

        if (Kind != EligibilityRuleKind.EarlierAward && Years is null)
        {
            return "Hãy nhập số năm.";
        }

        if (Years is < 1 or > MaxYears)
        {
            return $"Số năm từ 1 đến {MaxYears}.";
        }

        return Kind == EligibilityRuleKind.ConsecutiveRatings && MinimumRating is null
            ? "Hãy chọn mức xếp loại tối thiểu của mỗi năm."
            : null;
    }
}
