using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.Reminders;

/// <summary>A reminder in the history: x of y units have read it.</summary>
public sealed record ReminderRow(
    int Id, DateTime SentAtUtc, ReminderRule Rule, int? NotReportedDays, string Subject, string SenderName, int UnitCount, int ReadCount)
{
    public string Rules => Reminder.Describe(Rule, NotReportedDays);
}

public sealed class ReminderIndexViewModel
{
    public ReminderRule? Rule { get; init; }

    public required Page<ReminderRow> Results { get; init; }

    public bool CanSend { get; init; }
}

/// <summary>A unit's e-mails for a reminder: sent, waiting in the queue (or being sent), failed (or discarded).</summary>
public sealed record EmailCounts(int Sent, int Waiting, int Failed);

/// <summary>One unit a reminder went to: read or not, by whom and when, what became of its e-mails.</summary>
public sealed record RecipientRow(
    int Id, int UnitId, string UnitName, string? Findings, DateTime? ReadAtUtc, string? ReadByUserName, string? ReadByFullName,
    EmailCounts Emails, int UserCount);

public sealed class ReminderDetailsViewModel
{
    public int Id { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    /// <summary>The rules in words (<see cref="Reminder.Describe"/>).</summary>
    public required string Rules { get; init; }

    public required string SenderName { get; init; }

    public DateTime SentAtUtc { get; init; }

    public string? CampaignTitle { get; init; }

    public required IReadOnlyList<RecipientRow> Recipients { get; init; }

    public int ReadCount => Recipients.Count(r => r.ReadAtUtc is not null);

    public int EmailsSent => Recipients.Sum(r => r.Emails.Sent);

    public int EmailsWaiting => Recipients.Sum(r => r.Emails.Waiting);

    public int EmailsFailed => Recipients.Sum(r => r.Emails.Failed);
}

/// <summary>A reminder as its unit reads it (GET /Reminders/Open/{recipientId}).</summary>
public sealed class ReminderOpenViewModel
{
    public int RecipientId { get; init; }

    public int ReminderId { get; init; }

    public int UnitId { get; init; }

    public required string UnitName { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public required string SenderName { get; init; }

    public DateTime SentAtUtc { get; init; }

    public DateTime? ReadAtUtc { get; init; }

    public string? ReadByName { get; init; }

    /// <summary>The reader belongs to the unit (the receipt is theirs); otherwise a province-wide reader who only looks.</summary>
    public bool IsUnitReader { get; init; }

    public bool CanSeeDetails { get; init; }

    /// <summary>The unit's message (what applies to it, then the common text), shown one per line (no inline style for pre-line wrapping).</summary>
    public IEnumerable<string> BodyLines => Body.ReplaceLineEndings("\n").Split('\n');
}

public sealed record UnitReminderRow(
    int RecipientId, int ReminderId, DateTime SentAtUtc, ReminderRule Rule, int? NotReportedDays, string Subject, string SenderName,
    DateTime? ReadAtUtc, string? ReadByUserName, int EmailsSent)
{
    public string Rules => Reminder.Describe(Rule, NotReportedDays);
}

public sealed class UnitRemindersViewModel
{
    public int UnitId { get; init; }

    public required string UnitName { get; init; }

    public required Page<UnitReminderRow> Results { get; init; }

    public int UnreadCount { get; init; }

    public bool CanSeeDetails { get; init; }

    public bool CanSend { get; init; }
}

/// <summary>A unit that has left reminders unread for more than a week.</summary>
public sealed record IgnoredRow(int UnitId, string UnitName, UnitKind Kind, string? GroupName, int UnreadCount, DateTime OldestUnreadUtc, DateTime LatestUnreadUtc);

public sealed class IgnoredViewModel
{
    public string? Q { get; init; }

    public int? Group { get; init; }

    public UnitKind? Kind { get; init; }

    public int Days { get; init; }

    public required Page<IgnoredRow> Results { get; init; }

    public List<SelectListItem> GroupOptions { get; init; } = [];

    public bool CanSend { get; init; }
}
