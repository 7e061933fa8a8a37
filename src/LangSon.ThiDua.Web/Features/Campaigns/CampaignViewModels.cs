using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Campaigns;

public sealed record CampaignListItem(int Id, string Code, string Title, DateOnly StartDate, DateOnly? EndDate, CampaignStatus Status, int AreaCount);

public sealed class CampaignIndexModel
{
    public string? Query { get; init; }

    public required Page<CampaignListItem> Page { get; init; }
}

public sealed record ContentAreaItem(int Id, int Number, string ShortTitle, string FullText, string? SuggestedIndicators);

public sealed class CampaignDetailsModel
{
    public required int Id { get; init; }

    public required string Code { get; init; }

    public required string Title { get; init; }

    public required string LegalBasis { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public DateOnly? PlanDeadline { get; init; }

    public DateOnly? NominationDeadline { get; init; }

    public CampaignStatus Status { get; init; }

    public CampaignStep? NextStep => CampaignStep.After(Status);

    public required IReadOnlyList<ContentAreaItem> ContentAreas { get; init; }
}

/// <summary>What the confirmation page of a status change shows.</summary>
public sealed record CampaignStepModel(int Id, string Code, string Title, CampaignStatus Status, CampaignStep Step);

/// <summary>
/// The buttons offered for a campaign's next status. This only decides what the page offers;
/// the rule itself is enforced by <see cref="Campaign"/> (Activate/Close/Summarize throw otherwise).
/// </summary>
public sealed record CampaignStep(string Action, string Label, string Question, CampaignStatus From, CampaignStatus To)
{
    public static readonly CampaignStep Activate = new(
        nameof(Activate), "Kích hoạt",
        "Bạn có chắc muốn kích hoạt phong trào này? Phong trào sẽ chuyển sang trạng thái \"Đang triển khai\" và các đơn vị bắt đầu xây dựng kế hoạch triển khai.",
        CampaignStatus.Draft, CampaignStatus.Active);

    public static readonly CampaignStep Close = new(
        nameof(Close), "Kết thúc",
        "Bạn có chắc muốn kết thúc phong trào này? Phong trào sẽ chuyển sang trạng thái \"Đã kết thúc\".",
        CampaignStatus.Active, CampaignStatus.Closed);

    public static readonly CampaignStep Summarize = new(
        nameof(Summarize), "Đã tổng kết",
        "Bạn có chắc phong trào này đã được tổng kết? Phong trào sẽ chuyển sang trạng thái \"Đã tổng kết\"; đây là trạng thái cuối cùng.",
        CampaignStatus.Closed, CampaignStatus.Summarized);

    public static CampaignStep? After(CampaignStatus status) =>
        new[] { Activate, Close, Summarize }.FirstOrDefault(s => s.From == status);
}

public static class CampaignDisplay
{
    public static string Period(DateOnly start, DateOnly? end) =>
        end is { } e ? $"{Vietnamese.Date(start)} – {Vietnamese.Date(e)}" : $"Từ {Vietnamese.Date(start)}, chưa xác định ngày kết thúc";

    public static string BadgeClass(CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => "text-bg-secondary",
        CampaignStatus.Active => "text-bg-success",
        CampaignStatus.Closed => "text-bg-warning",
        _ => "text-bg-dark",
    };
}
