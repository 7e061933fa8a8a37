using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.Users;

/// <summary>The administrator ends a user's sign-in sessions and resets a user's two-factor sign-in.</summary>
public sealed partial class UsersController
{
    [HttpGet]
    public Task<IActionResult> EndSessions(string id, CancellationToken ct) =>
        ConfirmPageAsync(id, UserAction.EndSessions, ct);

    /// <summary>Every browser signed in as the user gets the sign-in page at its next request, on every
    /// server.</summary>
    [HttpPost]
    [ActionName(nameof(EndSessions))]
    public async Task<IActionResult> EndSessionsConfirmed(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        var ended = await users.EndAllAsync(db, user, ct);
        await RecordAsync(user, AuditActions.SessionsEnded,
            $"Kết thúc {ended} phiên đăng nhập của tài khoản {user.UserName} ({user.FullName})", ct);
        if (IsSelf(user))
        {
            await signIn.SignOutAsync();
            return RedirectToAction("Login", "Account");
        }

        TempData.SetSuccess($"Đã kết thúc {ended} phiên đăng nhập của tài khoản \"{user.UserName}\".");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public Task<IActionResult> ResetTwoFactor(string id, CancellationToken ct) =>
        ConfirmPageAsync(id, UserAction.ResetTwoFactor, ct);

    /// <summary>
    /// For a user who lost both the phone and the recovery codes: two-factor sign-in off, the key and the codes
    /// retired,
    /// every session ended. The user signs in with the password and enrols again (at once if the role requires it).
    /// </summary>
    [HttpPost]
    [ActionName(nameof(ResetTwoFactor))]
    public async Task<IActionResult> ResetTwoFactorConfirmed(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!user.TwoFactorEnabled)
        {
            TempData.SetError("Tài khoản chưa bật xác thực hai lớp nên không cần đặt lại.");
            return RedirectToAction(nameof(Details), new { id });
        }

        await users.TurnOffTwoFactorAsync(user);
        var ended = await users.EndAllAsync(db, user, ct);
        await RecordAsync(user, AuditActions.TwoFactorReset,
            $"Đặt lại xác thực hai lớp của tài khoản {user.UserName} ({user.FullName}); kết thúc {ended} phiên", ct);
        TempData.SetSuccess($"Đã đặt lại xác thực hai lớp của tài khoản \"{user.UserName}\". "
            + "Người dùng đăng nhập bằng mật khẩu rồi cài lại ứng dụng xác thực.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> ConfirmPageAsync(string id, UserAction action, CancellationToken ct) =>
        await Queries.ConfirmationAsync(id, ct) is { } user
            ? View("Confirm", new UserActionPage(user, action))
            : NotFound();

    private Task RecordAsync(AppUser user, string action, string detail, CancellationToken ct) =>
        db.RecordAsync(HttpContext, time, action, nameof(AppUser), user.Id, detail: detail, cancellationToken: ct);
}
