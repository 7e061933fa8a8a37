using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Plans;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.ExemplaryModels;

/// <summary>The proposer edits a waiting proposal (its photo too) and reads the photo of a model they may see.</summary>
public sealed partial class ExemplaryModelsController
{
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var model = await db.ExemplaryModels.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (model is null)
        {
            return NotFound();
        }

        if (!IsMine(model.ProposedBy, model.ProposerUnitId))
        {
            return Forbid();
        }

        if (model.EditRefusal() is { } refusal)
        {
            return BackToDetails(id, refusal);
        }

        var form = ExemplaryModelForm.From(model);
        await FillAsync(form, model.CampaignId, ct);
        return View(form);
    }

    [HttpPost]
    [UploadSizeLimit]
    public async Task<IActionResult> Edit(int id, ExemplaryModelForm form, CancellationToken ct)
    {
        var model = await db.ExemplaryModels.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (model is null)
        {
            return NotFound();
        }

        if (!IsMine(model.ProposedBy, model.ProposerUnitId))
        {
            return Forbid();
        }

        if (model.EditRefusal() is { } refusal)
        {
            return BackToDetails(id, refusal);
        }

        form.Id = id;
        form.HasPhoto = model.PhotoPath is not null;
        var check = await CheckAsync(form, model.CampaignId, ct);
        if (!ModelState.IsValid)
        {
            await FillAsync(form, model.CampaignId, ct);
            return View(form);
        }

        form.ApplyTo(model);
        var previous = model.PhotoPath;
        string? added = null;
        if (check is not null)
        {
            await photos.StoreAsync(model, form.Photo!, check, User.ToActor().UserName, ct);
            added = model.PhotoPath;
        }
        else if (form.RemovePhoto)
        {
            model.PhotoPath = null;
            model.PhotoContentType = null;
        }

        // The version the user loaded: a save by someone else since then refuses this one.
        var version = db.Entry(model).Property(m => m.Version);
        version.OriginalValue = form.Version;
        version.IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            photos.Delete(added);
            form.Version = await db.ExemplaryModels.AsNoTracking().Where(m => m.Id == id).Select(m => m.Version).SingleAsync(ct);
            ModelState.Remove(nameof(form.Version));
            ModelState.AddModelError(string.Empty, await PlanRules.ConcurrencyMessageAsync(db, "Đề xuất", nameof(ExemplaryModel), id, ct));
            await FillAsync(form, model.CampaignId, ct);
            return View(form);
        }

        if (previous is not null && previous != model.PhotoPath)
        {
            photos.Delete(previous);
        }

        TempData.SetSuccess($"Đã lưu đề xuất gương điển hình \"{model.Name}\".");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The photo of a model, for its proposer and Sở Nội vụ whatever its status (the public one serves published models only).</summary>
    [HttpGet]
    public async Task<IActionResult> Photo(int id, CancellationToken ct)
    {
        var found = await db.ExemplaryModels.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.ProposedBy, m.ProposerUnitId, m.PhotoPath, m.PhotoContentType }).SingleOrDefaultAsync(ct);
        if (found?.PhotoPath is null || found.PhotoContentType is null)
        {
            return NotFound();
        }

        if (!IsMine(found.ProposedBy, found.ProposerUnitId) && !User.IsInRole(Roles.NoiVu))
        {
            return Forbid();
        }

        return this.StoredFile(store, found.PhotoPath, found.PhotoContentType);
    }

    /// <summary>
    /// The checks that need stored data or the file's bytes: the unit exists (and is active unless it was already the
    /// model's), the content area is the campaign's, the photo is a real PNG, JPEG or WEBP. Returns the accepted photo.
    /// </summary>
}
