using System.Globalization;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Mvc;
using DocumentKind = LangSon.ThiDua.Domain.DossierDocuments;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.NominationDocuments;

/// <summary>
/// The whole dossier as one PDF: a cover listing its parts, the Báo cáo thành tích printed from the portal, then the
/// uploaded PDF attachments in the order of the award form's required documents (other files last), one bookmark per part.
/// Images and office files stay on the portal ("kèm theo, không gộp"); a PDF that cannot be read is named on the cover.
/// </summary>
public sealed partial class DossierDocumentsController
{
    private const string CoverView = "DossierCover";

    private static readonly DocumentKind[] RequiredOrder = [DocumentKind.Submission, DocumentKind.AchievementReport, DocumentKind.MeetingMinutes];

    [HttpGet("Dossier/{nominationId:int}")]
    public async Task<IActionResult> Dossier(int nominationId, [FromQuery] ReportPrintForm form, CancellationToken ct)
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

        var report = await BuildReportAsync(nomination, form, ct);
        var attachments = await ReadAttachmentsAsync(nomination, ct);
        var parts = new List<DossierPart> { new("Báo cáo thành tích (bản in từ Cổng thi đua)", null, PartOutcome.Merged) };
        parts.AddRange(attachments.Select(a => a.Part));
        var cover = Cover(nomination, parts);
        if (form.Preview)
        {
            cover.LayOut();
            return await response.PreviewAsync(this, CoverView, cover);
        }

        var export = new DocumentExport(
            DocumentFileName.For("Ho-so-de-nghi-khen-thuong",
                $"{nomination.NomineeName} {nomination.Batch?.DocumentNumber}", VietnamTime.Today(time), "pdf"),
            nameof(Nomination), nominationId.ToString(CultureInfo.InvariantCulture), "Toàn bộ hồ sơ (PDF)",
            RedirectToAction(nameof(Print), new { nominationId }));
        return await response.PdfAsync(this, () => MergeAsync(report, cover, parts, attachments, ct), export, ct);
    }

    /// <summary>
    /// The dossier is numbered as one document: its parts are printed without their own page numbers. A part that
    /// cannot be merged is named in the audit entry.
    /// </summary>
    private async Task<PrintedDocument> MergeAsync(
        ReportDocument report, DossierCover cover, List<DossierPart> parts, IReadOnlyList<AttachmentPart> attachments,
        CancellationToken ct)
    {
        var reportPdf = await documents.PdfAsync(this, ReportView, report, ct, pageNumbers: false);
        parts[0] = parts[0] with { Pages = PdfMerger.PageCount(reportPdf) ?? 1 };
        var coverPdf = await CoverPdfAsync(cover, ct);
        var merged = PdfMerger.Merge(
            new[]
                {
                    new PdfPart("Bìa hồ sơ và thành phần hồ sơ", coverPdf), new PdfPart("Báo cáo thành tích", reportPdf),
                }
                .Concat(attachments.Where(a => a.Content is not null).Select(a => new PdfPart(a.Title, a.Content!))),
            numberPages: true);
        return new PrintedDocument(merged.Content, merged.Skipped.Count == 0
            ? null
            : $"Toàn bộ hồ sơ (PDF), không gộp được: {string.Join("; ", merged.Skipped)}");
    }

    /// <summary>
    /// Prints the cover with its page list; when the cover itself runs over one page (a long list of files), prints it
    /// again with the parts' first pages moved accordingly.
    /// </summary>
    private async Task<byte[]> CoverPdfAsync(DossierCover cover, CancellationToken ct)
    {
        byte[] pdf = [];
        for (var attempt = 0; attempt < 2; attempt++)
        {
            cover.LayOut();
            pdf = await engine.RenderAsync(new PdfRequest(await documents.HtmlAsync(this, CoverView, cover, forPrint: true)), ct);
            var pages = PdfMerger.PageCount(pdf) ?? 1;
            if (pages == cover.CoverPages)
            {
                break;
            }

            cover.CoverPages = pages;
        }

        return pdf;
    }

    private sealed record AttachmentPart(DossierPart Part, string Title, byte[]? Content);

    /// <summary>The attachments in the award form's order of required documents, then the others; PDFs read and checked.</summary>
    private async Task<List<AttachmentPart>> ReadAttachmentsAsync(Nomination nomination, CancellationToken ct)
    {
        var required = nomination.AwardForm!.RequiredDocuments;
        int Rank(Attachment a) => a.DocumentKind is { } kind && kind != DocumentKind.None && required.HasFlag(kind)
            ? Array.IndexOf(RequiredOrder, kind)
            : RequiredOrder.Length;

        var result = new List<AttachmentPart>();
        foreach (var attachment in nomination.Attachments.OrderBy(Rank).ThenBy(a => a.Id))
        {
            var document = Rank(attachment) < RequiredOrder.Length ? attachment.DocumentKind!.Value.DisplayName() : "Tài liệu khác";
            var title = $"{document}: {attachment.FileName}";
            if (!IsPdf(attachment))
            {
                result.Add(new AttachmentPart(new DossierPart(document, attachment.FileName, PartOutcome.NotPdf), title, null));
                continue;
            }

            var content = await ReadStoredAsync(attachment.StoragePath, ct);
            var pages = content is null ? null : PdfMerger.PageCount(content);
            result.Add(pages is { } count
                ? new AttachmentPart(new DossierPart(document, attachment.FileName, PartOutcome.Merged, count), title, content)
                : new AttachmentPart(new DossierPart(document, attachment.FileName, PartOutcome.Unreadable), title, null));
        }

        return result;
    }

    private async Task<byte[]?> ReadStoredAsync(string storagePath, CancellationToken ct)
    {
        await using var stream = store.OpenRead(storagePath);
        if (stream is null)
        {
            return null;
        }

        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, ct);
        return memory.ToArray();
    }

    private DossierCover Cover(Nomination nomination, IReadOnlyList<DossierPart> parts)
    {
        var (parent, body) = UnitIssuer.IssuingBodyFor(nomination.Unit!.Name, nomination.Unit.Kind);
        return new DossierCover
        {
            IssuingParent = parent,
            IssuingBody = body,
            Kind = nomination.NomineeKind,
            NomineeName = nomination.NomineeName,
            NomineePosition = nomination.NomineePosition,
            UnitName = nomination.Unit.Name,
            AwardFormName = nomination.AwardForm!.Name,
            CampaignTitle = nomination.Campaign!.Title,
            Submission = nomination.Batch is { } batch ? $"Số {batch.DocumentNumber} ngày {Vietnamese.Date(batch.DocumentDate)}" : null,
            Status = nomination.Status,
            MadeAt = VietnamTime.Format(time.GetUtcNow().UtcDateTime),
            Parts = parts,
        };
    }
}
