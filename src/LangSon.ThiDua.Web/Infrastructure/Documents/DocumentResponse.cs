using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>
/// How a PDF action names its file and its audit entry, and where it sends the user when no browser can print: back
/// to its Print page with the reason.
/// </summary>
public sealed record DocumentExport(
    string FileName, string AuditEntity, string AuditId, string? AuditDetail, IActionResult WhenUnavailable);

/// <summary>
/// A printed file, with the audit detail when the printing itself decides it (a merge that skipped a part).
/// </summary>
public sealed record PrintedDocument(byte[] Content, string? AuditDetail = null);

/// <summary>
/// The one answer of every PDF action: the preview is the template's HTML; otherwise the PDF, recorded in the audit log
/// (Action "Export") before the file is sent; a missing or broken browser comes back as a message, never as a 500.
/// </summary>
public sealed class DocumentResponse(AppDbContext db, HtmlDocumentRenderer documents, TimeProvider time)
{
    public async Task<IActionResult> TemplateAsync(
        Controller controller, bool preview, string template, object document, DocumentExport export,
        CancellationToken ct) =>
        preview
            ? await PreviewAsync(controller, template, document)
            : await PdfAsync(controller, async () => new PrintedDocument(
                await documents.PdfAsync(controller, template, document, ct)), export, ct);

    public async Task<IActionResult> PreviewAsync(Controller controller, string template, object document) =>
        controller.Content(await documents.HtmlAsync(controller, template, document), "text/html; charset=utf-8");

    public async Task<IActionResult> PdfAsync(
        Controller controller, Func<Task<PrintedDocument>> print, DocumentExport export, CancellationToken ct)
    {
        PrintedDocument printed;
        try
        {
            printed = await print();
        }
        catch (PdfEngineUnavailableException ex)
        {
            controller.TempData.SetError(ex.Message);
            return export.WhenUnavailable;
        }

        await db.RecordAsync(controller.HttpContext, time, AuditActions.Export, export.AuditEntity, export.AuditId,
            detail: printed.AuditDetail ?? export.AuditDetail, cancellationToken: ct);
        return controller.File(printed.Content, HtmlDocumentRenderer.PdfContentType, export.FileName);
    }
}
