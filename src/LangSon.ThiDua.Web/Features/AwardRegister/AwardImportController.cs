using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.AwardRegister;

/// <summary>
/// Nhập sổ khen thưởng từ Excel (Sở Nội vụ, Admin): the template, the upload with its preview and per-cell errors,
/// the confirmation that saves the new lines in one transaction. The file is kept on the server between the preview
/// and the confirmation and read again then; a line already in the register is skipped, never duplicated.
/// </summary>
[Authorize(Policy = Policies.ImportAwardRegister)]
[Route("AwardRegister/Import/[action]")]
public sealed class AwardImportController(AppDbContext db, ImportFileStore store, TimeProvider time) : Controller
{
    /// <summary>What the kept uploads of this import are for (ImportFileStore).</summary>
    private const string Scope = "award-register";

    [HttpGet]
    public async Task<IActionResult> Template(CancellationToken ct)
    {
        var units = (await db.Units.AsNoTracking().Where(u => u.IsActive).Select(u => u.Name).ToListAsync(ct))
            .Order(Vietnamese.Order).ToList();
        var forms = await db.AwardForms.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => f.Name).ToListAsync(ct);
        return File(AwardImportWorkbook.Template(units, forms), AwardImportWorkbook.ContentType,
            AwardImportWorkbook.FileName);
    }

    [HttpGet]
    public IActionResult Upload() => View("ImportUpload");

    [HttpPost]
    [UploadSizeLimit(import: true)]
    [EnableRateLimiting(ImportFileStore.ReadPolicy)]
    public async Task<IActionResult> Upload(ImportUploadForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("ImportUpload");
        }

        var file = form.File!;
        AwardImportCheck check;
        await using (var content = file.OpenReadStream())
        {
            check = await CheckAsync(content, ct);
        }

        if (check.Preview.Count == 0)
        {
            // Nothing to preview (not an Excel file, wrong sheet or columns, no rows): say why on the form.
            foreach (var error in check.Errors)
            {
                ModelState.AddModelError(nameof(ImportUploadForm.File), error.ToString());
            }

            return View("ImportUpload");
        }

        var token = check.IsValid && check.Records.Count > 0
            ? await store.SaveAsync(file, Scope, User.Identity!.Name!, ct)
            : null;
        var name = Path.GetFileName(file.FileName);
        return View("ImportPreview", AwardImportPreviewViewModel.From(name, check, token));
    }

    /// <summary>Reads the kept file again (the register may have changed since the preview) and saves its new lines
    /// with the audit entry of the import, in one SaveChanges.</summary>
    [HttpPost]
    [EnableRateLimiting(ImportFileStore.ReadPolicy)]
    public async Task<IActionResult> Confirm(ImportConfirmForm form, CancellationToken ct)
    {
        var (stream, fileName) = ModelState.IsValid
            ? await store.ClaimNamedAsync(form.ParsedToken, Scope, User.Identity!.Name!, ct)
            : default;
        if (stream is null)
        {
            TempData.SetError(ImportConfirmFormValidator.Expired);
            return RedirectToAction(nameof(Upload));
        }

        AwardImportCheck check;
        await using (stream)
        {
            check = await CheckAsync(stream, ct);
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? "tệp đã tải lên" : fileName;
        if (!check.IsValid || check.Records.Count == 0)
        {
            return View("ImportPreview", AwardImportPreviewViewModel.From(name, check, token: null));
        }

        db.AwardRecords.AddRange(check.Records);
        var summary = $"Nhập {check.Records.Count} dòng sổ khen thưởng từ tệp {name}";
        await db.RecordAsync(HttpContext, time, AuditActions.Import, nameof(AwardRecord), null,
            detail: check.Skipped.Count == 0 ? summary : $"{summary}; bỏ qua {check.Skipped.Count} dòng đã có",
            cancellationToken: ct);
        TempData.SetSuccess($"Đã nhập {check.Records.Count} dòng vào sổ khen thưởng"
            + (check.Skipped.Count == 0 ? "." : $"; bỏ qua {check.Skipped.Count} dòng đã có trong sổ."));
        return RedirectToAction(nameof(AwardRegisterController.Index), "AwardRegister");
    }

    private async Task<AwardImportCheck> CheckAsync(Stream content, CancellationToken ct)
    {
        var sheet = AwardImportWorkbook.Read(content);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.IsActive ? 0 : 1).ThenBy(u => u.Id)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var forms = await db.AwardForms.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Id).ToListAsync(ct);
        var names = sheet.Preview
            .Select(r => AwardImportCheck.Key(r.Values[AwardImportColumns.Name.Number - 1].Text))
            .Where(n => n.Length > 0).Distinct().ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in names.Chunk(500))
        {
            var found = await db.AwardRecords.AsNoTracking().Where(r => chunk.Contains(r.RecipientSearchName))
                .ToListAsync(ct);
            existing.UnionWith(found.Select(r => r.DuplicateKey()));
        }

        // An active unit wins over a merged one of the same name; the first of equal names is kept.
        var unitsByName = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            unitsByName.TryAdd(AwardImportCheck.Key(unit.Name), (unit.Id, unit.Name));
        }

        var formsByName = new Dictionary<string, AwardForm>(StringComparer.Ordinal);
        foreach (var awardForm in forms)
        {
            formsByName.TryAdd(AwardImportCheck.Key(awardForm.Name), awardForm);
        }

        return AwardImportCheck.Of(sheet, new AwardImportContext(
            unitsByName, formsByName, existing, VietnamTime.Today(time)));
    }
}
