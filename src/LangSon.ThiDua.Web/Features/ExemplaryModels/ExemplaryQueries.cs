using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.ExemplaryModels;

/// <summary>What the exemplary-model screens read: rows, one model's details, the select lists of the form.</summary>
internal static class ExemplaryQueries
{
    /// <summary>The review queue's and the public list's filters: content area, unit, and a search without diacritics.</summary>
    public static IQueryable<ExemplaryModel> Matching(this IQueryable<ExemplaryModel> models, string? q, int? area, int? unit)
    {
        if (area is { } areaId)
        {
            models = models.Where(m => m.ContentAreaId == areaId);
        }

        if (unit is { } unitId)
        {
            models = models.Where(m => m.UnitId == unitId);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var folded = TextFolding.Fold(q);
            models = models.Where(m => m.SearchText.Contains(folded));
        }

        return models;
    }

    public static IQueryable<ExemplaryRow> Rows(this IQueryable<ExemplaryModel> models) =>
        models.Select(m => new ExemplaryRow(m.Id, m.Kind, m.Name, m.Unit != null ? m.Unit.Name : null, m.Place,
            m.ContentArea!.Number, m.ContentArea.ShortTitle, m.Title, m.Status, m.ProposedByName, m.ProposedAtUtc));

    public static Task<ExemplaryDetails?> DetailsAsync(this AppDbContext db, int id, CancellationToken ct) =>
        db.ExemplaryModels.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new ExemplaryDetails(m.Id, m.Kind, m.Name, m.Position, m.Unit != null ? m.Unit.Name : null, m.Place,
                m.ContentArea!.Number, m.ContentArea.ShortTitle, m.Title, m.Story, m.PhotoPath != null, m.Status, m.ProposedBy,
                m.ProposedByName, m.ProposerUnitId, m.ProposedAtUtc, m.ReviewedBy, m.ReviewedAtUtc, m.ReviewNote, m.PublishedAtUtc))
            .SingleOrDefaultAsync(ct);

    /// <summary>The campaign's content areas, "1. Phát triển kinh tế…".</summary>
    public static async Task<List<SelectListItem>> AreaOptionsAsync(this AppDbContext db, int campaignId, int? selected, CancellationToken ct)
    {
        var areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == campaignId).OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.ShortTitle }).ToListAsync(ct);
        return areas.Select(a => new SelectListItem($"{a.Number}. {a.ShortTitle}", a.Id.ToString(CultureInfo.InvariantCulture), a.Id == selected)).ToList();
    }

    /// <summary>Active units by name, plus the selected one when it is no longer active (so an edit keeps it).</summary>
    public static async Task<List<SelectListItem>> UnitOptionsAsync(this AppDbContext db, int? selected, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive || u.Id == selected)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return units.OrderBy(u => u.Name, StringComparer.CurrentCulture).Select(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture), u.Id == selected)).ToList();
    }
}
