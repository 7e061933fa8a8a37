using FluentValidation;

namespace LangSon.ThiDua.Web.Features.Account;

public sealed class LoginForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.UserName).NotEmpty().WithMessage("Hãy nhập tên đăng nhập.").MaximumLength(256).WithMessage("Tên đăng nhập quá dài.");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Hãy nhập mật khẩu.").MaximumLength(256).WithMessage("Mật khẩu quá dài.");
    }
}

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Hãy nhập mật khẩu hiện tại.");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("Hãy nhập mật khẩu mới.")
            .MaximumLength(128).WithMessage("Mật khẩu mới quá dài (tối đa 128 ký tự).")
            .NotEqual(f => f.CurrentPassword).WithMessage("Mật khẩu mới phải khác mật khẩu hiện tại.");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("Mật khẩu nhập lại không khớp.");
    }
}
