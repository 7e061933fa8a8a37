using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>In-app notifications (the bell) for the users of a unit or for chosen users; saved with the caller's changes.</summary>
public static class UnitNotifications
{
    public const int BodyLength = 280;

    /// <summary>Adds one notification per active user of the unit (its head and staff); the caller saves.</summary>
    public static async Task<int> AddForUnitAsync(
        AppDbContext db, int unitId, NotificationKind kind, string title, string? body, string? link, DateTime nowUtc, CancellationToken ct)
    {
        var userIds = await db.Users.AsNoTracking().Where(u => u.UnitId == unitId && u.IsActive).Select(u => u.Id).ToListAsync(ct);
        AddForUsers(db, userIds, kind, title, body, link, nowUtc);
        return userIds.Count;
    }

    /// <summary>Adds one notification per active user in the role (Sở Nội vụ, say); the caller saves.</summary>
    public static async Task<int> AddForRoleAsync(
        AppDbContext db, string role, NotificationKind kind, string title, string? body, string? link, DateTime nowUtc,
        CancellationToken ct)
    {
        var userIds = await (
                from userRole in db.UserRoles
                join r in db.Roles on userRole.RoleId equals r.Id
                join user in db.Users on userRole.UserId equals user.Id
                where r.Name == role && user.IsActive
                select user.Id)
            .ToListAsync(ct);
        AddForUsers(db, userIds, kind, title, body, link, nowUtc);
        return userIds.Count;
    }

    /// <summary>A notification's body: the text, cut to <see cref="BodyLength"/> characters with an ellipsis.</summary>
    public static string Preview(string body) => body.Length <= BodyLength ? body : body[..(BodyLength - 1)].TrimEnd() + "…";

    public static void AddForUsers(AppDbContext db, IEnumerable<string> userIds, NotificationKind kind, string title, string? body, string? link, DateTime nowUtc)
    {
        foreach (var userId in userIds.Distinct())
        {
            db.Notifications.Add(new Notification
            {
                UserId = userId,
                Kind = kind,
                Title = title.Length <= 300 ? title : title[..299] + "…",
                Body = body is null ? null : Preview(body),
                Link = link,
                CreatedAtUtc = nowUtc,
            });
        }
    }

    /// <summary>
    /// A unit asked to amend its accepted plan: every Sở Nội vụ user's bell says so and opens the request (the same
    /// notice from the form and from the demo story); the caller saves.
    /// </summary>
    public static Task<int> AddPlanAmendmentRequestAsync(
        AppDbContext db, int planId, string unitName, string reason, DateTime nowUtc, CancellationToken ct) =>
        AddForRoleAsync(
            db, Roles.NoiVu, NotificationKind.PlanAmendment,
            $"{unitName} đề nghị điều chỉnh kế hoạch triển khai đã chấp thuận",
            $"Lý do: {reason.Trim()}", $"/Plans/Amendment/{planId}", nowUtc, ct);
}
