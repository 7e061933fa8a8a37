using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.Users;

/// <summary>What an administrator sets on any account: who the person is, their unit and roles.</summary>
public abstract class UserProfileForm
{
    public string? FullName { get; set; }

    public string? Position { get; set; }

    public int? UnitId { get; set; }

    public string? Email { get; set; }

    /// <summary>Identity role names (<see cref="Roles.All"/>), one checkbox each.</summary>
    public List<string> SelectedRoles { get; set; } = [];

    /// <summary>The unit select's options, filled by the controller (never posted).</summary>
    [BindNever]
    public IReadOnlyList<SelectListItem> UnitOptions { get; set; } = [];
}

public sealed class CreateUserForm : UserProfileForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed class EditUserForm : UserProfileForm
{
    /// <summary>Shown, not posted: the user name cannot change.</summary>
    [BindNever]
    public string? UserName { get; set; }
}

public sealed class ResetPasswordForm
{
    /// <summary>Shown, not posted.</summary>
    [BindNever]
    public string? UserName { get; set; }

    [BindNever]
    public string? FullName { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}

/// <summary>Rules shared by the create and edit forms (abstract, so the validator scan does not register it).</summary>
public abstract class UserProfileFormValidator<TForm> : AbstractValidator<TForm>
    where TForm : UserProfileForm
{
    protected UserProfileFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Hãy nhập họ và tên.")
            .MaximumLength(200).WithMessage("Họ và tên tối đa 200 ký tự.");
        RuleFor(f => f.Position).MaximumLength(200).WithMessage("Chức vụ tối đa 200 ký tự.");
        RuleFor(f => f.Email).MaximumLength(256).WithMessage("Thư điện tử tối đa 256 ký tự.")
            .EmailAddress().WithMessage("Thư điện tử không đúng định dạng (ví dụ: ten@langson.gov.vn).")
            .When(f => !string.IsNullOrWhiteSpace(f.Email));
        RuleFor(f => f.SelectedRoles).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy chọn ít nhất một vai trò.")
            .Must(roles => roles.All(r => Roles.All.Contains(r))).WithMessage("Vai trò không hợp lệ.");
        RuleFor(f => f.UnitId).NotNull().WithMessage("Cán bộ đơn vị và Thủ trưởng đơn vị phải thuộc một đơn vị.")
            .When(f => f.SelectedRoles.Any(r => Roles.UnitScoped.Contains(r)));
    }
}

public sealed class CreateUserFormValidator : UserProfileFormValidator<CreateUserForm>
{
    public CreateUserFormValidator()
    {
        RuleFor(f => f.UserName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập tên đăng nhập.")
            .MaximumLength(64).WithMessage("Tên đăng nhập tối đa 64 ký tự.")
            .Matches("^[a-z0-9._@-]+$").WithMessage("Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và các ký tự . _ - @ (không có dấu cách).");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Hãy nhập mật khẩu ban đầu.")
            .MaximumLength(128).WithMessage("Mật khẩu tối đa 128 ký tự.");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("Mật khẩu nhập lại không khớp.");
    }
}

public sealed class EditUserFormValidator : UserProfileFormValidator<EditUserForm>;

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("Hãy nhập mật khẩu mới.")
            .MaximumLength(128).WithMessage("Mật khẩu tối đa 128 ký tự.");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("Mật khẩu nhập lại không khớp.");
    }
}
