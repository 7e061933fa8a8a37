using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Verification;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Certificates;

/// <summary>
/// In bằng khen, giấy khen on the province's blanks: one register line, or every line of a decision, one page each.
/// The print page shows what will print and warns of text shrunk, wrapped or cut; the PDF is audited as an export.
/// Who prints what: <see cref="CertificateQueries.PrintsEveryLine"/>. A revoked award is refused.
/// </summary>
[Route("Certificates")]
[Authorize(Policy = Policies.ReadAwardRegister)]
public sealed class CertificatesController(
    AppDbContext db, IAuthorizationService authorization, DocumentResponse response) : Controller
{
    public const string Template = "CertificatePdf";

    [HttpGet("Print/{id:int}")]
    public async Task<IActionResult> Print(int id, CancellationToken ct)
    {
        var (model, refusal) = await OneAsync(id, ct);
        return refusal ?? View(model);
    }

    [HttpGet("Pdf/{id:int}")]
    public async Task<IActionResult> Pdf(int id, bool preview, CancellationToken ct)
    {
        var (model, refusal) = await OneAsync(id, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (model!.Document is null)
        {
            TempData.SetError(model.Refusal!);
            return RedirectToAction(nameof(Print), new { id });
        }

        var export = new DocumentExport($"Bang-khen-{id}.pdf", nameof(AwardRecord),
            id.ToString(CultureInfo.InvariantCulture), "Certificate", RedirectToAction(nameof(Print), new { id }));
        return await response.TemplateAsync(this, preview, Template, model.Document, export, ct);
    }

    /// <summary>Every line of a decision (number and date) the user may print, revoked lines left out.</summary>
    [HttpGet("Decision")]
    public async Task<IActionResult> Decision(string? number, DateOnly? date, CancellationToken ct)
    {
        var model = await BatchAsync(number, date, ct);
        return model is null ? NotFound() : View(nameof(Print), model);
    }

    [HttpGet("DecisionPdf")]
    public async Task<IActionResult> DecisionPdf(string? number, DateOnly? date, bool preview, CancellationToken ct)
    {
        var model = await BatchAsync(number, date, ct);
        if (model is null)
        {
            return NotFound();
        }

        var back = RedirectToAction(nameof(Decision), new { number, date = date!.Value.ToString("yyyy-MM-dd",
            CultureInfo.InvariantCulture) });
        if (model.Document is null)
        {
            TempData.SetError(model.Refusal!);
            return back;
        }

        var export = new DocumentExport(DocumentFileName.For("Bang-khen", number, date, "pdf"), nameof(AwardRecord),
            number!, $"Certificates ({model.Document.Sheets.Count})", back);
        return await response.TemplateAsync(this, preview, Template, model.Document, export, ct);
    }

    private async Task<(CertificatePrintViewModel? Model, IActionResult? Refusal)> OneAsync(
        int id, CancellationToken ct)
    {
        var line = await db.Lines(db.AwardRecords.AsNoTracking().Where(r => r.Id == id)).SingleOrDefaultAsync(ct);
        if (!CertificateQueries.PrintsEveryLine(User))
        {
            var (mine, refusal) = await this.UnitEntityAsync(authorization, line, l => l.UnitId ?? 0,
                Policies.UnitWrite);
            if (refusal is not null)
            {
                return (null, refusal);
            }

            if (mine!.DecisionLevel != DecisionLevel.Unit)
            {
                return (null, Forbid());
            }
        }

        if (line is null)
        {
            return (null, NotFound());
        }

        var blanks = await db.BlanksAsync([line.AwardFormId], ct);
        var refusalText = line.RevokedOn is { } revoked
            ? $"Khen thưởng này đã bị thu hồi ngày {Vietnamese.Date(revoked)}: không in bằng khen, giấy khen."
            : line.AwardFormId is { } formId && blanks.ContainsKey(formId) ? null
            : $"Chưa có phôi cho hình thức \"{line.AwardFormName}\": Quản trị hệ thống cần khai báo phôi trước.";
        return (new CertificatePrintViewModel
        {
            Heading = $"In {line.AwardFormName}",
            Subheading = $"{line.Name} · Quyết định số {line.DecisionNumber} ngày {Vietnamese.Date(line.DecisionDate)}",
            RecordId = line.Id,
            Refusal = refusalText,
            Document = refusalText is null
                ? new CertificateDocument(line.Name, [Sheet(line, blanks[line.AwardFormId!.Value])])
                : null,
        }, null);
    }

    private async Task<CertificatePrintViewModel?> BatchAsync(string? number, DateOnly? date, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number) || date is null)
        {
            return null;
        }

        var lines = await db.Lines(db.OfDecisionPrintableBy(number.Trim(), date.Value, User)).ToListAsync(ct);
        if (lines.Count == 0)
        {
            return null;
        }

        var blanks = await db.BlanksAsync(lines.Select(l => l.AwardFormId), ct);
        var skipped = lines.Where(l => l.RevokedOn is not null)
            .Select(l => $"{l.Name}: đã thu hồi ngày {Vietnamese.Date(l.RevokedOn)}")
            .Concat(lines.Where(l => l.RevokedOn is null && !HasBlank(l, blanks))
                .Select(l => $"{l.Name}: chưa có phôi cho hình thức \"{l.AwardFormName}\""))
            .ToList();
        var printed = lines.Where(l => l.RevokedOn is null && HasBlank(l, blanks))
            .Select(l => Sheet(l, blanks[l.AwardFormId!.Value])).ToList();
        return new CertificatePrintViewModel
        {
            Heading = $"In bằng khen, giấy khen theo Quyết định số {number}",
            Subheading = $"Ngày {Vietnamese.Date(date)} · {printed.Count:N0} trang, mỗi trang một người hoặc tập thể",
            DecisionNumber = number,
            DecisionDate = date,
            Skipped = skipped,
            Refusal = printed.Count == 0 ? "Không còn dòng nào để in." : null,
            Document = printed.Count == 0 ? null : new CertificateDocument($"Quyết định số {number}", printed),
        };
    }

    private static bool HasBlank(CertificateLine line, Dictionary<int, CertificateBlank> blanks) =>
        line.AwardFormId is { } formId && blanks.ContainsKey(formId);

    private CertificateSheet Sheet(CertificateLine line, CertificateBlank blank) =>
        CertificateSheets.Compose(line, blank, Url.Action(nameof(VerificationController.Show), "Verification",
            new { code = line.VerificationCode }, Request.Scheme)!);
}
