using System.Globalization;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Features.Units;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Mvc;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.PlanExport;

/// <summary>Kế hoạch as a PDF in the Nghị định 30 format: a page to adjust number, date and signer, a preview, the file.</summary>
public sealed partial class PlanExportController
{
    [HttpGet("Print/{planId:int}")]
    public async Task<IActionResult> Print(int planId, CancellationToken ct)
    {
        var (plan, denied) = await this.UnitEntityAsync(
            authorization, await FindAsync(planId, ct), e => e.UnitId, Policies.UnitRead);
        if (plan is null)
        {
            return denied!;
        }

        var header = await DefaultHeaderAsync(plan, ct);
        return View(new PlanPrintViewModel
        {
            PlanId = planId,
            UnitName = plan.UnitName,
            Signer = await SignerPanelAsync(plan, planId, ct),
            Form = new PlanPrintForm().WithDefaults(header),
        });
    }

    [HttpGet("Pdf/{planId:int}")]
    public async Task<IActionResult> Pdf(int planId, [FromQuery] PlanPrintForm form, CancellationToken ct)
    {
        var (plan, denied) = await this.UnitEntityAsync(
            authorization, await FindAsync(planId, ct), e => e.UnitId, Policies.UnitRead);
        if (plan is null)
        {
            return denied!;
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
            Header = form.Applied(defaults),
            BodyCode = plan.UnitCode.All(char.IsAsciiLetter) ? plan.UnitCode : null,
            Plan = await BuildAsync(planId, plan, ct),
            LegalBasis = plan.LegalBasis,
            Summary = plan.Summary,
        };
        var export = new DocumentExport(
            DocumentFileName.For("Ke-hoach", document.Header.Number ?? plan.UnitCode, document.Header.Date, "pdf"),
            nameof(UnitPlan), planId.ToString(CultureInfo.InvariantCulture), null,
            RedirectToAction(nameof(Print), new { planId }));
        return await response.TemplateAsync(this, form.Preview, "PlanPdf", document, export, ct);
    }

    private Task<UnitSignerPanel> SignerPanelAsync(PlanSource plan, int planId, CancellationToken ct) =>
        UnitSignerPanel.ForAsync(db, User, plan.UnitId, $"/PlanExport/Print/{planId}", ct);

    private async Task<OfficialHeader> DefaultHeaderAsync(PlanSource plan, CancellationToken ct)
    {
        var letterhead = await UnitLetterhead.ForAsync(db, plan.UnitId, ct);
        var subject = "Triển khai thực hiện " + Vietnamese.LowerFirst(plan.CampaignTitle);
        return letterhead.Header("KH", "Kế hoạch", subject) with
        {
            Number = plan.DocumentNumber,
            Date = plan.DocumentDate,
            BlankYear = VietnamTime.Today(time).Year,
            Recipients = ["Sở Nội vụ (Thường trực Hội đồng TĐKT tỉnh)", "Lãnh đạo đơn vị", "Các phòng, bộ phận thuộc đơn vị", "Lưu: VT."],
        };
    }
}
