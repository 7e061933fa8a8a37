using FluentValidation;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.AwardRegister;

public sealed class RevokeFormValidator : AbstractValidator<RevokeForm>
{
    public RevokeFormValidator(TimeProvider time)
    {
        RuleFor(f => f.RevokedOn).NotNull().WithMessage("Hãy nhập ngày thu hồi.")
            .Must(d => d is null || d <= VietnamTime.Today(time)).WithMessage("Ngày thu hồi không được sau hôm nay.");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Hãy ghi rõ lý do thu hồi.")
            .MaximumLength(2000).WithMessage("Lý do thu hồi tối đa 2.000 ký tự.");
    }
}
