using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>
/// The bell in the menu bar: the signed-in user's unread count and the five latest notifications
/// (<see cref="NotificationSummary"/>, shared with the page when it shows the count too).
/// </summary>
public sealed class NotificationBellViewComponent(
    NotificationSummary notifications, ILogger<NotificationBellViewComponent> logger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Content(string.Empty);
        }

        try
        {
            return View("~/Features/Notifications/_Bell.cshtml",
                await notifications.ForAsync(userId, HttpContext.RequestAborted));
        }
        catch (DbException ex)
        {
            // The layout also renders the error pages: a database that is down must not take them with it.
            logger.LogWarning(ex, "Không đọc được thông báo của người dùng {UserId}", userId);
            return Content(string.Empty);
        }
    }
}
