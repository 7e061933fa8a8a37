using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Units;

/// <summary>Read-only look-ups the unit screens share: khối/cụm choices, the parent chain, a unit's history.</summary>
internal static class UnitLookups
{
    /// <summary>Every khối and cụm, grouped by kind, for a select.</summary>
    public static async Task<List<SelectListItem>> GroupOptionsAsync(AppDbContext db, int? selected, CancellationToken ct)
    {
        var groups = await db.EmulationGroups.AsNoTracking().Select(g => new { g.Id, g.Name, g.Kind }).ToListAsync(ct);
        var kinds = Enum.GetValues<EmulationGroupKind>().ToDictionary(k => k, k => new SelectListGroup { Name = k.DisplayName() });
        return groups.OrderBy(g => g.Kind).ThenBy(g => g.Name, StringComparer.CurrentCulture)
            .Select(g => new SelectListItem(g.Name, g.Id.ToString(CultureInfo.InvariantCulture), g.Id == selected) { Group = kinds[g.Kind] })
            .ToList();
    }

    /// <summary>True when <paramref name="unitId"/> is <paramref name="start"/> or one of its ancestors.</summary>
    public static bool IsAncestor(int unitId, int start, Func<int, int?> parentOf)
    {
        var seen = new HashSet<int>();
        for (int? current = start; current is { } id && seen.Add(id); current = parentOf(id))
        {
            if (id == unitId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The unit's last 20 audited changes, newest first, described in Vietnamese.</summary>
    public static async Task<IReadOnlyList<UnitHistoryRow>> HistoryAsync(AppDbContext db, int unitId, CancellationToken ct)
    {
        var key = unitId.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Unit) && a.EntityId == key)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(20)
            .ToListAsync(ct);
        if (entries.Count == 0)
        {
            return [];
        }

        // Names to show instead of ids in the changes; about a hundred units and fifteen groups.
        var unitNames = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var groupNames = await db.EmulationGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        return entries
            .Select(a => new UnitHistoryRow(a.AtUtc, a.UserName, AuditActions.DisplayName(a.Action), UnitHistory.Describe(a.Action, a.Changes, unitNames, groupNames)))
            .ToList();
    }
}
