using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Nominations;

/// <summary>
/// The dossier's files: uploaded and removed by the unit while the dossier is editable, downloaded by its readers.
/// </summary>
[Route("Nominations/[action]")]
public sealed class NominationFilesController(
    AppDbContext db,
    IAuthorizationService authorization,
    EvidenceInspector inspector,
    AttachmentStore store) : Controller
{
    [HttpGet("{id?}")]
    public async Task<IActionResult> Attach(int id, DossierDocuments? kind, CancellationToken ct)
    {
        var found = await db.Nominations.AsNoTracking().Include(n => n.AwardForm)
            .SingleOrDefaultAsync(n => n.Id == id, ct);
        var (nomination, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (nomination is null)
        {
            return denied!;
        }

        if (nomination.EditRefusal() is { } refusal)
        {
            return this.BackToDossier(id, refusal);
        }

        var form = new AttachForm { DocumentKind = kind is { } k && AttachForm.Kinds.Contains(k) ? k : null };
        return View(Describe(form, nomination));
    }

    [HttpPost("{id?}")]
    [UploadSizeLimit]
    public async Task<IActionResult> Attach(int id, AttachForm form, CancellationToken ct)
    {
        var found = await db.Nominations.Include(n => n.AwardForm).SingleOrDefaultAsync(n => n.Id == id, ct);
        var (nomination, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (nomination is null)
        {
            return denied!;
        }

        if (nomination.EditRefusal() is { } refusal)
        {
            return this.BackToDossier(id, refusal);
        }

        EvidenceCheck? check = null;
        if (ModelState.IsValid && form.File is { } upload)
        {
            await using var content = upload.OpenReadStream();
            check = await inspector.InspectAsync(upload.FileName, content, ct);
            if (!check.Accepted)
            {
                ModelState.AddModelError(nameof(form.File), check.Error!);
            }
        }

        if (!ModelState.IsValid || check is null)
        {
            return View(Describe(form, nomination));
        }

        Attachment attachment;
        await using (var content = form.File!.OpenReadStream())
        {
            attachment = await store.SaveAsync(content, check, User.Identity?.Name ?? "?", ct);
        }

        attachment.NominationId = nomination.Id;
        attachment.DocumentKind = form.DocumentKind;
        db.Attachments.Add(attachment);
        var saved = false;
        try
        {
            saved = await TrySaveDossierChangeAsync(nomination, ct);
        }
        finally
        {
            if (!saved)
            {
                store.Delete(attachment.StoragePath);
            }
        }

        if (!saved)
        {
            return this.BackToDossier(id, DossierChangedMeanwhile);
        }

        TempData.SetSuccess($"Đã tải lên \"{attachment.FileName}\" ({form.DocumentKind!.Value.DisplayName()}).");
        return RedirectToAction(nameof(NominationsController.Details), "Nominations", new { id }, "dossier-files");
    }

    [HttpGet("{id?}")]
    public async Task<IActionResult> Download(long id, CancellationToken ct)
    {
        // Only a dossier's files are served here: the proposing unit decides who may read them.
        var row = await db.Attachments.AsNoTracking().Where(a => a.Id == id && a.NominationId != null)
            .Join(db.Nominations.AsNoTracking(), a => a.NominationId, n => n.Id,
                (a, n) => new { Attachment = a, n.UnitId, n.Status })
            .SingleOrDefaultAsync(ct);
        var (found, denied) = await this.UnitEntityAsync(
            authorization, row, e => new DossierResource(e.UnitId, e.Status), Policies.DossierRead);
        if (found is null)
        {
            return denied!;
        }

        var file = found.Attachment;
        return this.StoredFile(store, file.StoragePath, file.ContentType, file.FileName);
    }

    [HttpGet("{id?}")]
    public async Task<IActionResult> DeleteAttachment(long id, CancellationToken ct)
    {
        var (attachment, nomination) = await AttachmentWithNominationAsync(id, tracked: false, ct);
        if (attachment is null || nomination is null)
        {
            return NotFound();
        }

        if (!await this.MayAsync(authorization, nomination.UnitId, Policies.UnitWrite))
        {
            return Forbid();
        }

        if (nomination.EditRefusal() is { } refusal)
        {
            return this.BackToDossier(nomination.Id, refusal);
        }

        return View(new DeleteAttachmentViewModel(attachment.Id, nomination.Id, nomination.NomineeName, attachment.FileName, attachment.DocumentKind));
    }

    [HttpPost("{id?}")]
    [ActionName(nameof(DeleteAttachment))]
    public async Task<IActionResult> DeleteAttachmentConfirmed(long id, CancellationToken ct)
    {
        var (attachment, nomination) = await AttachmentWithNominationAsync(id, tracked: true, ct);
        if (attachment is null || nomination is null)
        {
            return NotFound();
        }

        if (!await this.MayAsync(authorization, nomination.UnitId, Policies.UnitWrite))
        {
            return Forbid();
        }

        if (nomination.EditRefusal() is { } refusal)
        {
            return this.BackToDossier(nomination.Id, refusal);
        }

        db.Attachments.Remove(attachment);
        if (!await TrySaveDossierChangeAsync(nomination, ct))
        {
            return this.BackToDossier(nomination.Id, DossierChangedMeanwhile);
        }

        store.DeleteStoredFile(attachment.StoragePath);
        TempData.SetSuccess($"Đã xóa tệp \"{attachment.FileName}\" khỏi hồ sơ.");
        return RedirectToAction(nameof(NominationsController.Details), "Nominations", new { id = nomination.Id }, "dossier-files");
    }

    private async Task<(Attachment? Attachment, Nomination? Nomination)> AttachmentWithNominationAsync(long id, bool tracked, CancellationToken ct)
    {
        var attachments = tracked ? db.Attachments : db.Attachments.AsNoTracking();
        var attachment = await attachments.SingleOrDefaultAsync(a => a.Id == id && a.NominationId != null, ct);
        if (attachment is null)
        {
            return (null, null);
        }

        var nominations = tracked ? db.Nominations : db.Nominations.AsNoTracking();
        var nomination = await nominations.SingleOrDefaultAsync(n => n.Id == attachment.NominationId, ct);
        return (attachment, nomination);
    }

    private const string DossierChangedMeanwhile =
        "Hồ sơ vừa được người khác thay đổi (sửa, trình hoặc cập nhật tệp) nên thao tác của bạn chưa được thực hiện. Hãy xem lại hồ sơ.";

    /// <summary>
    /// Saves a change of the dossier's files together with a new version of the nomination, so that a file cannot be
    /// added or removed while the head submits the dossier at the same moment (the first save wins).
    /// </summary>
    private async Task<bool> TrySaveDossierChangeAsync(Nomination nomination, CancellationToken ct)
    {
        db.Entry(nomination).Property(n => n.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private static AttachForm Describe(AttachForm form, Nomination nomination)
    {
        form.NominationId = nomination.Id;
        form.NomineeName = nomination.NomineeName;
        form.RequiredDocuments = nomination.AwardForm!.RequiredDocuments;
        return form;
    }
}
