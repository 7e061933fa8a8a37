using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Certificates;

/// <summary>
/// Phôi: Admin declares, per award form, the paper of the province's blank and where each field prints, measured on
/// the calibration sheet (a mm grid with the boxes outlined, printed on a blank). Every change is audited by the save.
/// </summary>
[Route("Certificates/Blanks")]
[Authorize(Policy = Policies.Administer)]
public sealed class CertificateBlanksController(AppDbContext db, DocumentResponse response) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var rows = await db.AwardForms.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => new BlankRow(f.Id, f.Name, db.CertificateBlanks.Where(b => b.AwardFormId == f.Id)
                .Select(b => new BlankPaper(b.Paper, b.Orientation)).FirstOrDefault()))
            .ToListAsync(ct);
        return View("Blanks", rows);
    }

    [HttpGet("Edit/{formId:int}")]
    public async Task<IActionResult> Edit(int formId, CancellationToken ct)
    {
        var form = await db.AwardForms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == formId, ct);
        if (form is null)
        {
            return NotFound();
        }

        var blank = await db.CertificateBlanks.AsNoTracking().SingleOrDefaultAsync(b => b.AwardFormId == formId, ct)
            ?? CertificateBlankSeed.ByFormCode[AwardFormSeed.GiayKhen](formId);
        return View("EditBlank", new EditBlankViewModel(formId, form.Name, BlankForm.From(blank)));
    }

    [HttpPost("Edit/{formId:int}")]
    public async Task<IActionResult> Edit(int formId, BlankForm input, CancellationToken ct)
    {
        var form = await db.AwardForms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == formId, ct);
        if (form is null)
        {
            return NotFound();
        }

        var refusal = ModelState.IsValid
            ? CertificateBlank.UpdateRefusal(input.Paper, input.Orientation, input.ToBoxes())
            : null;
        if (refusal is not null)
        {
            ModelState.AddModelError("", refusal);
        }

        if (!ModelState.IsValid)
        {
            return View("EditBlank", new EditBlankViewModel(formId, form.Name, input));
        }

        var blank = await db.CertificateBlanks.SingleOrDefaultAsync(b => b.AwardFormId == formId, ct);
        if (blank is null)
        {
            db.CertificateBlanks.Add(CertificateBlank.For(formId, input.Paper, input.Orientation, input.ToBoxes()));
        }
        else
        {
            blank.Update(input.Paper, input.Orientation, input.ToBoxes());
        }

        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã lưu phôi {form.Name}. In tờ hiệu chỉnh lên phôi để kiểm tra lại các ô.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The calibration sheet: the blank's paper, a mm grid labelled every 10 mm, the boxes outlined.</summary>
    [HttpGet("Calibration/{formId:int}")]
    public async Task<IActionResult> Calibration(int formId, bool preview, CancellationToken ct)
    {
        var blank = await db.CertificateBlanks.AsNoTracking().SingleOrDefaultAsync(b => b.AwardFormId == formId, ct);
        var formName = await db.AwardForms.AsNoTracking().Where(f => f.Id == formId).Select(f => f.Name)
            .SingleOrDefaultAsync(ct);
        if (blank is null || formName is null)
        {
            return NotFound();
        }

        var export = new DocumentExport($"To-hieu-chinh-phoi-{formId}.pdf", nameof(CertificateBlank),
            blank.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Calibration",
            RedirectToAction(nameof(Index)));
        return await response.TemplateAsync(this, preview, "CalibrationPdf", new CalibrationDocument(formName, blank),
            export, ct);
    }
}

public sealed record BlankPaper(PaperSize Paper, PaperOrientation Orientation);

public sealed record BlankRow(int FormId, string FormName, BlankPaper? Blank);

public sealed record EditBlankViewModel(int FormId, string FormName, BlankForm Form);

public sealed record CalibrationDocument(string FormName, CertificateBlank Blank);
