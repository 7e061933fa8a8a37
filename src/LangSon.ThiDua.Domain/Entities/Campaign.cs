using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

public enum CampaignStatus
{
    [Display(Name = "Dự thảo")]
    Draft = 0,

    [Display(Name = "Đang triển khai")]
    Active = 1,

    [Display(Name = "Đã kết thúc")]
    Closed = 2,

    [Display(Name = "Đã tổng kết")]
    Summarized = 3,
}

public static class CampaignStatusExtensions
{
    /// <summary>
    /// The campaigns running now, the one that counts first (latest start, then latest created): every page that
    /// works on "the active campaign" takes the first of these.
    /// </summary>
    public static IOrderedQueryable<Campaign> Active(this IQueryable<Campaign> campaigns) =>
        campaigns.Where(c => c.Status == CampaignStatus.Active).OrderByDescending(c => c.StartDate).ThenByDescending(c => c.Id);

    /// <summary>Closed or summarized: deadlines missed are final (a target is "not achieved", no longer "overdue").</summary>
    public static bool IsFinished(this CampaignStatus status) => status is CampaignStatus.Closed or CampaignStatus.Summarized;
}

/// <summary>Phong trào / đợt thi đua.</summary>
public sealed class Campaign
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Title { get; set; }

    public required string LegalBasis { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>
    /// Năm xét: the year whose results the campaign's nominations rate (the movement started on 01/10/2025 rates 2025);
    /// history-dependent eligibility counts its years from it.
    /// </summary>
    public int ReviewYear => StartDate.Year;

    /// <summary>The plan ends "when the 14th Party Congress has been held": unknown at first, editable.</summary>
    public DateOnly? EndDate { get; set; }

    public DateOnly? PlanDeadline { get; set; }

    public DateOnly? NominationDeadline { get; set; }

    public CampaignStatus Status { get; private set; } = CampaignStatus.Draft;

    public List<ContentArea> ContentAreas { get; set; } = [];

    public void Activate() => MoveTo(CampaignStatus.Active, CampaignStatus.Draft);

    public void Close() => MoveTo(CampaignStatus.Closed, CampaignStatus.Active);

    public void Summarize() => MoveTo(CampaignStatus.Summarized, CampaignStatus.Closed);

    private void MoveTo(CampaignStatus target, CampaignStatus requiredCurrent)
    {
        if (Status != requiredCurrent)
        {
            throw new DomainException(
                $"Không thể chuyển phong trào sang trạng thái \"{target.DisplayName()}\" khi đang ở trạng thái \"{Status.DisplayName()}\".");
        }

        Status = target;
    }
}

/// <summary>Nội dung thi đua (II.1–II.5 of the plan).</summary>
public sealed class ContentArea
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public Campaign? Campaign { get; set; }

    public int Number { get; set; }

    public required string ShortTitle { get; set; }

    public required string FullText { get; set; }

    /// <summary>Suggested indicators, one per line.</summary>
    public string? SuggestedIndicators { get; set; }
}
