using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

/// <summary>
/// How the units of a reminder were chosen: by hand (no rule), or by one or more rules, each unit being one to which at
/// least one chosen rule applies. Stored as flags; 3 was the former "no report for 30 days", now 4 with 30 days.
/// </summary>
[Flags]
public enum ReminderRule
{
    [Display(Name = "Chọn đơn vị thủ công")]
    Manual = 0,

    [Display(Name = "Chưa trình kế hoạch")]
    NoPlanSubmitted = 1,

    [Display(Name = "Có mục tiêu quá hạn")]
    OverdueTargets = 2,

    [Display(Name = "Chưa báo cáo tiến độ")]
    NotReported = 4,

    [Display(Name = "Có mục tiêu có nguy cơ chậm tiến độ")]
    AtRiskTargets = 8,
}

/// <summary>One unit a reminder goes to, with what applies to it (null for a reminder whose units were chosen by hand).</summary>
public sealed record ReminderAddressee(int UnitId, string? Findings);

/// <summary>Đôn đốc: a reminder from Sở Nội vụ to one or many units, in-app and by e-mail, with read receipts.</summary>
public sealed class Reminder
{
    public int Id { get; set; }

    public int? CampaignId { get; set; }

    public ReminderRule Rule { get; set; }

    /// <summary>N of the rule "not reported for N days"; null when that rule was not chosen.</summary>
    public int? NotReportedDays { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public required string SentByUserName { get; set; }

    public required string SentByFullName { get; set; }

    public DateTime SentAtUtc { get; set; }

    public List<ReminderRecipient> Recipients { get; set; } = [];

    /// <summary>The longest "not reported" window a reminder may use, in days.</summary>
    public const int MaxNotReportedDays = 365;

    /// <summary>The rules a reminder may choose (Manual is the absence of any).</summary>
    public const ReminderRule AllRules =
        ReminderRule.NoPlanSubmitted | ReminderRule.OverdueTargets | ReminderRule.NotReported | ReminderRule.AtRiskTargets;

    /// <summary>
    /// A reminder to the given units. Chosen by rules, every unit must carry what applies to it (the message it gets
    /// never claims what is not so); chosen by hand, no unit carries anything and the text is the same for all.
    /// </summary>
    public static Reminder Send(
        int? campaignId, ReminderRule rule, int? notReportedDays, string subject, string body,
        IReadOnlyCollection<ReminderAddressee> addressees, Actor sender, DateTime nowUtc)
    {
        if (addressees.Count == 0)
        {
            throw new DomainException("Chưa chọn đơn vị nào để đôn đốc.");
        }

        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(body))
        {
            throw new DomainException("Văn bản đôn đốc cần có tiêu đề và nội dung.");
        }

        if ((rule & ~AllRules) != 0)
        {
            throw new DomainException("Tiêu chí đôn đốc không hợp lệ.");
        }

        var days = rule.HasFlag(ReminderRule.NotReported) ? notReportedDays : null;
        if (rule.HasFlag(ReminderRule.NotReported) && days is not (>= 1 and <= MaxNotReportedDays))
        {
            throw new DomainException($"Số ngày chưa báo cáo phải từ 1 đến {MaxNotReportedDays}.");
        }

        if (rule != ReminderRule.Manual && addressees.Any(a => string.IsNullOrWhiteSpace(a.Findings)))
        {
            throw new DomainException("Có đơn vị không thuộc tiêu chí nào đã chọn: văn bản đôn đốc theo tiêu chí chỉ gửi được cho đơn vị có nội dung cần đôn đốc.");
        }

        var reminder = new Reminder
        {
            CampaignId = campaignId,
            Rule = rule,
            NotReportedDays = days,
            Subject = subject.Trim(),
            Body = body.Trim(),
            SentByUserName = sender.UserName,
            SentByFullName = sender.FullName,
            SentAtUtc = nowUtc,
        };
        reminder.Recipients.AddRange(addressees.DistinctBy(a => a.UnitId).Select(a => new ReminderRecipient
        {
            UnitId = a.UnitId,
            Findings = rule == ReminderRule.Manual ? null : a.Findings!.Trim(),
        }));
        return reminder;
    }

    /// <summary>The text one unit reads: what applies to it, then the common text.</summary>
    public string MessageFor(ReminderRecipient recipient) =>
        recipient.Findings is { } findings ? findings + "\n\n" + Body : Body;

    /// <summary>The rules in words, e.g. "Có mục tiêu quá hạn; Chưa báo cáo tiến độ 45 ngày".</summary>
    public static string Describe(ReminderRule rule, int? notReportedDays)
    {
        if (rule == ReminderRule.Manual)
        {
            return ReminderRule.Manual.DisplayName();
        }

        var order = new[] { ReminderRule.OverdueTargets, ReminderRule.AtRiskTargets, ReminderRule.NotReported, ReminderRule.NoPlanSubmitted };
        return string.Join("; ", order.Where(r => rule.HasFlag(r)).Select(r => r == ReminderRule.NotReported && notReportedDays is { } d
            ? $"{r.DisplayName()} {d} ngày"
            : r.DisplayName()));
    }
}

/// <summary>One unit a reminder was sent to, with its read receipt (the first user of the unit who opened it).</summary>
public sealed class ReminderRecipient
{
    public int Id { get; set; }

    public int ReminderId { get; set; }

    public Reminder? Reminder { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>What applied to the unit when the reminder was sent (one line each), for a reminder chosen by rules.</summary>
    public string? Findings { get; set; }

    public DateTime? ReadAtUtc { get; private set; }

    public string? ReadByUserName { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    /// <summary>Records the first reading only; later readings keep the original receipt.</summary>
    public void MarkRead(string userName, DateTime nowUtc)
    {
        if (ReadAtUtc is null)
        {
            ReadAtUtc = nowUtc;
            ReadByUserName = userName;
        }
    }
}

public enum NotificationKind
{
    [Display(Name = "Đôn đốc")]
    Reminder = 0,

    [Display(Name = "Kết quả duyệt kế hoạch")]
    PlanReview = 1,

    [Display(Name = "Khen thưởng")]
    Nomination = 2,

    [Display(Name = "Phiên họp Hội đồng")]
    CouncilSession = 3,

    [Display(Name = "Phản ánh, kiến nghị")]
    Feedback = 4,

    [Display(Name = "Gương điển hình")]
    ExemplaryModel = 5,

    /// <summary>For Sở Nội vụ: a unit submitted (or resubmitted) its plan, which waits for review.</summary>
    [Display(Name = "Kế hoạch chờ duyệt")]
    PlanSubmission = 6,

    /// <summary>A unit asked to amend its accepted plan (to Sở Nội vụ), or was answered (to the unit).</summary>
    [Display(Name = "Điều chỉnh kế hoạch")]
    PlanAmendment = 7,
}

/// <summary>An in-app notification for one user (the bell), read or not.</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public NotificationKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Body { get; set; }

    /// <summary>A local URL to open, e.g. /Reminders/Open/12.</summary>
    public string? Link { get; set; }

    public int? ReminderRecipientId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}
