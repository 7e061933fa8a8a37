using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.ExemplaryModels;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.PublicModels;

/// <summary>
/// Gương điển hình on the public site (no sign-in): published models only — search without diacritics, filters by
/// content area and unit, a print-friendly detail page with sharing metadata, the photo. A model that is not published
/// (waiting, not published, taken down) does not exist here: 404, its photo too.
/// </summary>
[AllowAnonymous]
public sealed class PublicModelsController(AppDbContext db, AttachmentStore store) : Controller
{
    private const int PageSize = 12;

    [HttpGet]
    public async Task<IActionResult> Index(string? q, int? area, int? unit, int? page = null, CancellationToken ct = default)
    {
        var models = Published();
        models = models.Matching(q, area, unit);

        var results = await models.OrderByDescending(m => m.PublishedAtUtc).ThenByDescending(m => m.Id)
            .Select(Card).ToPageAsync(page, PageSize, ct);

        // The filters offer only what has published models, so that no choice leads to an empty page.
        var areas = await Published().Select(m => new { m.ContentArea!.Id, m.ContentArea.Number, m.ContentArea.ShortTitle }).Distinct().ToListAsync(ct);
        var units = await Published().Where(m => m.UnitId != null).Select(m => new { m.Unit!.Id, m.Unit.Name }).Distinct().ToListAsync(ct);
        return View(new PublicModelsIndexViewModel
        {
            Q = q,
            Area = area,
            Unit = unit,
            AreaOptions = areas.OrderBy(a => a.Number).ThenBy(a => a.Id)
                .Select(a => new SelectListItem($"{a.Number}. {a.ShortTitle}", a.Id.ToString(CultureInfo.InvariantCulture), a.Id == area)).ToList(),
            UnitOptions = units.OrderBy(u => u.Name, StringComparer.CurrentCulture)
                .Select(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture), u.Id == unit)).ToList(),
            Results = results,
        });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var found = await Published().Where(m => m.Id == id)
            .Select(m => new { Card = new PublicModelCard(m.Id, m.Kind, m.Name, m.Position, m.Unit != null ? m.Unit.Name : null, m.Place,
                m.ContentArea!.Number, m.ContentArea.ShortTitle, m.Title, m.PhotoPath != null), m.Story, m.PublishedAtUtc })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return NotFound();
        }

        return View(new PublicModelDetailsViewModel
        {
            Card = found.Card,
            Story = found.Story,
            PublishedAtUtc = found.PublishedAtUtc ?? default,
            CanonicalUrl = Url.Action(nameof(Details), "PublicModels", new { id }, Request.Scheme)!,
            ImageUrl = found.Card.HasPhoto ? Url.Action(nameof(Photo), "PublicModels", new { id }, Request.Scheme) : null,
        });
    }

    [HttpGet]
    public async Task<IActionResult> Photo(int id, CancellationToken ct)
    {
        var found = await Published().Where(m => m.Id == id && m.PhotoPath != null)
            .Select(m => new { m.PhotoPath, m.PhotoContentType }).SingleOrDefaultAsync(ct);
        return found?.PhotoPath is null || found.PhotoContentType is null
            ? NotFound()
            : this.StoredFile(store, found.PhotoPath, found.PhotoContentType);
    }

    private IQueryable<ExemplaryModel> Published() =>
        db.ExemplaryModels.AsNoTracking().Where(m => m.Status == ExemplaryStatus.Published);

    private static readonly System.Linq.Expressions.Expression<Func<ExemplaryModel, PublicModelCard>> Card =
        m => new PublicModelCard(m.Id, m.Kind, m.Name, m.Position, m.Unit != null ? m.Unit.Name : null, m.Place,
            m.ContentArea!.Number, m.ContentArea.ShortTitle, m.Title, m.PhotoPath != null);
}
