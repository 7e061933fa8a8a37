using System.Data.Common;
using System.Security.Claims;
using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>
/// The bell in the menu bar: the signed-in user's unread count and the five latest notifications. Two small queries on
/// the (UserId, ReadAtUtc) index, on every page.
/// </summary>
public sealed class NotificationBellViewComponent(AppDbContext db, ILogger<NotificationBellViewComponent> logger) : ViewComponent
{
    public const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Content(string.Empty);
        }

        try
        {
            var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
            var unread = await mine.CountAsync(n => n.ReadAtUtc == null, HttpContext.RequestAborted);
            var latest = await mine.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(Shown)
                .Select(n => new NotificationRow(n.Id, n.Kind, n.Title, null, n.Link, n.CreatedAtUtc, n.ReadAtUtc))
                .ToListAsync(HttpContext.RequestAborted);
            return View("~/Features/Notifications/_Bell.cshtml", new NotificationBellViewModel(unread, latest));
        }
        catch (DbException ex)
        {
            // The layout also renders the error pages: a database that is down must not take them with it.
            logger.LogWarning(ex, "Không đọc được thông báo của người dùng {UserId}", userId);
            return Content(string.Empty);
        }
    }
}
