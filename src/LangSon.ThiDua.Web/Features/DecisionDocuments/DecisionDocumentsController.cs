using System.Globalization;
using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.DecisionDocuments;

/// <summary>
/// The draft Quyết định khen thưởng (Bằng khen CT UBND tỉnh) and the province's Tờ trình to the Prime Minister, each with
/// its Danh sách, as PDF (NĐ 30 format) and the list as Excel. Readers of the council's results only (Sở Nội vụ, Admin,
/// council members): not unit users, and not observers, who never see a Tờ trình still awaiting the central level.
/// </summary>
[Route("DecisionDocuments")]
[Authorize(Policy = Policies.ReadAwardResults)]
public sealed partial class DecisionDocumentsController(AppDbContext db, DocumentResponse response, TimeProvider time)
    : Controller
{
    [HttpGet("Print/{id:int}")]
    public async Task<IActionResult> Print(int id, CancellationToken ct)
    {
        var decision = await FindAsync(id, ct);
        if (decision is null)
        {
            return NotFound();
        }

        return View(PrintModel(decision, new DecisionPrintForm().WithDefaults(DefaultHeader(decision))));
    }

    [HttpGet("Pdf/{id:int}")]
    public async Task<IActionResult> Pdf(int id, [FromQuery] DecisionPrintForm form, CancellationToken ct)
    {
        var decision = await FindAsync(id, ct);
        if (decision is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Print), PrintModel(decision, form));
        }

        var document = await BuildAsync(decision, form, ct);
        var template = decision.Kind == AwardDecisionKind.Decision ? "DecisionPdf" : "SubmissionPdf";
        var prefix = decision.Kind == AwardDecisionKind.Decision ? "Quyet-dinh" : "To-trinh";
        var export = new DocumentExport(
            DocumentFileName.For(prefix, document.Header.Number, document.Header.Date, "pdf"), nameof(AwardDecision),
            id.ToString(CultureInfo.InvariantCulture), template, RedirectToAction(nameof(Print), new { id }));
        return await response.TemplateAsync(this, form.Preview, template, document, export, ct);
    }

    /// <summary>The decision's Danh sách as a workbook (the same list as the PDF's annex, from the recorded number and date).</summary>
    [HttpGet("Excel/{id:int}")]
    public async Task<IActionResult> Excel(int id, CancellationToken ct)
    {
        var decision = await FindAsync(id, ct);
        if (decision is null)
        {
            return NotFound();
        }

        var document = await BuildAsync(decision, new DecisionPrintForm(), ct);
        var workbook = NomineeWorkbook.Write(new NomineeWorkbookModel
        {
            IssuingParent = document.Header.IssuingParent,
            IssuingBody = document.Header.IssuingBody,
            Title = document.Annex.Title,
            Subtitle = document.Annex.Subtitle,
            Rows = document.Annex.Rows
                .Select(r => new NomineeWorkbookRow(r.AwardFormName, r.AwardFormOrder, r.Kind, r.Name, r.Position, r.Workplace, r.UnitName, r.Note))
                .ToList(),
        });
        await db.RecordAsync(HttpContext, time, AuditActions.Export, nameof(AwardDecision), id.ToString(CultureInfo.InvariantCulture),
            detail: "DecisionList", cancellationToken: ct);
        var prefix = decision.Kind == AwardDecisionKind.Decision ? "Danh-sach-Quyet-dinh" : "Danh-sach-To-trinh";
        return File(workbook, NomineeWorkbook.ContentType, DocumentFileName.For(prefix, decision.Number, decision.Date, "xlsx"));
    }

    private static DecisionPrintViewModel PrintModel(DecisionSource decision, DecisionPrintForm form) => new()
    {
        DecisionId = decision.Id,
        Kind = decision.Kind,
        RecordedNumber = decision.Number,
        Form = form,
    };
}
