using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Features.EmulationPacts;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationScoring;

/// <summary>
/// Reads of the scoring pages: the facts the portal has for a criterion, the sheet's rows, the ranking.
/// </summary>
internal static class ScoringQueries
{
    /// <summary>The unit's plan targets (campaign of the pact) of the content areas the criteria are tied to.</summary>
    public static async Task<List<TargetFact>> FactsAsync(
        AppDbContext db, EmulationPact pact, int unitId, CancellationToken ct)
    {
        var areas = pact.Sections.SelectMany(s => s.Criteria).Where(c => c.ContentAreaId is not null)
            .Select(c => c.ContentAreaId!.Value).Distinct().ToList();
        return await db.PlanTargets.AsNoTracking()
            .Where(t => t.UnitPlan!.UnitId == unitId && t.UnitPlan.CampaignId == pact.CampaignId
                && areas.Contains(t.ContentAreaId))
            .OrderBy(t => t.SortOrder)
            .Select(t => new TargetFact(t.ContentAreaId, t.Title, t.TargetValue, t.UnitOfMeasure,
                t.Reports.OrderByDescending(r => r.AsOfDate).ThenByDescending(r => r.Id)
                    .Select(r => (decimal?)r.Percent).FirstOrDefault(),
                t.Reports.OrderByDescending(r => r.AsOfDate).ThenByDescending(r => r.Id)
                    .Select(r => (DateOnly?)r.AsOfDate).FirstOrDefault()))
            .ToListAsync(ct);
    }

    public static Task<string?> GroupNameAsync(AppDbContext db, EmulationPact pact, CancellationToken ct) =>
        db.EmulationGroups.AsNoTracking().Where(g => g.Id == pact.EmulationGroupId).Select(g => g.Name)
            .SingleOrDefaultAsync(ct);

    /// <summary>
    /// The criteria in table order with the unit's lines; values the user just typed win (re-shown form).
    /// </summary>
    public static IReadOnlyList<SheetSection> Sections(
        EmulationPact pact, int unitId, IReadOnlyCollection<TargetFact> facts, SheetForm? typed)
    {
        var sheet = pact.SheetOf(unitId);
        return pact.Sections.OrderBy(s => s.Number).Select(s => new SheetSection(
            EmulationCriteriaController.Roman(s.Number), s.Title, s.Criteria.OrderBy(c => c.Number).Select(c =>
            {
                var line = sheet?.Lines.SingleOrDefault(l => l.CriterionId == c.Id);
                var form = typed?.Lines.FirstOrDefault(l => l.CriterionId == c.Id && l.AdjustmentId is null);
                return Row(line, form, c.Id, null, $"{s.Number}.{c.Number}", c.Title, c.MaxPoints, c.Guidance, null,
                    facts.Where(f => f.ContentAreaId == c.ContentAreaId).ToList());
            }).ToList())).ToList();
    }

    public static IReadOnlyList<SheetRow> Items(EmulationPact pact, int unitId, SheetForm? typed)
    {
        var sheet = pact.SheetOf(unitId);
        return pact.Adjustments.OrderBy(a => a.Kind).ThenBy(a => a.Id).Select((a, i) =>
        {
            var line = sheet?.Lines.SingleOrDefault(l => l.AdjustmentId == a.Id);
            var form = typed?.Lines.FirstOrDefault(l => l.AdjustmentId == a.Id && l.CriterionId is null);
            return Row(line, form, null, a.Id, (i + 1).ToString(Vietnamese.Culture), a.Reason, a.MaxPoints, null,
                a.Kind, []);
        }).ToList();
    }

    public static IReadOnlyList<RankingRow> Ranking(EmulationPact pact) => pact.Ranking()
        .Select(r => new RankingRow(r.Rank, r.UnitId, r.UnitName, r.Total, r.Tied, pact.SheetOf(r.UnitId)?.Status,
            pact.SheetOf(r.UnitId)?.TiePosition))
        .ToList();

    private static SheetRow Row(
        ScoreLine? line, SheetLineForm? form, int? criterionId, int? adjustmentId, string number, string title,
        decimal max, string? guidance, AdjustmentKind? kind, IReadOnlyList<TargetFact> facts) => new(
        criterionId, adjustmentId, line?.Id, number, title, max, guidance, kind,
        form is null ? line?.SelfPoints : form.Points, form is null ? line?.Comment : form.Comment,
        form is null ? line?.Evidence : form.Evidence, line?.AdjustedPoints, line?.AdjustmentReason, facts);
}
