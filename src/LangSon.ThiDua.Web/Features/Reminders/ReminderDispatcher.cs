using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Reminders;

/// <summary>What came of sending a reminder, for the flash message.</summary>
public sealed record SendOutcome(int ReminderId, int Units, int UnitsWithoutUsers, int Notifications, int EmailsQueued);

/// <summary>
/// Sends a reminder: the reminder with one recipient per active unit (with what applies to it, when chosen by rules),
/// one notification per active user of each unit (UnitHead, UnitStaff) and one queued e-mail per such user with an
/// address are saved together in one transaction. The request never talks to the mail server: the queue worker
/// (<see cref="EmailQueueWorker"/>) sends the e-mails, retries them, and lists for the administrator those it could not.
/// </summary>
public sealed class ReminderDispatcher(AppDbContext db, TimeProvider time)
{
    public async Task<SendOutcome> SendAsync(
        int? campaignId, ReminderRule rule, int? notReportedDays, string subject, string body,
        IReadOnlyCollection<ReminderAddressee> addressees, Actor sender, string portalUrl, CancellationToken ct)
    {
        var ids = addressees.Select(a => a.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive && ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var reminder = Reminder.Send(
            campaignId, rule, notReportedDays, subject, body, addressees.Where(a => units.ContainsKey(a.UnitId)).ToList(), sender, now);
        var users = await UnitUsersAsync(units.Keys.ToList(), ct);
        db.Reminders.Add(reminder);

        // The notifications and e-mails link to their recipient, whose key the first save generates; one transaction keeps
        // it all or nothing.
        var notifications = 0;
        var emails = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            foreach (var recipient in reminder.Recipients)
            {
                foreach (var user in users.Where(u => u.UnitId == recipient.UnitId))
                {
                    db.Notifications.Add(new Notification
                    {
                        UserId = user.Id,
                        Kind = NotificationKind.Reminder,
                        Title = reminder.Subject,
                        Body = UnitNotifications.Preview(reminder.MessageFor(recipient)),
                        Link = OpenPath(recipient.Id),
                        ReminderRecipientId = recipient.Id,
                        CreatedAtUtc = now,
                    });
                    notifications++;
                    if (!string.IsNullOrWhiteSpace(user.Email))
                    {
                        db.OutboundEmails.Add(OutboundEmail.Queue(
                            OutboundEmailKind.Reminder, user.FullName, user.Email, reminder.Subject,
                            EmailBody(reminder, recipient, units[recipient.UnitId], portalUrl + OpenPath(recipient.Id)),
                            now, recipient.Id));
                        emails++;
                    }
                }
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        var withoutUsers = reminder.Recipients.Count(r => users.All(u => u.UnitId != r.UnitId));
        return new SendOutcome(reminder.Id, reminder.Recipients.Count, withoutUsers, notifications, emails);
    }

    public static string OpenPath(int recipientId) => $"/Reminders/Open/{recipientId}";

    private sealed record UnitUser(string Id, int UnitId, string FullName, string? Email);

    /// <summary>The active users of the units who answer reminders: their heads and staff.</summary>
    private async Task<List<UnitUser>> UnitUsersAsync(List<int> unitIds, CancellationToken ct)
    {
        var roleIds = db.Roles.Where(r => r.Name == Roles.UnitHead || r.Name == Roles.UnitStaff).Select(r => r.Id);
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.UnitId != null && unitIds.Contains(u.UnitId.Value)
                && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.UserName)
            .Select(u => new UnitUser(u.Id, u.UnitId!.Value, u.FullName, u.Email))
            .ToListAsync(ct);
    }

    private static string EmailBody(Reminder reminder, ReminderRecipient recipient, string unitName, string openUrl) =>
        $"""
        Kính gửi: {unitName}

        {reminder.MessageFor(recipient)}

        ---
        Văn bản đôn đốc do {reminder.SentByFullName} (Sở Nội vụ tỉnh Lạng Sơn) gửi lúc {VietnamTime.Format(reminder.SentAtUtc)}.
        Xem và xác nhận đã đọc trên Cổng thông tin Thi đua – Khen thưởng tỉnh Lạng Sơn:
        {openUrl}

        Đây là thư gửi tự động, xin vui lòng không trả lời thư này.
        """;
}
