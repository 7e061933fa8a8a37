using System.Globalization;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>A table's sort order as given in the query string (?sort=percent&amp;dir=desc); unknown values fall back.</summary>
public sealed record SortOrder(string Key, bool Descending)
{
    public string Direction => Descending ? "desc" : "asc";

    public static SortOrder Parse(string? key, string? direction, IReadOnlyCollection<string> keys, SortOrder fallback)
    {
        var chosen = keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            return fallback;
        }

        return new SortOrder(chosen, string.Equals(direction, "desc", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Clicking the column sorted now turns it around; another column starts ascending.</summary>
    public SortOrder Toggle(string key) => new(key, key == Key && !Descending);
}

/// <summary>Server-side sorting of the dashboard's tables (no JavaScript needed). Units without targets sort last by percent.</summary>
public static class DashboardSorting
{
    public static readonly string[] UnitKeys = ["name", "group", "kind", "percent", "targets", "overdue"];

    public static readonly string[] GroupKeys = ["name", "kind", "units", "targets", "overdue", "percent"];

    /// <summary>The laggards first: the lowest progress at the top.</summary>
    public static readonly SortOrder DefaultUnitSort = new("percent", false);

    public static readonly SortOrder DefaultGroupSort = new("kind", false);

    public static readonly StringComparer Names = Vietnamese.OrderIgnoringCase;

    public static List<UnitProgress> Sort(IEnumerable<UnitProgress> units, SortOrder order)
    {
        var sorted = order.Key switch
        {
            "name" => By(units, u => u.SortName, order.Descending, StringComparer.Ordinal),
            "group" => Then(units.OrderBy(u => u.GroupName is null), u => u.GroupName ?? string.Empty, order.Descending, Names),
            "kind" => By(units, u => u.Kind, order.Descending),
            "targets" => By(units, u => u.TargetCount, order.Descending),
            "overdue" => By(units, u => u.OverdueCount, order.Descending),
            _ => Then(units.OrderBy(u => u.Percent is null), u => u.Percent, order.Descending),
        };
        return sorted.ThenBy(u => u.SortName, StringComparer.Ordinal).ThenBy(u => u.Id).ToList();
    }

    public static List<GroupProgress> Sort(IEnumerable<GroupProgress> groups, SortOrder order)
    {
        var sorted = order.Key switch
        {
            "name" => By(groups, g => g.Name, order.Descending, Names),
            "units" => By(groups, g => g.UnitCount, order.Descending),
            "targets" => By(groups, g => g.TargetCount, order.Descending),
            "overdue" => By(groups, g => g.OverdueCount, order.Descending),
            "percent" => Then(groups.OrderBy(g => g.Percent is null), g => g.Percent, order.Descending),
            _ => By(groups, g => g.Kind, order.Descending),
        };
        return sorted.ThenBy(g => g.Name, Names).ThenBy(g => g.Id).ToList();
    }

    private static IOrderedEnumerable<T> By<T, TKey>(IEnumerable<T> items, Func<T, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? items.OrderByDescending(key, comparer) : items.OrderBy(key, comparer);

    private static IOrderedEnumerable<T> Then<T, TKey>(IOrderedEnumerable<T> items, Func<T, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? items.ThenByDescending(key, comparer) : items.ThenBy(key, comparer);
}
