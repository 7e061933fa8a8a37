using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

/// <summary>How the units of a reminder were chosen.</summary>
public enum ReminderRule
{
    [Display(Name = "Chọn đơn vị thủ công")]
    Manual = 0,

    [Display(Name = "Chưa trình kế hoạch")]
    NoPlanSubmitted = 1,

    [Display(Name = "Có mục tiêu quá hạn")]
    OverdueTargets = 2,

    [Display(Name = "Không báo cáo tiến độ trong 30 ngày")]
    NoReportFor30Days = 3,
}

/// <summary>Đôn đốc: a reminder from Sở Nội vụ to one or many units, in-app and by e-mail, with read receipts.</summary>
public sealed class Reminder
{
    public int Id { get; set; }

    public int? CampaignId { get; set; }

    public ReminderRule Rule { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public required string SentByUserName { get; set; }

    public required string SentByFullName { get; set; }

    public DateTime SentAtUtc { get; set; }

    public List<ReminderRecipient> Recipients { get; set; } = [];

    public static Reminder Send(int? campaignId, ReminderRule rule, string subject, string body, IReadOnlyCollection<int> unitIds, Actor sender, DateTime nowUtc)
    {
        if (unitIds.Count == 0)
        {
            throw new DomainException("Chưa chọn đơn vị nào để đôn đốc.");
        }

        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(body))
        {
            throw new DomainException("Văn bản đôn đốc cần có tiêu đề và nội dung.");
        }

        var reminder = new Reminder
        {
            CampaignId = campaignId,
            Rule = rule,
            Subject = subject.Trim(),
            Body = body.Trim(),
            SentByUserName = sender.UserName,
            SentByFullName = sender.FullName,
            SentAtUtc = nowUtc,
        };
        reminder.Recipients.AddRange(unitIds.Distinct().Select(id => new ReminderRecipient { UnitId = id }));
        return reminder;
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

    public DateTime? ReadAtUtc { get; private set; }

    public string? ReadByUserName { get; private set; }

    /// <summary>How many e-mails went out to the unit's users for this reminder.</summary>
    public int EmailsSent { get; set; }

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
