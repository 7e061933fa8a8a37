using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Notifications;

/// <summary>One notification to put in a user's list: its kind, title, age and whether it was read.</summary>
public sealed record NotificationSpec(NotificationKind Kind, string Title, TimeSpan Age, bool Read = false);

public static class NotificationTestData
{
    /// <summary>Removes the user's notifications, then adds the given ones (created <c>Age</c> before <paramref name="nowUtc"/>); their ids by title.</summary>
    public static Task<Dictionary<string, long>> ReplaceNotificationsAsync(this PortalFactory factory, string userName, DateTime nowUtc, params NotificationSpec[] specs) =>
        factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
            await db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync();
            var added = specs.Select(s =>
            {
                var notification = new Notification
                {
                    UserId = userId,
                    Kind = s.Kind,
                    Title = s.Title,
                    Body = "Nội dung thông báo.",
                    Link = "/",
                    CreatedAtUtc = nowUtc - s.Age,
                };
                if (s.Read)
                {
                    notification.MarkRead(nowUtc);
                }

                return notification;
            }).ToList();
            db.Notifications.AddRange(added);
            await db.SaveChangesAsync();
            return added.ToDictionary(n => n.Title, n => n.Id);
        });

    public static Task SetDigestAsync(this PortalFactory factory, string userName, bool dailyDigest, string? email = "keep") =>
        factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == userName);
            user.DailyDigest = dailyDigest;
            if (email != "keep")
            {
                user.Email = email;
                user.NormalizedEmail = email?.ToUpperInvariant();
            }

            await db.SaveChangesAsync();
            return true;
        });
}
