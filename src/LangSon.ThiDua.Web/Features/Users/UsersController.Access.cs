using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.Users;

/// <summary>Sign-in access of an account: disable, enable, reset password.</summary>
public sealed partial class UsersController
{
    [HttpGet]
    public Task<IActionResult> Disable(string id, CancellationToken ct) => ConfirmAsync(id, enable: false, ct);

    [HttpPost]
    [ActionName(nameof(Disable))]
    public Task<IActionResult> DisableConfirmed(string id) => SetActiveAsync(id, enable: false);

    [HttpGet]
    public Task<IActionResult> Enable(string id, CancellationToken ct) => ConfirmAsync(id, enable: true, ct);

    [HttpPost]
    [ActionName(nameof(Enable))]
    public Task<IActionResult> EnableConfirmed(string id) => SetActiveAsync(id, enable: true);

    [HttpGet]
    public async Task<IActionResult> ResetPassword(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        return View(new ResetPasswordForm { UserName = user.UserName, FullName = user.FullName });
    }

    [HttpPost]
    public async Task<IActionResult> ResetPassword(string id, ResetPasswordForm form)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        var shown = new ResetPasswordForm { UserName = user.UserName, FullName = user.FullName };
        if (!ModelState.IsValid)
        {
            return View(shown);
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, form.NewPassword!);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(form.NewPassword));
            return View(shown);
        }

        if (user.IsActive && await users.IsLockedOutAsync(user))
        {
            // A temporary lockout from wrong passwords ends with the new password; a disabled account stays disabled.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        if (IsSelf(user))
        {
            await signIn.RefreshSignInAsync(user);
        }

        TempData.SetSuccess($"Đã đặt lại mật khẩu cho tài khoản \"{user.UserName}\". Hãy báo mật khẩu mới cho người dùng qua kênh an toàn.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> ConfirmAsync(string id, bool enable, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (Refusal(user, enable) is { } refusal)
        {
            TempData.SetError(refusal);
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(enable ? "Enable" : "Disable", await Queries.ConfirmationAsync(id, ct) ?? throw new InvalidOperationException("User vanished."));
    }

    private async Task<IActionResult> SetActiveAsync(string id, bool enable)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (Refusal(user, enable) is { } refusal)
        {
            TempData.SetError(refusal);
            return RedirectToAction(nameof(Details), new { id });
        }

        if (enable)
        {
            user.Enable();
        }
        else
        {
            user.Disable();
        }

        // Saves the change and a new security stamp in one update; a disabled user's open sessions end at once.
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            TempData.SetError(string.Join(" ", result.Errors.Select(e => e.Description)));
            return RedirectToAction(nameof(Details), new { id });
        }

        if (!enable)
        {
            await db.DeleteSessionsAsync(user.Id, HttpContext.RequestAborted);
        }

        TempData.SetSuccess(enable
            ? $"Đã kích hoạt lại tài khoản \"{user.UserName}\"."
            : $"Đã vô hiệu hóa tài khoản \"{user.UserName}\": người dùng không thể đăng nhập nữa.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private string? Refusal(AppUser user, bool enable) => (enable, user.IsActive) switch
    {
        (true, true) => "Tài khoản đang hoạt động.",
        (false, false) => "Tài khoản đã bị vô hiệu hóa trước đó.",
        (false, true) when IsSelf(user) => "Bạn không thể vô hiệu hóa tài khoản của chính mình.",
        _ => null,
    };
}
