using System.Text.Json;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationOverview;

/// <summary>
/// Every khối/cụm's year, derived from its pact: the state, the signatories who signed, the sheets submitted and
/// reviewed, and the first of the pact's own <see cref="EmulationPact.Ranking"/> once scoring is closed. Groups with no
/// pact that year are listed too. Nothing is stored for the overview.
/// </summary>
internal static class OverviewQuery
{
    public const string NoPactName = "Chưa lập giao ước";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The active campaign's year (the year its pacts are for), else this year.</summary>
    public static async Task<int> DefaultYearAsync(AppDbContext db, TimeProvider time, CancellationToken ct) =>
        (await db.ActiveCampaignAsync(ct))?.ReviewYear ?? VietnamTime.Today(time).Year;

    /// <summary>The years a pact exists for, with the default year and this year, newest first.</summary>
    public static async Task<List<int>> YearsAsync(AppDbContext db, int defaultYear, int today, CancellationToken ct)
    {
        var years = await db.EmulationPacts.AsNoTracking().Select(p => p.Year).Distinct().ToListAsync(ct);
        return years.Append(defaultYear).Append(today).Distinct().OrderDescending().ToList();
    }

    /// <summary>Every group with its year, khối before cụm, each by name.</summary>
    public static async Task<List<OverviewRow>> RowsAsync(AppDbContext db, int year, CancellationToken ct)
    {
        var groups = await db.EmulationGroups.AsNoTracking()
            .Select(g => new { g.Id, g.Name, g.Kind, Lead = g.LeadUnit != null ? g.LeadUnit.Name : null })
            .ToListAsync(ct);
        var pacts = await db.EmulationPacts.AsNoTracking().Where(p => p.Year == year)
            .Include(p => p.LeadUnit).Include(p => p.Signatories)
            .Include(p => p.Sections).ThenInclude(s => s.Criteria)
            .Include(p => p.Adjustments)
            .Include(p => p.ScoreSheets).ThenInclude(s => s.Lines)
            .AsSplitQuery()
            .ToDictionaryAsync(p => p.EmulationGroupId, ct);
        return groups
            .Select(g => pacts.TryGetValue(g.Id, out var pact)
                ? Row(g.Id, g.Name, g.Kind, pact)
                : new OverviewRow(g.Id, g.Name, g.Kind, g.Lead, null, null, 0, 0, 0, 0, null))
            .OrderBy(r => r.Kind).ThenBy(r => r.Name, Vietnamese.Order)
            .ToList();
    }

    public static List<OverviewRow> Filter(IEnumerable<OverviewRow> rows, OverviewFilter filter)
    {
        var q = TextFolding.Fold(filter.Q);
        return rows
            .Where(r => filter.Kind is not { } kind || r.Kind == kind)
            .Where(r => string.IsNullOrEmpty(filter.State) || r.StateKey == filter.State)
            .Where(r => q.Length == 0 || TextFolding.Fold(r.Name).Contains(q, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>No pact first, then the pact's states in their order, each with its khối and cụm.</summary>
    public static List<StateCount> States(IReadOnlyCollection<OverviewRow> rows)
    {
        var keys = new[] { (OverviewFilter.NoPact, NoPactName) }
            .Concat(Enum.GetValues<PactStatus>().Select(s => (s.ToString(), s.DisplayName())));
        return keys.Select(k => new StateCount(k.Item1, k.Item2,
                rows.Count(r => r.StateKey == k.Item1 && r.Kind == EmulationGroupKind.Sector),
                rows.Count(r => r.StateKey == k.Item1 && r.Kind == EmulationGroupKind.Territory)))
            .ToList();
    }

    /// <summary>
    /// One bar per kind, stacked by state; the default encoder escapes &lt; &gt; &amp; so the JSON can sit in a
    /// &lt;script type="application/json"&gt; block.
    /// </summary>
    public static string ChartJson(
        IReadOnlyList<StateCount> states, Func<string, EmulationGroupKind, string?> link) =>
        JsonSerializer.Serialize(new
        {
            labels = new[] { EmulationGroupKind.Sector.DisplayName(), EmulationGroupKind.Territory.DisplayName() },
            series = states.Select(s => new
            {
                key = s.Key,
                label = s.Name,
                values = new[] { s.Sector, s.Territory },
                links = new[] { link(s.Key, EmulationGroupKind.Sector), link(s.Key, EmulationGroupKind.Territory) },
            }),
        }, Json);

    private static OverviewRow Row(int groupId, string name, EmulationGroupKind kind, EmulationPact pact) => new(
        groupId, name, kind, pact.LeadUnit?.Name, pact.Id, pact.Status,
        pact.Signatories.Count,
        pact.Signatories.Count(s => s.HasSigned),
        pact.ScoreSheets.Count(s => s.IsSubmitted),
        pact.ScoreSheets.Count(s => s.Status == SheetStatus.Reviewed),
        pact.Status == PactStatus.ScoringClosed && pact.Ranking() is [var first, ..] ? first : null);
}
