using FluentValidation;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.AwardRegister;

public sealed class AchievementFormValidator : AbstractValidator<AchievementForm>
{
    public AchievementFormValidator()
    {
        RuleFor(f => f.Achievement).Must(t => t is null || t.Trim().Length <= AwardRecord.AchievementMaxLength)
            .WithMessage($"Dòng thành tích tối đa {AwardRecord.AchievementMaxLength} ký tự.");
    }
}
