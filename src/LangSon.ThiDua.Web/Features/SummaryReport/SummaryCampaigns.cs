using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.SummaryReport;

/// <summary>A campaign the year-end summary can be read for, as the campaign selector lists it.</summary>
public sealed record SummaryCampaign(int Id, string Title, CampaignStatus Status, DateOnly StartDate)
{
    private const int LabelTitleLength = 90;

    /// <summary>"10/2025 · Phong trào thi đua … · Đang triển khai": a long title is cut so that a phone shows the rest.
    /// </summary>
    public string Label => string.Join(" · ", StartDate.ToString("MM/yyyy", CultureInfo.InvariantCulture),
        Title.Length <= LabelTitleLength ? Title : Title[..LabelTitleLength].TrimEnd() + "…", Status.DisplayName());
}

/// <summary>
/// The campaigns whose summary can be read: launched ones (active, closed or summed up), newest first. A draft has no
/// plans yet and is not offered; asking for it, or for an unknown id, is a 404.
/// </summary>
internal static class SummaryCampaigns
{
    public static Task<List<SummaryCampaign>> ListAsync(AppDbContext db, CancellationToken ct) =>
        db.Campaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Draft)
            .OrderByDescending(c => c.StartDate).ThenByDescending(c => c.Id)
            .Select(c => new SummaryCampaign(c.Id, c.Title, c.Status, c.StartDate))
            .ToListAsync(ct);

    /// <summary>No campaign asked for (the active one is read), or one of <paramref name="campaigns"/>.</summary>
    public static bool Offers(this IReadOnlyList<SummaryCampaign> campaigns, int? id) =>
        id is null || campaigns.Any(c => c.Id == id);

    /// <summary>As <see cref="Offers"/>, asking the database for the one campaign only.</summary>
    public static async Task<bool> OffersAsync(AppDbContext db, int? id, CancellationToken ct) =>
        id is null || await db.Campaigns.AnyAsync(c => c.Id == id && c.Status != CampaignStatus.Draft, ct);
}
