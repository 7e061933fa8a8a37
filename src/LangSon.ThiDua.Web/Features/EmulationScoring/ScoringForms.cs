using FluentValidation;

namespace LangSon.ThiDua.Web.Features.EmulationScoring;

/// <summary>A member's self-assessment: one line per criterion and per bonus/penalty item of the table.</summary>
public sealed class SheetForm
{
    public List<SheetLineForm> Lines { get; set; } = [];
}

public sealed class SheetLineForm
{
    public int? CriterionId { get; set; }

    public int? AdjustmentId { get; set; }

    public decimal? Points { get; set; }

    public string? Comment { get; set; }

    public string? Evidence { get; set; }
}

public sealed class SheetFormValidator : AbstractValidator<SheetForm>
{
    public SheetFormValidator()
    {
        RuleForEach(f => f.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Points).GreaterThanOrEqualTo(0).WithMessage("Điểm không được âm.");
            line.RuleFor(l => l.Points).NotNull()
                .When(l => !string.IsNullOrWhiteSpace(l.Comment) || !string.IsNullOrWhiteSpace(l.Evidence))
                .WithMessage("Hãy nhập điểm tự chấm cho dòng có nhận xét hoặc minh chứng.");
            line.RuleFor(l => l.Comment).MaximumLength(2000).WithMessage("Nhận xét tối đa 2.000 ký tự.");
            line.RuleFor(l => l.Evidence).MaximumLength(1000).WithMessage("Minh chứng tối đa 1.000 ký tự.");
        });
    }
}

/// <summary>
/// The lead's review of a submitted sheet: the points that count per line, a reason where they differ.
/// </summary>
public sealed class ReviewForm
{
    public List<ReviewLineForm> Lines { get; set; } = [];
}

public sealed class ReviewLineForm
{
    public int LineId { get; set; }

    public decimal? Points { get; set; }

    public string? Reason { get; set; }
}

public sealed class ReviewFormValidator : AbstractValidator<ReviewForm>
{
    public ReviewFormValidator()
    {
        RuleForEach(f => f.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Points).NotNull().WithMessage("Hãy nhập điểm thẩm định.")
                .GreaterThanOrEqualTo(0).WithMessage("Điểm không được âm.");
            line.RuleFor(l => l.Reason).MaximumLength(1000).WithMessage("Lý do điều chỉnh tối đa 1.000 ký tự.");
        });
    }
}

/// <summary>
/// Closing scoring: the place of each tied unit within its tie, and how the tie-break rule was applied.
/// </summary>
public sealed class CloseForm
{
    public List<TiePlaceForm> Places { get; set; } = [];

    public string? Note { get; set; }
}

public sealed class TiePlaceForm
{
    public int UnitId { get; set; }

    public int? Place { get; set; }
}

public sealed class CloseFormValidator : AbstractValidator<CloseForm>
{
    public CloseFormValidator()
    {
        RuleFor(f => f.Note).MaximumLength(2000).WithMessage("Cách áp dụng nguyên tắc xếp hạng tối đa 2.000 ký tự.");
    }
}
