using System.Linq.Expressions;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LangSon.ThiDua.Web.Infrastructure.Email;

/// <summary>What one pass over the outbox did.</summary>
public sealed record EmailQueueRun(int Claimed, int Sent, int Failed);

/// <summary>
/// Sends the outbox's due messages, a batch at a time. Several web servers share the database: a server claims a batch
/// with one conditional UPDATE (due and unclaimed, or claimed under a lease that has expired) that stamps its claim
/// token, then reads back the rows bearing its token, so a message is claimed by one server only. Each result is saved
/// under the claim token (the concurrency token): a server whose lease expired meanwhile cannot overwrite the row.
/// </summary>
public sealed class EmailQueueWorker(
    AppDbContext db, IEmailSender sender, TimeProvider time, IOptions<EmailQueueOptions> options,
    ILogger<EmailQueueWorker> logger)
{
    /// <summary>Sends batches until nothing is due, or a whole batch failed (the server is likely down).</summary>
    public async Task<EmailQueueRun> RunOnceAsync(CancellationToken ct = default)
    {
        var total = new EmailQueueRun(0, 0, 0);
        while (true)
        {
            var batch = await ClaimAsync(ct);
            if (batch.Count == 0)
            {
                return total;
            }

            var sent = await SendAsync(batch, ct);
            total = new EmailQueueRun(
                total.Claimed + batch.Count, total.Sent + sent, total.Failed + batch.Count - sent);
            if (sent == 0 || batch.Count < options.Value.BatchSize)
            {
                return total;
            }
        }
    }

    private static Expression<Func<OutboundEmail, bool>> Due(DateTime now) => e =>
        (e.State == OutboundEmailState.Pending && e.NextAttemptUtc <= now)
        || (e.State == OutboundEmailState.Sending && e.LeaseUntilUtc < now);

    private async Task<List<OutboundEmail>> ClaimAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var ids = await db.OutboundEmails.AsNoTracking().Where(Due(now))
            .OrderBy(e => e.NextAttemptUtc).ThenBy(e => e.Id).Take(settings.BatchSize).Select(e => e.Id)
            .ToListAsync(ct);
        if (ids.Count == 0)
        {
            return [];
        }

        // The condition is checked again by the UPDATE itself: what another server claimed in between is left out.
        var token = Guid.NewGuid();
        var lease = now.AddMinutes(settings.LeaseMinutes);
        var claimed = await db.OutboundEmails.Where(e => ids.Contains(e.Id)).Where(Due(now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.State, OutboundEmailState.Sending)
                    .SetProperty(e => e.ClaimToken, token)
                    .SetProperty(e => e.LeaseUntilUtc, lease)
                    .SetProperty(e => e.Attempts, e => e.Attempts + 1),
                ct);
        return claimed == 0
            ? []
            : await db.OutboundEmails.Where(e => e.ClaimToken == token).OrderBy(e => e.Id).ToListAsync(ct);
    }

    private async Task<int> SendAsync(List<OutboundEmail> batch, CancellationToken ct)
    {
        var messages = batch.Select(e => new EmailMessage(e.ToName, e.ToAddress, e.Subject, e.Body)).ToList();
        // Once handed to the server, the results are recorded even if the web server is stopping.
        var results = await sender.SendAsync(messages, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var sent = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var email = batch[i];
            if (results[i].Sent)
            {
                email.MarkSent(now);
                sent++;
            }
            else
            {
                email.RecordFailure(
                    results[i].Error ?? "Không gửi được e-mail.", results[i].Detail, now, options.Value.MaxAttempts,
                    results[i].Permanent);
            }

            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogWarning("E-mail {Id} đã được máy chủ khác nhận gửi lại sau khi hết hạn giữ chỗ", email.Id);
                db.Entry(email).State = EntityState.Detached;
            }
        }

        logger.LogInformation("Hàng đợi e-mail: đã gửi {Sent}/{Count} thư", sent, batch.Count);
        return sent;
    }
}
