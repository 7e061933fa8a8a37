using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Units;

/// <summary>The units list's filters: status, kind, khối/cụm (or none), and a name or code typed in any case or
/// without diacritics.</summary>
internal static class UnitListQuery
{
    public static IQueryable<Unit> Filter(
        IQueryable<Unit> units, string? q, UnitKind? kind, int? group, UnitStatusFilter status)
    {
        units = status switch
        {
            UnitStatusFilter.Inactive => units.Where(u => !u.IsActive),
            UnitStatusFilter.All => units,
            _ => units.Where(u => u.IsActive),
        };
        if (kind is { } k)
        {
            units = units.Where(u => u.Kind == k);
        }

        if (group == UnitIndexViewModel.NoGroup)
        {
            units = units.Where(u => u.EmulationGroupId == null);
        }
        else if (group is { } g)
        {
            units = units.Where(u => u.EmulationGroupId == g);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            // The name is compared folded (no diacritics, lower case) with the stored SearchName; codes are
            // stored in upper case (see NormalizeCode), so upper-casing the query compares them case-insensitively.
            var folded = TextFolding.Fold(q);
            var code = NormalizeCode(q);
            units = units.Where(u => u.SearchName.Contains(folded) || u.Code.Contains(code));
        }

        return units;
    }

    /// <summary>Unit codes (SYT, 05986, …) are kept in upper case, so "syt" and "SYT" are the same code.</summary>
    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();
}
