using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Feedback;

/// <summary>The choices of the feedback forms and filters: units, the active campaign's content areas.</summary>
internal static class FeedbackLookups
{
    public static string AreaTitle(int number, string? shortTitle) =>
        string.Create(CultureInfo.InvariantCulture, $"Nội dung {number}. {shortTitle}");

    /// <summary>Units for a select, in Vietnamese order: the active ones to send about, all of them to filter by.</summary>
    public static async Task<List<SelectListItem>> UnitOptionsAsync(AppDbContext db, int? selected, bool activeOnly, CancellationToken ct)
    {
        var units = db.Units.AsNoTracking();
        if (activeOnly)
        {
            units = units.Where(u => u.IsActive);
        }

        var rows = await units.Select(u => new { u.Id, u.Name, u.IsActive }).ToListAsync(ct);
        return rows.OrderBy(u => u.Name, Vietnamese.Order)
            .Select(u => new SelectListItem(u.IsActive ? u.Name : u.Name + " (ngừng hoạt động)", u.Id.ToString(CultureInfo.InvariantCulture), u.Id == selected))
            .ToList();
    }

    /// <summary>The content areas of the active campaign.</summary>
    public static async Task<List<SelectListItem>> AreaOptionsAsync(AppDbContext db, int? selected, CancellationToken ct)
    {
        var campaignId = await ActiveCampaignIdAsync(db, ct);
        var areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == campaignId).OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.ShortTitle }).ToListAsync(ct);
        return areas.Select(a => new SelectListItem(AreaTitle(a.Number, a.ShortTitle), a.Id.ToString(CultureInfo.InvariantCulture), a.Id == selected)).ToList();
    }

    public static Task<int> ActiveCampaignIdAsync(AppDbContext db, CancellationToken ct) =>
        db.Campaigns.AsNoTracking().Active().Select(c => c.Id).FirstOrDefaultAsync(ct);
}
