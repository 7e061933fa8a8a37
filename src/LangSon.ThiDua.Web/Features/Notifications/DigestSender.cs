using System.Globalization;
using System.Text;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>What one look at the daily digest did.</summary>
public enum DigestStatus
{
    /// <summary>Before Notifications:DigestHour (Vietnam time): nothing done.</summary>
    NotDue = 0,

    /// <summary>Today's digest was already claimed (by this server earlier, or by another).</summary>
    AlreadyDone = 1,

    /// <summary>This server claimed today's digest and queued its e-mails (the queue worker sends them).</summary>
    Sent = 2,
}

public sealed record DigestOutcome(DigestStatus Status, int Recipients = 0, int Sent = 0);

/// <summary>
/// The daily e-mail digest: once a day after DigestHour (Vietnam time), one e-mail to each active user who asked for it
/// (AppUser.DailyDigest) and has an address, listing the notifications created since the previous digest that are still
/// unread. Several web servers may run it: the day is claimed by inserting its DigestRun row, whose primary key (the
/// date) lets exactly one insert through; the others stop. The e-mails are queued in the same save as the claim
/// (<see cref="EmailQueueWorker"/> sends them), and DigestRun.Sent counts them. The background loop (<see cref="DigestBackgroundService"/>)
/// only calls <see cref="RunOnceAsync"/>.
/// </summary>
public sealed class DigestSender(
    AppDbContext db, TimeProvider time, IOptions<DigestOptions> options, ILogger<DigestSender> logger)
{
    /// <summary>At most this many notifications are listed in one e-mail; the rest are counted.</summary>
    public const int MaxListed = 50;

    public static string Subject(DateOnly day) =>
        $"Thông báo chưa đọc trên Cổng Thi đua – Khen thưởng ({Vietnamese.Date(day)})";

    public async Task<DigestOutcome> RunOnceAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var local = VietnamTime.FromUtc(now);
        if (local.Hour < settings.DigestHour)
        {
            return new DigestOutcome(DigestStatus.NotDue);
        }

        var today = DateOnly.FromDateTime(local);
        if (await db.DigestRuns.AsNoTracking().AnyAsync(r => r.Date == today, ct))
        {
            return new DigestOutcome(DigestStatus.AlreadyDone);
        }

        var previous = await db.DigestRuns.AsNoTracking().Where(r => r.Date < today)
            .OrderByDescending(r => r.Date).Select(r => (DateTime?)r.StartedAtUtc).FirstOrDefaultAsync(ct);
        var since = previous is { } started && started < now ? started : now.AddHours(-24);

        // The claim of the day and its e-mails are one save: either this server claims the day and queues them all,
        // or another server did and nothing is queued here.
        var digests = await DigestsAsync(since, now, ct);
        var messages = digests.Select(d => Message(d, today, settings.PortalUrl)).ToList();
        var run = new DigestRun { Date = today, StartedAtUtc = now, Host = Host(), Sent = messages.Count };
        db.DigestRuns.Add(run);
        db.OutboundEmails.AddRange(messages.Select(m =>
            OutboundEmail.Queue(OutboundEmailKind.Digest, m.ToName, m.ToAddress, m.Subject, m.Body, now)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Another web server claimed the day between our look and our insert (or the database refused the row: the
            // next look tries again, as no row was written).
            logger.LogInformation(ex, "Thư tổng hợp ngày {Date} đã do máy chủ khác gửi (hoặc chưa ghi được lượt gửi)",
                Vietnamese.Date(today));
            db.ChangeTracker.Clear();
            return new DigestOutcome(DigestStatus.AlreadyDone);
        }

        // The day as the portal writes it (04/12/2026): a DateOnly would be logged as 2026-12-04, or 12/04/2026 by some
        // sinks.
        logger.LogInformation("Thư tổng hợp ngày {Date}: đã đưa {Count} thư vào hàng đợi gửi (thông báo từ {Since:o})",
            Vietnamese.Date(today), messages.Count, since);
        return new DigestOutcome(DigestStatus.Sent, messages.Count, run.Sent);
    }

    private sealed record Recipient(string FullName, string Email, List<NotificationRow> Unread, int More);

    /// <summary>Each opted-in active user with an address, with their unread notifications created in [since,
    /// now).</summary>
    private async Task<List<Recipient>> DigestsAsync(DateTime since, DateTime now, CancellationToken ct)
    {
        var rows = await (from n in db.Notifications.AsNoTracking()
                          join u in db.Users.AsNoTracking() on n.UserId equals u.Id
                          where u.IsActive && u.DailyDigest && u.Email != null && u.Email != ""
                              && n.ReadAtUtc == null && n.CreatedAtUtc >= since && n.CreatedAtUtc < now
                          select new { u.Id, u.FullName, u.Email, Row = new NotificationRow(n.Id, n.Kind, n.Title, null, n.Link, n.CreatedAtUtc, null) })
                         .ToListAsync(ct);
        return rows.GroupBy(r => r.Id)
            .Select(g =>
            {
                var ordered = g.Select(r => r.Row).OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id).ToList();
                var first = g.First();
                return new Recipient(first.FullName, first.Email!.Trim(), ordered.Take(MaxListed).ToList(), Math.Max(0, ordered.Count - MaxListed));
            })
            .Where(r => r.Email.Length > 0)
            .OrderBy(r => r.Email, StringComparer.Ordinal)
            .ToList();
    }

    private static EmailMessage Message(Recipient recipient, DateOnly day, string portalUrl)
    {
        var count = recipient.Unread.Count + recipient.More;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Kính gửi: {recipient.FullName}\n\n");
        body.Append(CultureInfo.InvariantCulture, $"Bạn có {count.ToString("N0", Vietnamese.Culture)} thông báo chưa đọc trên Cổng thông tin Thi đua – Khen thưởng tỉnh Lạng Sơn:\n\n");
        var i = 0;
        foreach (var n in recipient.Unread)
        {
            i++;
            body.Append(CultureInfo.InvariantCulture, $"{i}. [{n.Kind.DisplayName()}] {n.Title}\n");
            body.Append(CultureInfo.InvariantCulture, $"   {VietnamTime.Format(n.CreatedAtUtc)} – {portalUrl}/Notifications/Open/{n.Id}\n\n");
        }

        if (recipient.More > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"… và {recipient.More.ToString("N0", Vietnamese.Culture)} thông báo khác.\n\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"Xem tất cả thông báo: {portalUrl}/Notifications\n");
        body.Append(CultureInfo.InvariantCulture, $"Thôi nhận thư tổng hợp: {portalUrl}/Notifications/Settings (bỏ chọn \"Nhận thư tổng hợp hằng ngày\").\n\n");
        body.Append("Đây là thư gửi tự động, xin vui lòng không trả lời thư này.\n");
        return new EmailMessage(recipient.FullName, recipient.Email, Subject(day), body.ToString());
    }

    private static string Host()
    {
        var name = $"{Environment.MachineName}/{Environment.ProcessId}";
        return name.Length <= 200 ? name : name[..200];
    }
}
