using FluentValidation;

namespace LangSon.ThiDua.Web.Features.Account;

/// <summary>Second step of sign-in: the 6-digit code of the authenticator app.</summary>
public sealed class LoginWith2faForm
{
    public string? Code { get; set; }

    /// <summary>"Ghi nhớ thiết bị này": no code asked on this browser for the next 14 days.</summary>
    public bool RememberMachine { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class LoginWith2faFormValidator : AbstractValidator<LoginWith2faForm>
{
    public LoginWith2faFormValidator()
    {
        RuleFor(f => f.Code).AuthenticatorCode();
    }
}

/// <summary>Second step of sign-in with one of the user's recovery codes instead of the app.</summary>
public sealed class LoginWithRecoveryCodeForm
{
    public string? RecoveryCode { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class LoginWithRecoveryCodeFormValidator : AbstractValidator<LoginWithRecoveryCodeForm>
{
    public LoginWithRecoveryCodeFormValidator()
    {
        RuleFor(f => f.RecoveryCode).NotEmpty().WithMessage("Hãy nhập mã khôi phục.")
            .MaximumLength(64).WithMessage("Mã khôi phục quá dài.");
    }
}

public static class AuthenticatorCodes
{
    /// <summary>The code as typed, without the spaces and dashes an app may show between its digits.</summary>
    public static string Normalize(string? code) =>
        string.Concat((code ?? string.Empty).Where(c => c is not (' ' or '-')));

    /// <summary>Required, exactly 6 digits (spaces and dashes ignored), messages in Vietnamese.</summary>
    public static IRuleBuilderOptions<T, string?> AuthenticatorCode<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập mã xác thực gồm 6 chữ số trong ứng dụng xác thực.")
            .Must(c => Normalize(c) is { Length: 6 } digits && digits.All(char.IsAsciiDigit))
            .WithMessage("Mã xác thực phải gồm đúng 6 chữ số.");
}
