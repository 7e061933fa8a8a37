using System.Data.Common;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Feedback;

/// <summary>
/// The card "Phản ánh, kiến nghị" of the dashboard and of Sở Nội vụ's feedback list: the active campaign's feedback
/// waiting for an answer and answered, by category. Counts only, no subject or sender, so every dashboard reader may
/// see it; the link to the list is shown to those who may open it.
/// </summary>
public sealed class FeedbackSummaryViewComponent(AppDbContext db, ILogger<FeedbackSummaryViewComponent> logger) : ViewComponent
{
    /// <param name="showLink">False on the feedback list itself.</param>
    public async Task<IViewComponentResult> InvokeAsync(bool showLink = true)
    {
        try
        {
            var summary = await SummarizeAsync(db, HttpContext.RequestAborted);
            return View("~/Features/Feedback/_Summary.cshtml", summary with { ShowLink = showLink && CanOpenList() });
        }
        catch (DbException ex)
        {
            logger.LogWarning(ex, "Không đọc được số liệu phản ánh cho thẻ tổng hợp");
            return Content(string.Empty);
        }
    }

    /// <summary>The counts of the active campaign (none: all zero), one line per category in the enum's order.</summary>
    public static async Task<FeedbackSummary> SummarizeAsync(AppDbContext db, CancellationToken ct)
    {
        var campaignId = await FeedbackLookups.ActiveCampaignIdAsync(db, ct);
        var counts = await db.Feedbacks.AsNoTracking().Where(f => f.CampaignId == campaignId)
            .GroupBy(f => new { f.Category, f.Status })
            .Select(g => new { g.Key.Category, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        int Count(FeedbackCategory category, FeedbackStatus status) =>
            counts.Where(c => c.Category == category && c.Status == status).Sum(c => c.Count);
        return new FeedbackSummary(
            Enum.GetValues<FeedbackCategory>()
                .Select(c => new FeedbackCategoryCount(c, Count(c, FeedbackStatus.Open), Count(c, FeedbackStatus.Answered)))
                .ToList(),
            ShowLink: false);
    }

    private bool CanOpenList() =>
        FeedbackAccess.PageRoles.Split(',').Any(UserClaimsPrincipal.IsInRole);
}
