using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

public enum OutboundEmailState
{
    [Display(Name = "Chờ gửi")]
    Pending = 0,

    [Display(Name = "Đang gửi")]
    Sending = 1,

    [Display(Name = "Đã gửi")]
    Sent = 2,

    [Display(Name = "Gửi lỗi")]
    Failed = 3,

    [Display(Name = "Đã bỏ")]
    Discarded = 4,
}

public enum OutboundEmailKind
{
    [Display(Name = "Đôn đốc")]
    Reminder = 0,

    [Display(Name = "Thư tổng hợp hằng ngày")]
    Digest = 1,

    [Display(Name = "Mời họp Hội đồng")]
    CouncilInvitation = 2,
}

/// <summary>
/// One e-mail in the outbox: queued in the same save as the change that causes it, sent later by the queue worker.
/// A worker claims it (state Sending, its claim token, a lease); a failure schedules the next attempt (1, 5, 30, 120
/// minutes) until the last attempt, after which it waits in the failed list for an administrator to send it again or
/// discard it. The claim token is the row's concurrency token: a worker whose lease expired cannot overwrite the row
/// another worker has claimed since.
/// </summary>
public sealed class OutboundEmail
{
    public const int SubjectLength = 300;
    public const int ErrorLength = 500;
    public const int DetailLength = 2000;

    /// <summary>The wait before the attempt after the 1st, 2nd, 3rd, 4th failure (the last repeats).</summary>
    public static readonly TimeSpan[] RetryDelays =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    public long Id { get; private set; }

    public OutboundEmailKind Kind { get; private set; }

    public string ToName { get; private set; } = string.Empty;

    public string ToAddress { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    /// <summary>The unit of a reminder this e-mail was sent for (its status shows on the reminder's page).</summary>
    public int? ReminderRecipientId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public OutboundEmailState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptUtc { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public DateTime? LeaseUntilUtc { get; private set; }

    /// <summary>Why the last attempt failed, for the administrator (Vietnamese).</summary>
    public string? LastError { get; private set; }

    /// <summary>The technical detail of the last failure (the server's answer, the exception).</summary>
    public string? LastErrorDetail { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public static OutboundEmail Queue(
        OutboundEmailKind kind, string toName, string toAddress, string subject, string body, DateTime nowUtc,
        int? reminderRecipientId = null) => new()
    {
        Kind = kind,
        ToName = Cut(toName.Trim(), 200),
        ToAddress = toAddress.Trim(),
        Subject = Cut(subject, SubjectLength),
        Body = body,
        ReminderRecipientId = reminderRecipientId,
        CreatedAtUtc = nowUtc,
        NextAttemptUtc = nowUtc,
        State = OutboundEmailState.Pending,
    };

    public void MarkSent(DateTime nowUtc)
    {
        State = OutboundEmailState.Sent;
        SentAtUtc = nowUtc;
        LastError = null;
        LastErrorDetail = null;
        Release();
    }

    /// <summary>
    /// A failed attempt (the worker counted it when claiming): waits for the next one, or after
    /// <paramref name="maxAttempts"/> goes to the failed list. A permanent refusal (the server's 5xx answer: no such
    /// mailbox, address refused) goes to the failed list at once: sending it again would only be refused again.
    /// </summary>
    public void RecordFailure(string error, string? detail, DateTime nowUtc, int maxAttempts, bool permanent = false)
    {
        LastError = Cut(error, ErrorLength);
        LastErrorDetail = detail is null ? null : Cut(detail, DetailLength);
        Release();
        if (permanent || Attempts >= maxAttempts)
        {
            State = OutboundEmailState.Failed;
            return;
        }

        State = OutboundEmailState.Pending;
        NextAttemptUtc = nowUtc + RetryDelays[Math.Clamp(Attempts - 1, 0, RetryDelays.Length - 1)];
    }

    /// <summary>An administrator sends a failed e-mail again: a fresh round of attempts, starting now.</summary>
    public void Retry(DateTime nowUtc)
    {
        if (State != OutboundEmailState.Failed)
        {
            throw new DomainException("Chỉ gửi lại được e-mail đang ở danh sách gửi lỗi.");
        }

        State = OutboundEmailState.Pending;
        Attempts = 0;
        NextAttemptUtc = nowUtc;
    }

    /// <summary>An administrator gives up on a failed e-mail: it stays listed as discarded, never sent.</summary>
    public void Discard()
    {
        if (State != OutboundEmailState.Failed)
        {
            throw new DomainException("Chỉ bỏ được e-mail đang ở danh sách gửi lỗi.");
        }

        State = OutboundEmailState.Discarded;
    }

    private void Release()
    {
        ClaimToken = null;
        LeaseUntilUtc = null;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
