using System.Globalization;
using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Units;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.SubmissionDocuments;

/// <summary>
/// The unit's Tờ trình đề nghị khen thưởng (a nomination batch) in the Nghị định 30 format: a page to adjust number, date
/// and signer, a preview, the PDF with its Danh sách; and the Danh sách as a workbook.
/// </summary>
[Route("SubmissionDocuments")]
public sealed class SubmissionDocumentsController(
    AppDbContext db, IAuthorizationService authorization, DocumentResponse response, TimeProvider time) : Controller
{
    [HttpGet("Print/{batchId:int}")]
    public async Task<IActionResult> Print(int batchId, CancellationToken ct)
    {
        var source = await SubmissionSource.LoadAsync(db, batchId, ct);
        if (source is null)
        {
            return NotFound();
        }

        if (!await MayReadAsync(source))
        {
            return Forbid();
        }

        var header = await DefaultHeaderAsync(source, ct);
        var form = new SubmissionPrintForm { Summary = source.DefaultSummary() }.WithDefaults(header);
        return View(await PrintModelAsync(source, form, ct));
    }

    [HttpGet("Pdf/{batchId:int}")]
    public async Task<IActionResult> Pdf(int batchId, [FromQuery] SubmissionPrintForm form, CancellationToken ct)
    {
        var source = await SubmissionSource.LoadAsync(db, batchId, ct);
        if (source is null)
        {
            return NotFound();
        }

        if (!await MayReadAsync(source))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Print), await PrintModelAsync(source, form, ct));
        }

        var defaults = await DefaultHeaderAsync(source, ct);
        var header = form.Applied(defaults);
        var document = new SubmissionDocument
        {
            Header = header,
            BodyCode = source.BodyCode,
            UnitName = source.UnitFullName,
            CampaignLegalBasis = source.LegalBasis,
            Summary = Blank(form.Summary) ?? source.DefaultSummary(),
            Counts = source.Counts(),
            UnitDecidedCount = source.UnitDecidedCount,
            List = source.List(source.Subtitle(header.Number, header.Date, header.BlankYear)),
        };
        var export = new DocumentExport(
            DocumentFileName.For("To-trinh", header.Number, header.Date, "pdf"), nameof(NominationBatch),
            batchId.ToString(CultureInfo.InvariantCulture), "Tờ trình đề nghị khen thưởng (PDF)",
            RedirectToAction(nameof(Print), new { batchId }));
        return await response.TemplateAsync(this, form.Preview, "SubmissionPdf", document, export, ct);
    }

    [HttpGet("Excel/{batchId:int}")]
    public async Task<IActionResult> Excel(int batchId, CancellationToken ct)
    {
        var source = await SubmissionSource.LoadAsync(db, batchId, ct);
        if (source is null)
        {
            return NotFound();
        }

        if (!await MayReadAsync(source))
        {
            return Forbid();
        }

        var (parent, body) = UnitIssuer.IssuingBodyFor(source.UnitName, source.UnitKind);
        var bytes = NomineeWorkbook.Write(source.Workbook(parent, body));
        await db.RecordAsync(HttpContext, time, AuditActions.Export, nameof(NominationBatch), batchId.ToString(CultureInfo.InvariantCulture),
            detail: "Danh sách đề nghị khen thưởng (Excel)", cancellationToken: ct);
        return File(bytes, NomineeWorkbook.ContentType, DocumentFileName.For("Danh-sach-de-nghi", source.DocumentNumber, source.DocumentDate, "xlsx"));
    }

    /// <summary>
    /// The Tờ trình names its nominees: read only by whoever may read each of them (Policies.DossierRead, the rule of
    /// the
    /// dossier page and of every other way to read a nominee) — the unit's own users, Sở Nội vụ and Admin; council
    /// members
    /// once every nominee it names has reached the council. Not observers nor other units, even for a list naming
    /// nobody.
    /// </summary>
    private async Task<bool> MayReadAsync(SubmissionSource source)
    {
        var ownUnit = User.UnitId() == source.UnitId && Roles.UnitScoped.Any(User.IsInRole);
        if (!ownUnit && !Policies.DossierReaderRoles.Any(User.IsInRole))
        {
            return false;
        }

        foreach (var status in source.Proposed.Select(n => n.Status).Distinct())
        {
            var nominee = new DossierResource(source.UnitId, status);
            if (!(await authorization.AuthorizeAsync(User, nominee, Policies.DossierRead)).Succeeded)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<SubmissionPrintViewModel> PrintModelAsync(
        SubmissionSource source, SubmissionPrintForm form, CancellationToken ct) => new()
    {
        Signer = await UnitSignerPanel.ForAsync(
            db, User, source.UnitId, $"/SubmissionDocuments/Print/{source.BatchId}", ct),
        BatchId = source.BatchId,
        UnitName = source.UnitName,
        DocumentNumber = source.DocumentNumber,
        DocumentDate = source.DocumentDate,
        ProposedCount = source.Proposed.Count,
        UnitDecidedCount = source.UnitDecidedCount,
        Form = form,
    };

    /// <summary>Number and date of the batch; signer: the unit's head (as the plan's Kế hoạch prints it).</summary>
    private async Task<OfficialHeader> DefaultHeaderAsync(SubmissionSource source, CancellationToken ct)
    {
        var letterhead = await UnitLetterhead.ForAsync(db, source.UnitId, ct);
        return letterhead.Header("TTr", "Tờ trình", source.Subject()) with
        {
            Number = source.DocumentNumber,
            Date = source.DocumentDate,
            BlankYear = VietnamTime.Today(time).Year,
            Recipients = ["Như trên;", "Lãnh đạo đơn vị;", "Lưu: VT."],
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
