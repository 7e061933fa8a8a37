using System.Globalization;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Features.Units;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.PlanExport;

/// <summary>Kế hoạch as a PDF in the Nghị định 30 format: a page to adjust number, date and signer, a preview, the file.</summary>
public sealed partial class PlanExportController
{
    [HttpGet("Print/{planId:int}")]
    public async Task<IActionResult> Print(int planId, CancellationToken ct)
    {
        var plan = await FindAsync(planId, ct);
        if (plan is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, plan.UnitId, Policies.UnitRead)).Succeeded)
        {
            return Forbid();
        }

        var header = await DefaultHeaderAsync(plan, ct);
        return View(new PlanPrintViewModel
        {
            PlanId = planId,
            UnitName = plan.UnitName,
            Signer = await SignerPanelAsync(plan, planId, ct),
            Form = new PlanPrintForm
            {
                Number = header.Number,
                Date = header.Date,
                SignerAuthority = header.SignerAuthority,
                SignerTitle = header.SignerTitle,
                SignerName = header.SignerName,
                Recipients = string.Join('\n', header.Recipients),
            },
        });
    }

    [HttpGet("Pdf/{planId:int}")]
    public async Task<IActionResult> Pdf(int planId, [FromQuery] PlanPrintForm form, CancellationToken ct)
    {
        var plan = await FindAsync(planId, ct);
        if (plan is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, plan.UnitId, Policies.UnitRead)).Succeeded)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Print), new PlanPrintViewModel
            {
                PlanId = planId,
                UnitName = plan.UnitName,
                Signer = await SignerPanelAsync(plan, planId, ct),
                Form = form,
            });
        }

        var defaults = await DefaultHeaderAsync(plan, ct);
        var document = new PlanDocument
        {
            Header = defaults.EditedBy(form.Number, form.Date, form.SignerAuthority, form.SignerTitle, form.SignerName, form.Recipients),
            BodyCode = plan.UnitCode.All(char.IsAsciiLetter) ? plan.UnitCode : null,
            Plan = await BuildAsync(planId, plan, ct),
            LegalBasis = plan.LegalBasis,
            Summary = plan.Summary,
        };
        if (form.Preview)
        {
            return Content(await documents.HtmlAsync(this, "PlanPdf", document), "text/html; charset=utf-8");
        }

        try
        {
            var pdf = await documents.PdfAsync(this, "PlanPdf", document, ct);
            await db.RecordAsync(HttpContext, time, AuditActions.Export, nameof(UnitPlan), planId.ToString(CultureInfo.InvariantCulture), cancellationToken: ct);
            return File(pdf, HtmlDocumentRenderer.PdfContentType, DocumentFileName.For("Ke-hoach", document.Header.Number ?? plan.UnitCode, document.Header.Date, "pdf"));
        }
        catch (PdfEngineUnavailableException ex)
        {
            TempData.SetError(ex.Message);
            return RedirectToAction(nameof(Print), new { planId });
        }
    }

    private Task<UnitSignerPanel> SignerPanelAsync(PlanSource plan, int planId, CancellationToken ct) =>
        UnitSignerPanel.ForAsync(db, User, plan.UnitId, $"/PlanExport/Print/{planId}", ct);

    private async Task<OfficialHeader> DefaultHeaderAsync(PlanSource plan, CancellationToken ct)
    {
        var letterhead = await UnitLetterhead.ForAsync(db, plan.UnitId, ct);
        return letterhead.Header("KH", "Kế hoạch", "Triển khai thực hiện " + char.ToLower(plan.CampaignTitle[0], CultureInfo.GetCultureInfo("vi-VN")) + plan.CampaignTitle[1..]) with
        {
            Number = plan.DocumentNumber,
            Date = plan.DocumentDate,
            BlankYear = VietnamTime.Today(time).Year,
            Recipients = ["Sở Nội vụ (Thường trực Hội đồng TĐKT tỉnh)", "Lãnh đạo đơn vị", "Các phòng, bộ phận thuộc đơn vị", "Lưu: VT."],
        };
    }
}
