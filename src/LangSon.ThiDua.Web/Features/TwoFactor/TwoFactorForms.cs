using FluentValidation;
using LangSon.ThiDua.Web.Features.Account;

namespace LangSon.ThiDua.Web.Features.TwoFactor;

/// <summary>A current code of the authenticator app: to turn two-factor sign-in on, or to get new recovery codes.</summary>
public sealed class TwoFactorCodeForm
{
    public string? Code { get; set; }
}

public sealed class TwoFactorCodeFormValidator : AbstractValidator<TwoFactorCodeForm>
{
    public TwoFactorCodeFormValidator()
    {
        RuleFor(f => f.Code).AuthenticatorCode();
    }
}

/// <summary>The "Xác thực hai lớp" page.</summary>
public sealed class TwoFactorStatusViewModel
{
    public required bool Enabled { get; init; }

    /// <summary>The user's role requires two-factor sign-in: it cannot be turned off.</summary>
    public required bool Required { get; init; }

    public int RecoveryCodesLeft { get; init; }

    /// <summary>The key for manual entry, in groups of 4; only while two-factor sign-in is being set up.</summary>
    public string? SharedKey { get; init; }

    /// <summary>The code field of the set-up form (never filled back in).</summary>
    public string? Code { get; init; }
}


