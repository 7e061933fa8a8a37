using System.Globalization;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.WebUtilities;

namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>The lists behind the dashboard's numbers (fixed URLs other features link to as well).</summary>
public static class DashboardLinks
{
    public const string Dashboard = "/Dashboard";

    public static string Units(DashboardPlanStatus? planStatus = null, int? group = null, UnitKind? kind = null, string? q = null) =>
        Build("/Dashboard/Units", ("planStatus", planStatus?.ToString()), ("group", Text(group)), ("kind", kind?.ToString()), ("q", q));

    public static string Targets(int? area = null, TargetState? state = null, int? unit = null, int? group = null, UnitKind? kind = null) =>
        Build("/Dashboard/Targets", ("area", Text(area)), ("group", Text(group)), ("kind", kind?.ToString()), ("state", state?.ToString()), ("unit", Text(unit)));

    public static string Week(DateOnly monday) =>
        Build("/Dashboard/Reports", ("week", monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    public static string Target(int id) => $"/Progress/Target/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string Plan(int id) => $"/Plans/Details/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The current page's URL with some query parameters replaced (null removes one), e.g. for sorting.</summary>
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var keys = changes.Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = request.Query.Where(q => !keys.Contains(q.Key)).Select(q => (q.Key, (string?)q.Value.ToString()));
        return Build(request.Path.Value ?? Dashboard, [.. kept, .. changes]);
    }

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Build(string path, params (string Key, string? Value)[] parameters) =>
        QueryHelpers.AddQueryString(path, parameters.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
}
