using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Auditing;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LangSon.ThiDua.Web.Features.Account;

public sealed partial class AccountController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    AppDbContext db,
    SignInThrottle throttle,
    TimeProvider time) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true
            ? LocalRedirect(SafeReturnUrl(returnUrl))
            : View(new LoginForm { ReturnUrl = returnUrl });

    /// <summary>
    /// Password sign-in. A name that does not exist costs the same hash and gets the same answers as a wrong password;
    /// failures are counted per address and name (<see cref="SignInThrottle"/>), never on the account itself, so that
    /// failures from one place cannot lock the owner out from another.
    /// </summary>
    [AllowAnonymous]
    [HttpPost]
    [EnableRateLimiting(SignInThrottle.RequestPolicy)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var userName = form.UserName!.Trim().ToLowerInvariant();
        var source = SignInThrottleSetup.SourceOf(HttpContext);
        if (throttle.IsHeldBack(userName, source))
        {
            await RecordAsync(AuditActions.SignInFailed, userName, null,
                "Đang bị tạm chặn đăng nhập do nhập sai nhiều lần");
            return HeldBack(form);
        }

        var user = await users.FindByNameAsync(userName);
        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (user is null)
        {
            throttle.VerifyAgainstNobody(users.PasswordHasher, form.Password!);
        }
        else
        {
            result = await signIn.PasswordSignInAsync(user, form.Password!, form.RememberMe, lockoutOnFailure: false);
        }

        if (result.RequiresTwoFactor)
        {
            // The password was right; the sign-in is audited once the second step succeeds or fails.
            return RedirectToAction(nameof(LoginWith2fa), new { returnUrl = form.ReturnUrl, rememberMe = form.RememberMe });
        }

        // Locked (wrong two-factor codes) or disabled: Identity answers before looking at the password. Only the right
        // password learns why; a wrong one gets the common answer and is counted like any other.
        var refusal = result.IsLockedOut && await users.CheckPasswordAsync(user!, form.Password!)
            ? user!.IsActive
                ? "Tài khoản tạm thời bị khóa do nhập sai mã xác thực nhiều lần. "
                    + "Hãy thử lại sau 15 phút hoặc liên hệ quản trị hệ thống."
                : "Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị hệ thống."
            : null;
        await RecordAsync(result.Succeeded ? AuditActions.SignIn : AuditActions.SignInFailed, userName, user?.Id,
            refusal is null ? null : user!.IsActive ? "Tài khoản bị tạm khóa" : "Tài khoản bị vô hiệu hóa");
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        if (refusal is null)
        {
            var holds = throttle.RecordFailure(userName, source);
            foreach (var hold in holds)
            {
                await RecordAsync(AuditActions.SignInThrottled, userName, user?.Id, hold);
            }

            if (holds.Count > 0)
            {
                return HeldBack(form);
            }
        }

        ModelState.AddModelError(string.Empty, refusal ?? "Tên đăng nhập hoặc mật khẩu không đúng.");
        form.Password = null;
        return View(form);
    }

    /// <summary>The form again with the held-back message, as 429: the same whichever limit holds, for any
    /// name.</summary>
    private ViewResult HeldBack(LoginForm form)
    {
        ModelState.AddModelError(string.Empty, throttle.HeldBackMessage);
        form.Password = null;
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return View(form);
    }

    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> LoginWith2fa(string? returnUrl, bool rememberMe)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        await PendingUserAsync();
        return View(new LoginWith2faForm { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [AllowAnonymous]
    [HttpPost]
    [EnableRateLimiting(SignInThrottle.RequestPolicy)]
    public async Task<IActionResult> LoginWith2fa(LoginWith2faForm form)
    {
        var user = await PendingUserAsync();
        if (!ModelState.IsValid || user is null)
        {
            form.Code = null;
            return View(form);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorCodes.Normalize(form.Code), form.RememberMe, form.RememberMachine);
        return await SecondStepAsync(result, user, form.ReturnUrl, "Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã đang hiển thị trong ứng dụng xác thực.", "ứng dụng xác thực")
            ?? View(ClearCode(form));
    }

    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl, bool rememberMe)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        await PendingUserAsync();
        return View(new LoginWithRecoveryCodeForm { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [AllowAnonymous]
    [HttpPost]
    [EnableRateLimiting(SignInThrottle.RequestPolicy)]
    public async Task<IActionResult> LoginWithRecoveryCode(LoginWithRecoveryCodeForm form)
    {
        var user = await PendingUserAsync();
        if (!ModelState.IsValid || user is null)
        {
            form.RecoveryCode = null;
            return View(form);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(form.RecoveryCode!.Replace(" ", string.Empty, StringComparison.Ordinal).Trim());
        form.RecoveryCode = null;
        return await SecondStepAsync(result, user, form.ReturnUrl, "Mã khôi phục không đúng hoặc đã được dùng.", "mã khôi phục")
            ?? View(form);
    }

    [AllowWithoutTwoFactor]
    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await RecordAsync(AuditActions.SignOut, User.Identity?.Name ?? "?", users.GetUserId(User), null);
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(new ChangePasswordForm());
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword), error.Description);
            }

            return View(new ChangePasswordForm());
        }

        await signIn.RefreshSignInAsync(user);
        TempData.SetSuccess("Đã đổi mật khẩu.");
        return RedirectToAction("Index", "Home");
    }

    /// <summary>
    /// The user whose password was accepted in this browser in the last minutes (Identity's two-factor cookie), or null
    /// with a Vietnamese message when there is none (expired, or the page was opened directly).
    /// </summary>
    private async Task<AppUser?> PendingUserAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại bằng tên đăng nhập và mật khẩu.");
        }

        return user;
    }

    /// <summary>Audits the second step; a redirect when it signed the user in, null (show the form again) otherwise.</summary>
    private async Task<IActionResult?> SecondStepAsync(Microsoft.AspNetCore.Identity.SignInResult result, AppUser user, string? returnUrl, string wrongCode, string method)
    {
        await RecordAsync(result.Succeeded ? AuditActions.SignIn : AuditActions.SignInFailed, user.UserName ?? "?", user.Id,
            result.IsLockedOut ? "Tài khoản bị tạm khóa" : result.Succeeded ? $"Xác thực hai lớp bằng {method}" : $"Sai {method} (bước xác thực hai lớp)");
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Hãy thử lại sau 15 phút hoặc liên hệ quản trị hệ thống."
            : wrongCode);
        return null;
    }

    private static LoginWith2faForm ClearCode(LoginWith2faForm form)
    {
        form.Code = null;
        return form;
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";

    private Task RecordAsync(string action, string userName, string? userId, string? detail) =>
        db.RecordAsync(HttpContext, time, action, nameof(AppUser), userId, userName, detail);
}
