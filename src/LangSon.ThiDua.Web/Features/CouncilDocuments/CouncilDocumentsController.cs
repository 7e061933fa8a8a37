using System.Globalization;
using System.Text.RegularExpressions;
using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.CouncilDocuments;

/// <summary>
/// The documents of a closed council session: Biên bản họp Hội đồng and Biên bản kiểm phiếu (a print page with editable
/// defaults, an HTML preview, the PDF) and the results workbook. Readers of award results only, and only once the session
/// is closed — counts, never how a member voted. This part: shared steps and the workbook.
/// </summary>
[Route("CouncilDocuments")]
[Authorize(Policy = Policies.ReadAwardResults)]
public sealed partial class CouncilDocumentsController(AppDbContext db, DocumentResponse response, TimeProvider time)
    : Controller
{
    private const string NotClosed = "Biên bản và kết quả bỏ phiếu chỉ lập được sau khi phiên họp kết thúc.";

    [HttpGet("Excel/{id:int}")]
    public async Task<IActionResult> Excel(int id, CancellationToken ct)
    {
        var (session, refusal) = await ClosedSessionAsync(id, ct);
        if (session is null)
        {
            return refusal!;
        }

        var bytes = VoteResultsWorkbook.Write(CouncilDocumentQueries.Workbook(session));
        await AuditAsync(id, "Kết quả bỏ phiếu (Excel)", ct);
        return File(bytes, VoteResultsWorkbook.ContentType, $"Ket-qua-bo-phieu-{session.MeetingDate:yyyy-MM-dd}-phien-{id}.xlsx");
    }

    /// <summary>The session if it exists and is closed; otherwise 404, or back to its results page with the reason.</summary>
    private async Task<(SessionRecord? Session, IActionResult? Refusal)> ClosedSessionAsync(int id, CancellationToken ct)
    {
        var session = await CouncilDocumentQueries.SessionAsync(db, id, ct);
        if (session is null)
        {
            return (null, NotFound());
        }

        if (session.Status != CouncilSessionStatus.Closed)
        {
            TempData.SetError(NotClosed);
            return (null, Redirect($"/Council/Results/{id}"));
        }

        return (session, null);
    }

    /// <summary>The preview (HTML) or the PDF file; no browser comes back as a message on the print page.</summary>
    private Task<IActionResult> RenderAsync(
        bool preview, string template, object document, string fileName, string what, string printAction, int id,
        CancellationToken ct) =>
        response.TemplateAsync(this, preview, template, document, new DocumentExport(
            fileName, nameof(CouncilSession), id.ToString(CultureInfo.InvariantCulture), what,
            RedirectToAction(printAction, new { id })), ct);

    private Task AuditAsync(int id, string what, CancellationToken ct) =>
        db.RecordAsync(HttpContext, time, AuditActions.Export, nameof(CouncilSession), id.ToString(CultureInfo.InvariantCulture), detail: what, cancellationToken: ct);

    /// <summary>
    /// The header shared by both biên bản: the council under the province, type code BB. The templates sign in two
    /// columns (document.css hides the layout's single signature), so the header names no signer.
    /// </summary>
    private OfficialHeader Header(SessionRecord session, string? number, DateOnly? date, string subject) => new()
    {
        IssuingParent = CouncilText.Parent,
        IssuingBody = CouncilText.Body,
        Number = Blank(number),
        TypeCode = "BB",
        Date = date ?? session.MeetingDate,
        BlankYear = VietnamTime.Today(time).Year,
        DocumentType = "Biên bản",
        Subject = subject,
        SignerTitle = "",
    };

    /// <summary>"Bien-ban-hop-Hoi-dong-05-BB-HDTDKT-2026-01-10.pdf".</summary>
    private static string FileName(string stem, string? number, DateOnly date) => DocumentFileName.For(stem, number, date, "pdf");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
