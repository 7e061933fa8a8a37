using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmailQueue;

/// <summary>
/// Hàng đợi e-mail: how many e-mails wait, are being sent, were sent, failed; the failed list with the reason; an
/// administrator sends a failed e-mail again (one, or all) or discards it, after a confirmation, each audited.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class EmailQueueController(AppDbContext db, TimeProvider time) : Controller
{
    public const int PageSize = 50;

    [HttpGet]
    public async Task<IActionResult> Index(OutboundEmailState? state, int? page, CancellationToken ct)
    {
        var shown = state is { } s && Enum.IsDefined(s) ? s : OutboundEmailState.Failed;
        var counts = await db.OutboundEmails.AsNoTracking().GroupBy(e => e.State)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var rows = await Rows(db.OutboundEmails.AsNoTracking().Where(e => e.State == shown)
                .OrderByDescending(e => e.CreatedAtUtc).ThenByDescending(e => e.Id))
            .ToPageAsync(page, PageSize, ct);
        return View(new EmailQueueIndexModel
        {
            State = shown,
            Counts = Enum.GetValues<OutboundEmailState>().ToDictionary(x => x, x => counts.GetValueOrDefault(x)),
            Page = rows,
        });
    }

    [HttpGet]
    public Task<IActionResult> Retry(long id, CancellationToken ct) => ConfirmAsync(id, nameof(Retry), ct);

    [HttpPost]
    [ActionName(nameof(Retry))]
    public Task<IActionResult> RetryConfirmed(long id, CancellationToken ct) =>
        ChangeAsync(id, AuditActions.EmailRetried, e => e.Retry(time.GetUtcNow().UtcDateTime),
            "Đã đưa e-mail gửi tới {0} vào hàng đợi để gửi lại.", ct);

    [HttpGet]
    public Task<IActionResult> Discard(long id, CancellationToken ct) => ConfirmAsync(id, nameof(Discard), ct);

    [HttpPost]
    [ActionName(nameof(Discard))]
    public Task<IActionResult> DiscardConfirmed(long id, CancellationToken ct) =>
        ChangeAsync(id, AuditActions.EmailDiscarded, e => e.Discard(), "Đã bỏ e-mail gửi tới {0}: thư sẽ không được gửi.", ct);

    [HttpGet]
    public async Task<IActionResult> RetryAll(CancellationToken ct)
    {
        var failed = await db.OutboundEmails.CountAsync(e => e.State == OutboundEmailState.Failed, ct);
        return View("Confirm", new EmailQueueConfirmModel
        {
            Title = "Gửi lại tất cả e-mail gửi lỗi",
            Warning = $"{failed:N0} e-mail gửi lỗi sẽ được đưa lại vào hàng đợi và gửi lại từ đầu "
                + "(mỗi thư lại được thử nhiều lần).",
            Button = "Gửi lại tất cả",
            Action = nameof(RetryAll),
            FailedCount = failed,
        });
    }

    [HttpPost]
    [ActionName(nameof(RetryAll))]
    public async Task<IActionResult> RetryAllConfirmed(CancellationToken ct)
    {
        var failed = await db.OutboundEmails.Where(e => e.State == OutboundEmailState.Failed).ToListAsync(ct);
        if (failed.Count == 0)
        {
            TempData.SetError("Không có e-mail gửi lỗi nào để gửi lại.");
            return RedirectToAction(nameof(Index));
        }

        var now = time.GetUtcNow().UtcDateTime;
        failed.ForEach(e => e.Retry(now));
        await db.RecordAsync(HttpContext, time, AuditActions.EmailRetried, nameof(OutboundEmail), null,
            detail: $"Gửi lại {failed.Count:N0} e-mail gửi lỗi", cancellationToken: ct);
        TempData.SetSuccess($"Đã đưa {failed.Count:N0} e-mail gửi lỗi vào hàng đợi để gửi lại.");
        return RedirectToAction(nameof(Index), new { state = OutboundEmailState.Pending });
    }

    private static IQueryable<OutboundEmailRow> Rows(IQueryable<OutboundEmail> emails) =>
        emails.Select(e => new OutboundEmailRow(
            e.Id, e.Kind, e.ToName, e.ToAddress, e.Subject, e.CreatedAtUtc, e.State, e.Attempts, e.NextAttemptUtc,
            e.LastError, e.LastErrorDetail, e.SentAtUtc));

    private async Task<IActionResult> ConfirmAsync(long id, string action, CancellationToken ct)
    {
        var email = await Rows(db.OutboundEmails.AsNoTracking().Where(e => e.Id == id)).SingleOrDefaultAsync(ct);
        if (email is null)
        {
            return NotFound();
        }

        if (email.State != OutboundEmailState.Failed)
        {
            TempData.SetError("E-mail này không còn ở danh sách gửi lỗi.");
            return RedirectToAction(nameof(Index));
        }

        var retry = action == nameof(Retry);
        return View("Confirm", new EmailQueueConfirmModel
        {
            Title = retry ? "Gửi lại e-mail" : "Bỏ e-mail gửi lỗi",
            Warning = retry
                ? "E-mail sẽ được đưa lại vào hàng đợi và gửi lại từ đầu (lại được thử nhiều lần nếu vẫn lỗi)."
                : "E-mail sẽ không bao giờ được gửi nữa. Người nhận chỉ còn thông báo trên cổng (nếu có).",
            Button = retry ? "Gửi lại" : "Bỏ e-mail",
            Action = action,
            Email = email,
        });
    }

    private async Task<IActionResult> ChangeAsync(
        long id, string auditAction, Action<OutboundEmail> change, string done, CancellationToken ct)
    {
        var email = await db.OutboundEmails.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (email is null)
        {
            return NotFound();
        }

        // A refusal (no longer failed: another administrator acted first) is shown by the DomainException filter.
        change(email);
        await db.RecordAsync(HttpContext, time, auditAction, nameof(OutboundEmail), email.Id.ToString(CultureInfo.InvariantCulture),
            detail: $"{email.ToAddress}: {email.Subject}", cancellationToken: ct);
        TempData.SetSuccess(string.Format(CultureInfo.InvariantCulture, done, email.ToAddress));
        return RedirectToAction(nameof(Index));
    }
}
