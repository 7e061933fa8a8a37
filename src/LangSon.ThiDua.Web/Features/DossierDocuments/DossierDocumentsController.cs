using System.Globalization;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Nominations;
using LangSon.ThiDua.Web.Features.Units;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

// Not ".DossierDocuments": a namespace of that name under Features would hide the Domain enum DossierDocuments from
// every feature.
namespace LangSon.ThiDua.Web.Features.NominationDocuments;

/// <summary>
/// A nomination's documents: its Báo cáo thành tích (a page to adjust number, date and signer, a preview, the PDF) and
/// its whole dossier as one PDF (in the partial file). Readable by whoever may read the dossier (Policies.DossierRead).
/// </summary>
[Route("DossierDocuments")]
public sealed partial class DossierDocumentsController(
    AppDbContext db, IAuthorizationService authorization, HtmlDocumentRenderer documents, DocumentResponse response,
    IPdfEngine engine, AttachmentStore store, TimeProvider time) : Controller
{
    private const string ReportView = "AchievementReport";

    [HttpGet("Print/{nominationId:int}")]
    public async Task<IActionResult> Print(int nominationId, CancellationToken ct)
    {
        var (nomination, denied) = await this.UnitEntityAsync(
            authorization, await FindAsync(nominationId, ct), DossierResource.Of, Policies.DossierRead);
        if (nomination is null)
        {
            return denied!;
        }

        var header = await DefaultHeaderAsync(nomination, ct);
        return View(await PrintModelAsync(nomination, new ReportPrintForm().WithDefaults(header), ct));
    }

    [HttpGet("Report/{nominationId:int}")]
    public async Task<IActionResult> Report(int nominationId, [FromQuery] ReportPrintForm form, CancellationToken ct)
    {
        var (nomination, denied) = await this.UnitEntityAsync(
            authorization, await FindAsync(nominationId, ct), DossierResource.Of, Policies.DossierRead);
        if (nomination is null)
        {
            return denied!;
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Print), await PrintModelAsync(nomination, form, ct));
        }

        var document = await BuildReportAsync(nomination, form, ct);
        var date = document.Header.Date ?? VietnamTime.Today(time);
        var export = new DocumentExport(
            DocumentFileName.For("Bao-cao-thanh-tich", nomination.NomineeName, date, "pdf"), nameof(Nomination),
            nominationId.ToString(CultureInfo.InvariantCulture), "Báo cáo thành tích (PDF)",
            RedirectToAction(nameof(Print), new { nominationId }));
        return await response.TemplateAsync(this, form.Preview, ReportView, document, export, ct);
    }

    private Task<Nomination?> FindAsync(int nominationId, CancellationToken ct) =>
        db.Nominations.AsNoTracking()
            .Include(n => n.AwardForm).Include(n => n.Unit).Include(n => n.Campaign).Include(n => n.Batch).Include(n => n.Attachments).Include(n => n.Targets)
            .AsSplitQuery()
            .SingleOrDefaultAsync(n => n.Id == nominationId, ct);

    private async Task<ReportPrintViewModel> PrintModelAsync(
        Nomination nomination, ReportPrintForm form, CancellationToken ct) => new()
    {
        Signer = await UnitSignerPanel.ForAsync(
            db, User, nomination.UnitId, $"/DossierDocuments/Print/{nomination.Id}", ct),
        NominationId = nomination.Id,
        NomineeName = nomination.NomineeName,
        AwardFormName = nomination.AwardForm!.Name,
        PdfAttachments = nomination.Attachments.Count(IsPdf),
        OtherAttachments = nomination.Attachments.Count(a => !IsPdf(a)),
        Form = form,
    };

    private async Task<ReportDocument> BuildReportAsync(Nomination nomination, ReportPrintForm form, CancellationToken ct)
    {
        var defaults = await DefaultHeaderAsync(nomination, ct);
        var targetIds = nomination.Targets.Select(t => t.PlanTargetId).ToList();
        return new ReportDocument
        {
            Header = form.Applied(defaults),
            BodyCode = nomination.Unit!.Code.All(char.IsAsciiLetter) ? nomination.Unit.Code : null,
            Kind = nomination.NomineeKind,
            NomineeName = nomination.NomineeName,
            NomineePosition = nomination.NomineePosition,
            NomineeWorkplace = nomination.NomineeWorkplace,
            UnitName = nomination.Unit.Name,
            AwardFormName = nomination.AwardForm!.Name,
            CampaignTitle = nomination.Campaign!.Title,
            AchievementSummary = nomination.AchievementSummary,
            Targets = targetIds.Count == 0
                ? []
                : await db.EvidenceTargetsAsync(nomination.CampaignId, nomination.UnitId, VietnamTime.Today(time), targetIds, ct),
            Rating = nomination.TaskRating,
            RatingYear = nomination.Campaign.StartDate.Year,
            PriorAwards = Blank(form.PriorAwards)?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
        };
    }

    /// <summary>
    /// The proposing unit's header; the unit's head (from the unit's settings) confirms; dated like the unit's Tờ trình
    /// when the dossier was submitted, otherwise left blank for the văn thư. A Báo cáo thành tích has no Nơi nhận.
    /// </summary>
    private async Task<OfficialHeader> DefaultHeaderAsync(Nomination nomination, CancellationToken ct)
    {
        var unit = nomination.Unit!;
        var letterhead = await UnitLetterhead.ForAsync(db, unit.Id, ct);
        return letterhead.Header("BC", "Báo cáo thành tích", "Đề nghị tặng " + nomination.AwardForm!.Name) with
        {
            Date = nomination.Batch?.DocumentDate,
            BlankYear = VietnamTime.Today(time).Year,
            // The TM. line (a commune's committee) only on a collective's report: an individual's is confirmed by the
            // head (a deputy's KT. line stays).
            SignerAuthority = nomination.NomineeKind == NomineeKind.Collective
                ? letterhead.SignerAuthority
                : SignerLine.WithoutCollective(letterhead.SignerAuthority),
        };
    }

    private static bool IsPdf(Attachment attachment) =>
        attachment.ContentType == HtmlDocumentRenderer.PdfContentType || attachment.FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
