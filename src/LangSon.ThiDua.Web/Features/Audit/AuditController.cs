using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Audit;

/// <summary>Nhật ký hệ thống: read-only. Audit entries are append-only; there is no edit or delete here, on purpose.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class AuditController(AppDbContext db) : Controller
{
    public const int PageSize = 50;

    [HttpGet]
    public async Task<IActionResult> Index(AuditFilter filter, int? page, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
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

        var rows = await query
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Select(a => new AuditRow(a.Id, a.AtUtc, a.UserName, a.IpAddress, a.Action, a.EntityType, a.EntityId))
            .ToPageAsync(page, PageSize, ct);
        var entityTypes = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        return View(new AuditIndexModel { Filter = filter, EntityTypes = entityTypes, Page = rows });
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

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal);
}
