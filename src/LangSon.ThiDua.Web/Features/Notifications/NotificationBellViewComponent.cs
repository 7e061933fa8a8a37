using System.Data.Common;
using System.Security.Claims;
using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>
/// The bell in the menu bar: the signed-in user's unread count and the five latest notifications. One compiled query
/// on the (UserId, ReadAtUtc) index on every page: the five rows, each carrying the count (a subquery SQLite computes
/// once); with no notification at all, no row and nothing unread.
/// </summary>
public sealed class NotificationBellViewComponent(AppDbContext db, ILogger<NotificationBellViewComponent> logger) : ViewComponent
{
    public const int Shown = 5;

    private static readonly Func<AppDbContext, string, IAsyncEnumerable<BellRow>> Latest =
        EF.CompileAsyncQuery((AppDbContext db, string userId) =>
            db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
                .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(Shown)
                .Select(n => new BellRow(
                    new NotificationRow(n.Id, n.Kind, n.Title, null, n.Link, n.CreatedAtUtc, n.ReadAtUtc),
                    db.Notifications.Count(u => u.UserId == userId && u.ReadAtUtc == null))));

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Content(string.Empty);
        }

        try
        {
            var rows = new List<BellRow>(Shown);
            await foreach (var row in Latest(db, userId).WithCancellation(HttpContext.RequestAborted))
            {
                rows.Add(row);
            }

            var unread = rows.Count == 0 ? 0 : rows[0].Unread;
            return View("~/Features/Notifications/_Bell.cshtml",
                new NotificationBellViewModel(unread, rows.ConvertAll(r => r.Row)));
        }
        catch (DbException ex)
        {
            // The layout also renders the error pages: a database that is down must not take them with it.
            logger.LogWarning(ex, "Không đọc được thông báo của người dùng {UserId}", userId);
            return Content(string.Empty);
        }
    }
}

/// <summary>One of the bell's rows with the user's unread count.</summary>
internal sealed record BellRow(NotificationRow Row, int Unread);
