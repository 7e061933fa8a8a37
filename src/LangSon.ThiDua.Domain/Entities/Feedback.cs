using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

public enum FeedbackCategory
{
    [Display(Name = "Cơ chế, chính sách")]
    Policy = 0,

    [Display(Name = "Thủ tục, hồ sơ khen thưởng")]
    Procedure = 1,

    [Display(Name = "Kinh phí, điều kiện bảo đảm")]
    Funding = 2,

    [Display(Name = "Tổ chức thực hiện phong trào")]
    Implementation = 3,

    [Display(Name = "Khác")]
    Other = 4,
}

public enum FeedbackStatus
{
    [Display(Name = "Chờ trả lời")]
    Open = 0,

    [Display(Name = "Đã trả lời")]
    Answered = 1,
}

/// <summary>
/// Phản ánh khó khăn, vướng mắc from the grassroots (plan section V.2): sent by an observer or a unit to Sở Nội vụ,
/// answered once; the sender and the unit's users are told.
/// </summary>
public sealed class Feedback : IVersioned
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public FeedbackCategory Category { get; set; }

    /// <summary>The unit the feedback is about (the sender's own for a unit user, any for an observer); none: province-wide.</summary>
    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    public int? ContentAreaId { get; set; }

    public ContentArea? ContentArea { get; set; }

    public required string Subject { get; set; }

    public required string Text { get; set; }

    public required string SenderUserName { get; set; }

    public required string SenderName { get; set; }

    /// <summary>The sender's unit or organisation.</summary>
    public int? SenderUnitId { get; set; }

    public DateTime SentAtUtc { get; set; }

    public FeedbackStatus Status { get; private set; }

    public string? Answer { get; private set; }

    public string? AnsweredBy { get; private set; }

    public string? AnsweredByName { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    public int Version { get; set; }

    public List<Attachment> Attachments { get; set; } = [];

    public void Reply(Actor actor, DateTime nowUtc, string? answer)
    {
        if (Status != FeedbackStatus.Open)
        {
            throw new DomainException($"Phản ánh \"{Subject}\" đã được trả lời.");
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new DomainException("Hãy nhập nội dung trả lời.");
        }

        Answer = answer.Trim();
        AnsweredBy = actor.UserName;
        AnsweredByName = actor.FullName;
        AnsweredAtUtc = nowUtc;
        Status = FeedbackStatus.Answered;
    }
}

/// <summary>The day's e-mail digest of unread notifications, claimed by one web server (the date is the key).</summary>
public sealed class DigestRun
{
    public DateOnly Date { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public required string Host { get; set; }

    public int Sent { get; set; }
}
