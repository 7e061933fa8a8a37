using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Audit;

/// <summary>Nhật ký hệ thống: read-only. Audit entries are append-only; there is no edit or delete here, on purpose.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class AuditController(AppDbContext db, TimeProvider time) : Controller
{
    public const int PageSize = 50;

    /// <summary>Rows per export: a year of a busy province is far below; narrow the filter beyond.</summary>
    public const int ExportLimit = 100_000;

    [HttpGet]
    public async Task<IActionResult> Index(AuditFilter filter, int? page, CancellationToken ct)
    {
        var query = Filtered(db.AuditEntries.AsNoTracking(), filter);
        var rows = await query
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Select(a => new AuditRow(a.Id, a.AtUtc, a.UserName, a.IpAddress, a.Action, a.EntityType, a.EntityId))
            .ToPageAsync(page, PageSize, ct);
        // In the order of the names people read (Vietnamese), not of the type names.
        var entityTypes = (await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().ToListAsync(ct))
            .OrderBy(AuditDisplay.EntityName, Vietnamese.Order).ToList();
        return View(new AuditIndexModel { Filter = filter, EntityTypes = entityTypes, Page = rows });
    }

    /// <summary>The entries the filter shows, newest first, as a workbook (at most <see cref="ExportLimit"/> rows).</summary>
    [HttpGet]
    public async Task<IActionResult> Export(AuditFilter filter, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return RedirectToAction(nameof(Index), filter);
        }

        var rows = await Filtered(db.AuditEntries.AsNoTracking(), filter)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(ExportLimit)
            .Select(a => new AuditExportRow(a.Id, a.AtUtc, a.UserName, a.IpAddress, a.Action, a.EntityType, a.EntityId, a.Changes))
            .ToListAsync(ct);
        // As the page shows them: Vietnam time, Vietnamese names of actions and entity types.
        var shown = rows.Select(r => r with
        {
            AtUtc = VietnamTime.FromUtc(r.AtUtc),
            Action = AuditActions.DisplayName(r.Action),
            EntityType = AuditDisplay.EntityName(r.EntityType),
        }).ToList();
        var workbook = AuditWorkbook.Write(shown, ExportLimit);
        await db.RecordAsync(HttpContext, time, AuditActions.Export, nameof(AuditEntry), null, detail: $"{rows.Count} dòng", cancellationToken: ct);
        return File(workbook, AuditWorkbook.ContentType, $"nhat-ky-he-thong-{VietnamTime.Today(time):yyyy-MM-dd}.xlsx");
    }

    [HttpGet]
    public async Task<IActionResult> Details(long id, CancellationToken ct)
    {
        var entry = await db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (entry is null)
        {
            return NotFound();
        }

        var (changes, unparsed) = AuditChanges.Read(entry.EntityType, entry.Changes);
        return View(new AuditDetailsModel { Entry = entry, Changes = changes, Unparsed = unparsed });
    }

    private static IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> query, AuditFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            query = query.Where(a => EF.Functions.Like(a.UserName, "%" + EscapeLike(filter.UserName.Trim()) + "%", "\\"));
        }

        if (!string.IsNullOrWhiteSpace(filter.Operation))
        {
            query = query.Where(a => a.Action == filter.Operation);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var entityId = filter.EntityId.Trim();
            query = query.Where(a => a.EntityId == entityId);
        }

        if (filter.From is { } from)
        {
            var fromUtc = VietnamTime.StartOfDayUtc(from);
            query = query.Where(a => a.AtUtc >= fromUtc);
        }

        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var beforeUtc = VietnamTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.AtUtc < beforeUtc);
        }

        return query;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal);
}
