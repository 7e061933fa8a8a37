using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Feedback;

/// <summary>One line of the feedback list.</summary>
public sealed record FeedbackRow(
    int Id, string Subject, FeedbackCategory Category, FeedbackStatus Status, string? UnitName, string SenderName, string? SenderUnitName,
    DateTime SentAtUtc, DateTime? AnsweredAtUtc, int FileCount);

public sealed record FeedbackStatusCount(FeedbackStatus Status, int Count);

/// <summary>The list: the user's own (and his unit's) feedback for a sender, every feedback with filters for Sở Nội vụ.</summary>
public sealed class FeedbackListViewModel
{
    public FeedbackStatus? Status { get; init; }

    public FeedbackCategory? Category { get; init; }

    public int? Unit { get; init; }

    public int? Area { get; init; }

    public string? Q { get; init; }

    public required bool ReadsAll { get; init; }

    public required bool CanSend { get; init; }

    public required IReadOnlyList<FeedbackStatusCount> Counts { get; init; }

    public required Page<FeedbackRow> Results { get; init; }

    public required IReadOnlyList<SelectListItem> UnitOptions { get; init; }

    public required IReadOnlyList<SelectListItem> AreaOptions { get; init; }

    public int Total => Counts.Sum(c => c.Count);

    public bool Filtered => Status is not null || Category is not null || Unit is not null || Area is not null || !string.IsNullOrWhiteSpace(Q);
}

public sealed record FeedbackFile(long Id, string FileName, long Size, DateTime UploadedAtUtc)
{
    public string SizeText => Vietnamese.FileSize(Size);
}

/// <summary>A feedback as its readers see it, with the answer once given and, for Sở Nội vụ while it is open, the answer form.</summary>
public sealed class FeedbackDetailsViewModel
{
    public required int Id { get; init; }

    public required string Subject { get; init; }

    public required string Text { get; init; }

    public required FeedbackCategory Category { get; init; }

    public required FeedbackStatus Status { get; init; }

    public string? UnitName { get; init; }

    public string? AreaTitle { get; init; }

    public required string CampaignTitle { get; init; }

    public required string SenderName { get; init; }

    public string? SenderUnitName { get; init; }

    public required DateTime SentAtUtc { get; init; }

    public string? Answer { get; init; }

    public string? AnsweredByName { get; init; }

    public DateTime? AnsweredAtUtc { get; init; }

    public required IReadOnlyList<FeedbackFile> Files { get; init; }

    /// <summary>Sở Nội vụ, while the feedback waits for its answer.</summary>
    public bool CanReply { get; init; }

    public ReplyForm Reply { get; set; } = new();
}

/// <summary>The dashboard card "Phản ánh, kiến nghị": open and answered counts of the active campaign, by category.</summary>
public sealed record FeedbackSummary(IReadOnlyList<FeedbackCategoryCount> Categories, bool ShowLink)
{
    public int Open => Categories.Sum(c => c.Open);

    public int Answered => Categories.Sum(c => c.Answered);
}

public sealed record FeedbackCategoryCount(FeedbackCategory Category, int Open, int Answered);
