using System.Security.Claims;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications: the list, opening one, marking read. Nobody sees another's.</summary>
public sealed class NotificationsController(AppDbContext db, TimeProvider time) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    /// <summary>All of the user's notifications, unread first (marked), then newest first.</summary>
    [HttpGet]
    public async Task<IActionResult> Index(int? page = null, CancellationToken ct = default)
    {
        var userId = UserId;
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var results = await mine
            .OrderBy(n => n.ReadAtUtc == null ? 0 : 1).ThenByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc))
            .ToPageAsync(page, cancellationToken: ct);
        return View(new NotificationIndexViewModel(results, await mine.CountAsync(n => n.ReadAtUtc == null, ct)));
    }

    /// <summary>Opens a notification: marks it read and goes to its page (a local address only).</summary>
    [HttpGet]
    public async Task<IActionResult> Open(long id, CancellationToken ct)
    {
        var userId = UserId;
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
        {
            return NotFound();
        }

        if (notification.ReadAtUtc is null)
        {
            notification.MarkRead(time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }

        return notification.Link is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Read(long id, string? returnUrl, CancellationToken ct)
    {
        var userId = UserId;
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
        {
            return NotFound();
        }

        if (notification.ReadAtUtc is null)
        {
            notification.MarkRead(time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }

        TempData.SetSuccess("Đã đánh dấu thông báo là đã đọc.");
        return Back(returnUrl);
    }

    [HttpPost]
    public async Task<IActionResult> ReadAll(string? returnUrl, CancellationToken ct)
    {
        var userId = UserId;
        var unread = await db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess(unread.Count == 0 ? "Không còn thông báo nào chưa đọc." : $"Đã đánh dấu {unread.Count:N0} thông báo là đã đọc.");
        return Back(returnUrl);
    }

    private IActionResult Back(string? returnUrl) =>
        returnUrl is not null && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
}
