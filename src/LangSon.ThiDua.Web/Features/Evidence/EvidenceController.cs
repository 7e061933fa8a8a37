using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Evidence;

/// <summary>Tệp minh chứng: downloads, for whoever may read the unit that owns the report.</summary>
public sealed class EvidenceController(AppDbContext db, AttachmentStore store, IAuthorizationService authorization) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Download(long id, CancellationToken ct)
    {
        // Only evidence of a progress report is served here: its unit decides who may read it.
        var row = await db.ProgressReports.AsNoTracking()
            .SelectMany(r => r.Attachments, (r, a) => new { Attachment = a, r.PlanTarget!.UnitPlan!.UnitId })
            .Where(x => x.Attachment.Id == id)
            .SingleOrDefaultAsync(ct);
        var (found, denied) = await this.UnitEntityAsync(authorization, row, e => e.UnitId, Policies.UnitRead);
        if (found is null)
        {
            return denied!;
        }

        return this.StoredFile(store, found.Attachment.StoragePath, found.Attachment.ContentType, found.Attachment.FileName);
    }
}
