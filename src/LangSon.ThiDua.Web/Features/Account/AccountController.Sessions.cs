using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.Account;

/// <summary>"Phiên đăng nhập": the user's open sessions, and signing out of every device at once.</summary>
public sealed partial class AccountController
{
    [AllowWithoutTwoFactor]
    [HttpGet]
    public async Task<IActionResult> Sessions(CancellationToken ct)
    {
        var userId = users.GetUserId(User);
        return userId is null ? Challenge() : View(await db.ListAsync(userId, HttpContext, time, ct));
    }

    /// <summary>Ends every session of the user, this one included, and the browsers remembered for
    /// two-factor.</summary>
    [AllowWithoutTwoFactor]
    [HttpPost]
    public async Task<IActionResult> SignOutEverywhere(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var ended = await users.EndAllAsync(db, user, ct);
        await RecordAsync(AuditActions.SessionsEnded, user.UserName ?? "?", user.Id,
            $"Đăng xuất khỏi mọi thiết bị ({ended} phiên)");
        await signIn.SignOutAsync();
        TempData.SetSuccess($"Đã đăng xuất khỏi mọi thiết bị ({ended} phiên). Hãy đăng nhập lại.");
        return RedirectToAction(nameof(Login));
    }
}
