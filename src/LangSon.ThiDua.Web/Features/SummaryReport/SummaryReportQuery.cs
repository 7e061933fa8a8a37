using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Documents.SummaryReport;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.SummaryReport;

/// <summary>
/// The figures of the Báo cáo tổng kết for one campaign (the active one unless another is chosen) on one day. Targets and plans come from the province
/// reports' own query (<see cref="ProvinceSnapshotQuery"/>: active units, every target with its derived state), so the
/// summary counts exactly what the Excel progress report and the dashboard count; nominations, feedback and exemplary
/// models are counted by status in SQL (a handful of rows come back).
/// </summary>
internal static class SummaryReportQuery
{
    /// <summary>The active campaign's figures (none when no campaign runs).</summary>
    public static Task<SummaryReportModel> LoadAsync(AppDbContext db, DateOnly today, CancellationToken ct) =>
        LoadAsync(db, null, today, ct);

    /// <summary>The figures of the campaign <paramref name="chosen"/> (null: the active one).</summary>
    public static async Task<SummaryReportModel> LoadAsync(
        AppDbContext db, int? chosen, DateOnly today, CancellationToken ct)
    {
        var campaigns = chosen is { } id ? db.Campaigns.Where(c => c.Id == id) : db.Campaigns.Active();
        var snapshot = await ProvinceSnapshotQuery.LoadAsync(db, campaigns, today, withTargets: true, ct);
        var campaignId = snapshot.CampaignId ?? -1;
        var byUnit = snapshot.Targets.ToLookup(t => t.UnitId);

        var units = snapshot.Units
            .Select(u => new SummaryUnit(u.Code, u.Name, u.Kind, u.GroupName, u.PlanStatus, Summarize(byUnit[u.Id])))
            .ToList();
        var areas = snapshot.Areas
            .Select(a =>
            {
                var targets = snapshot.Targets.Where(t => t.AreaNumber == a.Number).ToList();
                return new SummaryArea(a.Number, a.ShortTitle, targets.Select(t => t.UnitId).Distinct().Count(), Summarize(targets));
            })
            .ToList();

        return new SummaryReportModel
        {
            CampaignId = snapshot.CampaignId,
            CampaignTitle = snapshot.CampaignTitle,
            AsOf = snapshot.AsOf,
            PlanStatuses = new PlanStatus?[]
                {
                    null, PlanStatus.Draft, PlanStatus.Submitted, PlanStatus.Returned, PlanStatus.Accepted,
                    PlanStatus.AmendmentRequested, PlanStatus.Amending,
                }
                .Select(s => new SummaryPlanCount(s, snapshot.Units.Count(u => u.PlanStatus == s)))
                .ToList(),
            Areas = areas,
            Units = units,
            Groups = await GroupsAsync(db, snapshot, byUnit, ct),
            AwardForms = await AwardFormsAsync(db, campaignId, ct),
            FeedbackByStatus = Counts(
                await db.Feedbacks.AsNoTracking().Where(f => f.CampaignId == campaignId)
                    .GroupBy(f => f.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct)),
            FeedbackByCategory = Counts(
                await db.Feedbacks.AsNoTracking().Where(f => f.CampaignId == campaignId)
                    .GroupBy(f => f.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct)),
            ExemplaryByStatus = Counts(
                await db.ExemplaryModels.AsNoTracking().Where(m => m.CampaignId == campaignId)
                    .GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct)),
        };
    }

    /// <summary>Where a nomination stands, as the summary counts it (drafts are not counted at all).</summary>
    public static NominationOutcome OutcomeOf(NominationStatus status) => status switch
    {
        _ when status.IsAwarded() => NominationOutcome.Awarded,
        NominationStatus.Ineligible => NominationOutcome.Ineligible,
        NominationStatus.Failed => NominationOutcome.Failed,
        NominationStatus.Passed => NominationOutcome.Passed,
        NominationStatus.Forwarded => NominationOutcome.Forwarded,
        NominationStatus.NotAwarded => NominationOutcome.NotAwarded,
        _ => NominationOutcome.InProgress,
    };

    private static SummaryTargets Summarize(IEnumerable<ProvinceTarget> targets) => SummaryTargets.From(ProvinceUnitSummary.Of(targets));

    private static List<SummaryCount> Counts<TEnum>(Dictionary<TEnum, int> counts)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SummaryCount(v.DisplayName(), counts.GetValueOrDefault(v))).ToList();

    /// <summary>Khối first, then cụm, by name; units in no group last (when there are any).</summary>
    private static async Task<List<SummaryGroup>> GroupsAsync(
        AppDbContext db, ProvinceSnapshot snapshot, ILookup<int, ProvinceTarget> byUnit, CancellationToken ct)
    {
        var groups = await db.EmulationGroups.AsNoTracking().Select(g => new { g.Name, g.Kind }).ToListAsync(ct);
        var members = snapshot.Units.ToLookup(u => u.GroupName);
        var rows = groups
            .OrderBy(g => g.Kind).ThenBy(g => g.Name, Vietnamese.OrderIgnoringCase)
            .Select(g => Group(g.Name, g.Kind, members[g.Name].ToList(), byUnit))
            .ToList();
        var ungrouped = members[null].ToList();
        if (ungrouped.Count > 0)
        {
            rows.Add(Group(ProvinceText.NoGroup, null, ungrouped, byUnit));
        }

        return rows;
    }

    /// <summary>A khối or cụm: its targets by state, its progress by <see cref="ProgressFigures.GroupMean"/>.</summary>
    private static SummaryGroup Group(string name, EmulationGroupKind? kind, List<ProvinceUnit> units, ILookup<int, ProvinceTarget> byUnit) => new(
        name,
        kind,
        units.Count,
        units.Count(u => u.PlanStatus is not null),
        units.Count(u => u.PlanStatus == PlanStatus.Accepted),
        Summarize(units.SelectMany(u => byUnit[u.Id])),
        ProgressFigures.GroupMean(units.Select(u => Summarize(byUnit[u.Id]).AveragePercent)));

    /// <summary>Every award form (active ones, and any other with nominations), with the campaign's nominations counted.</summary>
    private static async Task<List<SummaryAwardForm>> AwardFormsAsync(AppDbContext db, int campaignId, CancellationToken ct)
    {
        var counts = await db.Nominations.AsNoTracking()
            .Where(n => n.CampaignId == campaignId && n.Status != NominationStatus.Draft)
            .GroupBy(n => new { n.AwardFormId, n.Status, n.NomineeKind })
            .Select(g => new { g.Key.AwardFormId, g.Key.Status, g.Key.NomineeKind, Count = g.Count() })
            .ToListAsync(ct);
        var forms = await db.AwardForms.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.Name, f.IsActive }).ToListAsync(ct);

        return forms
            .Where(f => f.IsActive || counts.Exists(c => c.AwardFormId == f.Id))
            .Select(f =>
            {
                var own = counts.Where(c => c.AwardFormId == f.Id).ToList();
                int Sum(Func<NominationStatus, bool> status, NomineeKind? kind = null) =>
                    own.Where(c => status(c.Status) && (kind is null || c.NomineeKind == kind)).Sum(c => c.Count);
                return new SummaryAwardForm(
                    f.Name,
                    Proposed: Sum(_ => true),
                    Eligible: Sum(s => s.HasReachedCouncil()),
                    Ineligible: Sum(s => s == NominationStatus.Ineligible),
                    Passed: Sum(s => s is NominationStatus.Passed or NominationStatus.Decided
                        or NominationStatus.Forwarded or NominationStatus.NotAwarded),
                    Failed: Sum(s => s == NominationStatus.Failed),
                    Decided: Sum(NominationStatusExtensions.IsAwarded),
                    Forwarded: Sum(s => s == NominationStatus.Forwarded),
                    ProposedCollectives: Sum(_ => true, NomineeKind.Collective),
                    ProposedIndividuals: Sum(_ => true, NomineeKind.Individual),
                    AwardedCollectives: Sum(NominationStatusExtensions.IsAwarded, NomineeKind.Collective),
                    AwardedIndividuals: Sum(NominationStatusExtensions.IsAwarded, NomineeKind.Individual),
                    Outcomes: Enum.GetValues<NominationOutcome>().ToDictionary(o => o, o => Sum(s => OutcomeOf(s) == o)));
            })
            .ToList();
    }
}
