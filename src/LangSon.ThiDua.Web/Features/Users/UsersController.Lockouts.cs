using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Features.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Users;

/// <summary>"Đăng nhập bị tạm chặn": the sign-in holds of the last window and the accounts locked by wrong
/// codes.</summary>
public sealed partial class UsersController
{
    private const int MaxHoldsShown = 500;

    /// <summary>
    /// Read from the audit log (every web server writes its holds there), not from this server's counters; a hold lifts
    /// itself at the end of its window.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> Lockouts(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var window = TimeSpan.FromMinutes(Math.Max(1, signInLimits.WindowMinutes));
        var since = now.UtcDateTime - window;
        var holds = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.SignInThrottled && a.AtUtc >= since)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Take(MaxHoldsShown)
            .Select(a => new { a.AtUtc, a.UserName, a.EntityId, a.IpAddress, a.Changes })
            .ToListAsync(ct);
        var locked = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.LockoutEnd != null)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.LockoutEnd })
            .ToListAsync(ct);
        return View(new LockoutsViewModel
        {
            WindowMinutes = (int)window.TotalMinutes,
            Holds = holds.Select(h => new SignInHold(h.AtUtc, h.AtUtc + window, h.UserName, h.EntityId, h.IpAddress,
                Detail(h.Changes))).ToList(),
            Locked = locked.Where(u => u.LockoutEnd > now)
                .Select(u => new LockedAccount(u.Id, u.UserName!, u.FullName, u.LockoutEnd!.Value.UtcDateTime))
                .OrderBy(u => u.UntilUtc).ToList(),
        });
    }

    /// <summary>The "detail" text of a security event's audit entry.</summary>
    private static string? Detail(string? changes) =>
        AuditChanges.Read(nameof(AppUser), changes).Rows.FirstOrDefault(r => r.Field == "detail")?.New;
}
