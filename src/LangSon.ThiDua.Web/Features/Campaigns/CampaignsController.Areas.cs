using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Campaigns;

/// <summary>
/// Nội dung thi đua of a campaign: added with the next number and edited, never deleted
/// (the units' targets refer to them).
/// </summary>
public sealed partial class CampaignsController
{
    /// <summary>GET /Campaigns/AddArea/5 — 5 is the campaign.</summary>
    [HttpGet]
    public async Task<IActionResult> AddArea(int id, CancellationToken ct)
    {
        var form = new ContentAreaForm();
        return await FillNewAreaAsync(id, form, ct) ? View(form) : NotFound();
    }

    [HttpPost]
    public async Task<IActionResult> AddArea(int id, ContentAreaForm form, CancellationToken ct)
    {
        if (!await FillNewAreaAsync(id, form, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        db.ContentAreas.Add(new ContentArea
        {
            CampaignId = id,
            Number = form.Number,
            ShortTitle = form.ShortTitle!.Trim(),
            FullText = form.FullText!.Trim(),
            SuggestedIndicators = form.NormalizedIndicators(),
        });
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã thêm nội dung thi đua số {form.Number}.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>GET /Campaigns/EditArea/12 — 12 is the content area.</summary>
    [HttpGet]
    public async Task<IActionResult> EditArea(int id, CancellationToken ct)
    {
        var area = await db.ContentAreas.AsNoTracking().Include(a => a.Campaign).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
        {
            return NotFound();
        }

        var form = new ContentAreaForm { ShortTitle = area.ShortTitle, FullText = area.FullText, SuggestedIndicators = area.SuggestedIndicators };
        Describe(form, area);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> EditArea(int id, ContentAreaForm form, CancellationToken ct)
    {
        var area = await db.ContentAreas.Include(a => a.Campaign).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
        {
            return NotFound();
        }

        Describe(form, area);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        area.ShortTitle = form.ShortTitle!.Trim();
        area.FullText = form.FullText!.Trim();
        area.SuggestedIndicators = form.NormalizedIndicators();
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã lưu nội dung thi đua số {area.Number}.");
        return RedirectToAction(nameof(Details), new { id = area.CampaignId });
    }

    private async Task<bool> FillNewAreaAsync(int campaignId, ContentAreaForm form, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.Title, Last = c.ContentAreas.Max(a => (int?)a.Number) })
            .SingleOrDefaultAsync(ct);
        if (campaign is null)
        {
            return false;
        }

        form.CampaignId = campaignId;
        form.CampaignTitle = campaign.Title;
        form.Number = (campaign.Last ?? 0) + 1;
        return true;
    }

    private static void Describe(ContentAreaForm form, ContentArea area)
    {
        form.CampaignId = area.CampaignId;
        form.CampaignTitle = area.Campaign!.Title;
        form.Number = area.Number;
    }
}
