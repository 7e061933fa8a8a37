using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Auditing;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.Account;

public sealed class AccountController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    AppDbContext db,
    TimeProvider time) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true
            ? LocalRedirect(SafeReturnUrl(returnUrl))
            : View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var userName = form.UserName!.Trim().ToLowerInvariant();
        var user = await users.FindByNameAsync(userName);
        var result = user is null || !user.IsActive
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password!, form.RememberMe, lockoutOnFailure: true);

        await RecordAsync(result.Succeeded ? AuditActions.SignIn : AuditActions.SignInFailed, userName, user?.Id,
            result.IsLockedOut ? "Tài khoản bị tạm khóa" : null);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại sau 15 phút hoặc liên hệ quản trị hệ thống."
            : user is { IsActive: false }
                ? "Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị hệ thống."
                : "Tên đăng nhập hoặc mật khẩu không đúng.");
        form.Password = null;
        return View(form);
    }

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

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";

    private Task RecordAsync(string action, string userName, string? userId, string? detail) =>
        db.RecordAsync(HttpContext, time, action, nameof(AppUser), userId, userName, detail);
}
