using System.Globalization;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Documents.SummaryReport;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.SummaryReport;

/// <summary>
/// Báo cáo tổng kết phong trào (plan section V.4): the campaign's figures by content area, unit, khối/cụm and award
/// form, with charts, for the province-wide readers; the Báo cáo of Sở Nội vụ as PDF (NĐ 30) and the figures as Excel.
/// Sở Nội vụ sets the heading (number, date, signer) on the Print page; the others download it with the defaults.
/// Every download is recorded in the audit log (Action "Export").
/// </summary>
[Authorize(Policy = Policies.ProvinceWideRead)]
[Route("SummaryReport")]
public sealed class SummaryReportController(AppDbContext db, DocumentResponse response, TimeProvider time)
    : Controller
{
    public const string AuditEntity = "SummaryReport";

    private const string FileName = "Bao-cao-tong-ket";

    private bool CanEditHeading => User.IsInRole(Roles.NoiVu);

    /// <summary>
    /// The summary of the campaign chosen (the active one by default); with <paramref name="compareWith"/>, the two
    /// campaigns' key figures side by side. A campaign not offered (unknown, or a draft) is a 404.
    /// </summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(int? campaignId, int? compareWith, CancellationToken ct)
    {
        var campaigns = await SummaryCampaigns.ListAsync(db, ct);
        if (!campaigns.Offers(campaignId) || !campaigns.Offers(compareWith))
        {
            return NotFound();
        }

        var today = VietnamTime.Today(time);
        var report = await SummaryReportQuery.LoadAsync(db, campaignId, today, ct);
        if (compareWith is { } other && report.CampaignId is { } shown && other != shown)
        {
            var comparison = SummaryComparison.Of(report, await SummaryReportQuery.LoadAsync(db, other, today, ct));
            return View("Compare", new SummaryCompareViewModel { Campaigns = campaigns, Comparison = comparison });
        }

        return View(new SummaryIndexViewModel
        {
            Report = report,
            ChartJson = SummaryCharts.Json(report),
            CanEditHeading = CanEditHeading,
            Campaigns = campaigns,
        });
    }

    [HttpGet("Print")]
    [Authorize(Policy = Policies.ReviewPlans)]
    public async Task<IActionResult> Print(int? campaignId, CancellationToken ct)
    {
        if (!await SummaryCampaigns.OffersAsync(db, campaignId, ct))
        {
            return NotFound();
        }

        var today = VietnamTime.Today(time);
        var report = await SummaryReportQuery.LoadAsync(db, campaignId, today, ct);
        var header = SummaryDocument.DefaultHeader(report, await NoiVuAsync(ct), today);
        return View(new SummaryPrintViewModel
        {
            CampaignId = campaignId,
            CampaignTitle = report.CampaignTitle,
            Form = new SummaryPrintForm().WithDefaults(header),
        });
    }

    /// <summary>
    /// The Báo cáo of the campaign chosen as PDF (or its HTML preview). Only Sở Nội vụ's heading edits count; others
    /// get the defaults.
    /// </summary>
    [HttpGet("Export.pdf")]
    public async Task<IActionResult> Pdf(int? campaignId, [FromQuery] SummaryPrintForm form, CancellationToken ct)
    {
        if (!await SummaryCampaigns.OffersAsync(db, campaignId, ct))
        {
            return NotFound();
        }

        var today = VietnamTime.Today(time);
        var report = await SummaryReportQuery.LoadAsync(db, campaignId, today, ct);
        if (CanEditHeading && !ModelState.IsValid)
        {
            return View(nameof(Print), new SummaryPrintViewModel
            {
                CampaignId = campaignId, CampaignTitle = report.CampaignTitle, Form = form,
            });
        }

        var defaults = SummaryDocument.DefaultHeader(report, await NoiVuAsync(ct), today);
        var document = new SummaryDocument
        {
            Header = CanEditHeading ? form.Applied(defaults) : defaults,
            Report = report,
        };
        var export = new DocumentExport(
            DocumentFileName.For(FileName, document.Header.Number, document.Header.Date, "pdf"), AuditEntity, "Pdf",
            document.Header.Number, RedirectToAction(nameof(Index), new { campaignId }));
        return await response.TemplateAsync(this, form.Preview, "SummaryPdf", document, export, ct);
    }

    private async Task<UnitLetterhead> NoiVuAsync(CancellationToken ct) =>
        await UnitLetterhead.ForAsync(
            db, await db.Units.Where(u => u.Code == SummaryDocument.NoiVuCode).Select(u => u.Id).SingleAsync(ct), ct);

    [HttpGet("Export.xlsx")]
    public async Task<IActionResult> Excel(int? campaignId, CancellationToken ct)
    {
        if (!await SummaryCampaigns.OffersAsync(db, campaignId, ct))
        {
            return NotFound();
        }

        var today = VietnamTime.Today(time);
        var report = await SummaryReportQuery.LoadAsync(db, campaignId, today, ct);
        var content = SummaryWorkbook.Write(report);
        await db.RecordAsync(HttpContext, time, AuditActions.Export, AuditEntity, "Excel",
            detail: report.CampaignTitle, cancellationToken: ct);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return File(content, SummaryWorkbook.ContentType, $"{FileName}-{day}.xlsx");
    }
}
