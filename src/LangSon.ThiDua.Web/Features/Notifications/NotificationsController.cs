using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications: the list, opening one, marking read. Nobody sees another's.</summary>
public sealed partial class NotificationsController(AppDbContext db, TimeProvider time) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    /// <summary>
    /// The notification centre: the user's notifications, unread first (marked), then newest first; filtered by kind and
    /// by read or unread, with the counts per kind.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> Index(NotificationKind? kind = null, string? status = null, int? page = null, CancellationToken ct = default)
    {
        var userId = UserId;
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var counted = await mine.GroupBy(n => n.Kind)
            .Select(g => new { Kind = g.Key, Total = g.Count(), Unread = g.Count(n => n.ReadAtUtc == null) })
            .ToListAsync(ct);
        var kinds = Enum.GetValues<NotificationKind>()
            .Select(k => counted.SingleOrDefault(c => c.Kind == k) is { } c ? new NotificationKindCount(k, c.Total, c.Unread) : new NotificationKindCount(k, 0, 0))
            .ToList();

        // A kind typed by hand that does not exist is ignored, as is any other read filter than "unread" or "read".
        if (kind is { } given && !Enum.IsDefined(given))
        {
            kind = null;
        }

        var readFilter = NotificationIndexViewModel.ParseStatus(status);
        var shown = mine;
        if (kind is { } wanted)
        {
            shown = shown.Where(n => n.Kind == wanted);
        }

        shown = readFilter switch
        {
            NotificationReadFilter.Unread => shown.Where(n => n.ReadAtUtc == null),
            NotificationReadFilter.Read => shown.Where(n => n.ReadAtUtc != null),
            _ => shown,
        };
        var results = await shown
            .OrderBy(n => n.ReadAtUtc == null ? 0 : 1).ThenByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc))
            .ToPageAsync(page, cancellationToken: ct);
        return View(new NotificationIndexViewModel(results, kinds.Sum(k => k.Unread), kinds, kind, readFilter));
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
