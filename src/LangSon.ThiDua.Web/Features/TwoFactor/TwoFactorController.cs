using System.Text;
using System.Text.Encodings.Web;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Account;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace LangSon.ThiDua.Web.Features.TwoFactor;

/// <summary>
/// "Xác thực hai lớp": the signed-in user turns sign-in with an authenticator app (TOTP, Identity's authenticator token
/// provider) on or off and renews the recovery codes. Reachable before two-factor sign-in is on, even when the role requires it.
/// </summary>
[AllowWithoutTwoFactor]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)] // the key and the recovery codes must not be cached
public sealed class TwoFactorController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    TwoFactorOptions options,
    AppDbContext db,
    TimeProvider time) : Controller
{
    private const string Issuer = "LangSon.ThiDua";
    private const int RecoveryCodeCount = 10;
    private const string WrongCode = "Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã đang hiển thị trong ứng dụng xác thực.";

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : View(await StatusAsync(user));
    }

    /// <summary>Turns two-factor sign-in on once the user proves the app shows the right codes; shows the recovery codes once.</summary>
    [HttpPost]
    public async Task<IActionResult> Enable(TwoFactorCodeForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (ModelState.IsValid && !await IsCurrentCodeAsync(user, form.Code))
        {
            ModelState.AddModelError(nameof(form.Code), WrongCode);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await StatusAsync(user));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await RecordAsync(user, AuditActions.TwoFactorEnabled, "Bật xác thực hai lớp bằng ứng dụng xác thực");
        await signIn.RefreshSignInAsync(user); // the new claim ends the redirect to this page; the stamp changed
        ViewData["Heading"] = "Đã bật xác thực hai lớp";
        return View("RecoveryCodes", codes?.ToList() ?? []);
    }

    /// <summary>The QR code of the signed-in user's own key, while two-factor sign-in is being set up.</summary>
    [HttpGet]
    public async Task<IActionResult> Qr()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var key = user.TwoFactorEnabled ? null : await users.GetAuthenticatorKeyAsync(user);
        if (key is null)
        {
            return NotFound();
        }

        var uri = $"otpauth://totp/{UrlEncoder.Default.Encode(Issuer)}:{UrlEncoder.Default.Encode(user.UserName!)}" +
            $"?secret={key}&issuer={UrlEncoder.Default.Encode(Issuer)}&digits=6";
        return File(PngByteQRCodeHelper.GetQRCode(uri, QRCodeGenerator.ECCLevel.M, 6), "image/png");
    }

    [HttpGet]
    public async Task<IActionResult> RecoveryCodes()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return user.TwoFactorEnabled ? View("RenewRecoveryCodes", new TwoFactorCodeForm()) : RedirectToAction(nameof(Index));
    }

    /// <summary>New recovery codes (the old ones stop working), after a current code of the app.</summary>
    [HttpPost]
    public async Task<IActionResult> RecoveryCodes(TwoFactorCodeForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (ModelState.IsValid && !await IsCurrentCodeAsync(user, form.Code))
        {
            ModelState.AddModelError(nameof(form.Code), WrongCode);
        }

        if (!ModelState.IsValid)
        {
            return View("RenewRecoveryCodes", new TwoFactorCodeForm());
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await RecordAsync(user, AuditActions.TwoFactorRecoveryCodesRenewed, "Tạo mới mã khôi phục; các mã cũ hết hiệu lực");
        ViewData["Heading"] = "Mã khôi phục mới";
        return View("RecoveryCodes", codes?.ToList() ?? []);
    }

    [HttpGet]
    public async Task<IActionResult> Disable()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return user.TwoFactorEnabled ? View(await StatusAsync(user)) : RedirectToAction(nameof(Index));
    }

    /// <summary>Turns two-factor sign-in off (not for a role that requires it) and retires the key and its recovery codes.</summary>
    [HttpPost]
    [ActionName(nameof(Disable))]
    public async Task<IActionResult> DisableConfirmed()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (options.IsRequiredFor(User))
        {
            TempData.SetError(RequiredMessage);
            return RedirectToAction(nameof(Index));
        }

        await users.TurnOffTwoFactorAsync(user);
        await RecordAsync(user, AuditActions.TwoFactorDisabled, "Tắt xác thực hai lớp");
        await signIn.RefreshSignInAsync(user);
        TempData.SetSuccess("Đã tắt xác thực hai lớp. Từ nay bạn đăng nhập chỉ bằng mật khẩu.");
        return RedirectToAction(nameof(Index));
    }

    public const string RequiredMessage =
        "Vai trò của bạn bắt buộc xác thực hai lớp nên không thể tắt. Nếu mất điện thoại, hãy dùng mã khôi phục hoặc liên hệ quản trị hệ thống.";

    private async Task<TwoFactorStatusViewModel> StatusAsync(AppUser user)
    {
        string? key = null;
        if (!user.TwoFactorEnabled)
        {
            key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                // First visit: a new key (this changes the security stamp, so the cookie is renewed to stay valid).
                await users.ResetAuthenticatorKeyAsync(user);
                await signIn.RefreshSignInAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }
        }

        return new TwoFactorStatusViewModel
        {
            Enabled = user.TwoFactorEnabled,
            Required = options.IsRequiredFor(User),
            RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
            SharedKey = key is null ? null : InGroupsOfFour(key),
        };
    }

    private async Task<bool> IsCurrentCodeAsync(AppUser user, string? code) =>
        await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCodes.Normalize(code));

    private static string InGroupsOfFour(string key)
    {
        var text = new StringBuilder(key.Length + (key.Length / 4));
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToUpperInvariant();
    }

    private Task RecordAsync(AppUser user, string action, string detail) =>
        db.RecordAsync(HttpContext, time, action, nameof(AppUser), user.Id, user.UserName, detail);
}
