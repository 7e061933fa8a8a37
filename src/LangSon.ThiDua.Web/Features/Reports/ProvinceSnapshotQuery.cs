using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Reports;

/// <summary>
/// Reads the province on one day for the Excel reports: the active campaign (or, for the year-end summary, any
/// campaign chosen), every active unit with its plan's status and reminders received, and (optionally) every target of
/// their plans with its latest report and derived state. Targets of every plan status count, as on the plan pages: a
/// draft's targets are the unit's own commitments too.
/// </summary>
internal static class ProvinceSnapshotQuery
{
    /// <summary>The active campaign's snapshot (empty of plans and targets when none runs).</summary>
    public static Task<ProvinceSnapshot> LoadAsync(AppDbContext db, DateOnly today, bool withTargets, CancellationToken ct) =>
        LoadAsync(db, db.Campaigns.Active(), today, withTargets, ct);

    /// <summary>The snapshot of the first of <paramref name="campaigns"/> (empty of plans and targets when none).</summary>
    public static async Task<ProvinceSnapshot> LoadAsync(
        AppDbContext db, IQueryable<Campaign> campaigns, DateOnly today, bool withTargets, CancellationToken ct)
    {
        var campaign = await campaigns.AsNoTracking()
            .Select(c => new { c.Id, c.Title, c.StartDate, c.EndDate, c.Status })
            .FirstOrDefaultAsync(ct);
        var campaignId = campaign?.Id;

        var rows = await db.Units.AsNoTracking().Where(u => u.IsActive)
            .Select(u => new { u.Id, u.Code, u.Name, u.Kind, GroupName = u.EmulationGroup == null ? null : u.EmulationGroup.Name })
            .ToListAsync(ct);
        var plans = await db.UnitPlans.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Select(p => new { p.UnitId, p.Status, LastChange = p.Transitions.Max(t => (DateTime?)t.AtUtc) })
            .ToDictionaryAsync(p => p.UnitId, ct);
        var reminders = await db.ReminderRecipients.AsNoTracking()
            .GroupBy(r => r.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.UnitId, g => g.Count, ct);

        var units = ProvinceUnitOrder.Sort(rows.Select(u =>
            {
                var plan = plans.GetValueOrDefault(u.Id);
                return new ProvinceUnit
                {
                    Id = u.Id,
                    Code = u.Code,
                    Name = u.Name,
                    Kind = u.Kind,
                    GroupName = u.GroupName,
                    PlanStatus = plan?.Status,
                    PlanChangedOn = plan?.LastChange is { } changed ? DateOnly.FromDateTime(VietnamTime.FromUtc(changed)) : null,
                    RemindersReceived = reminders.GetValueOrDefault(u.Id),
                };
            }))
            .ToList();

        var areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == campaignId)
            .OrderBy(a => a.Number)
            .Select(a => new ProvinceArea(a.Number, a.ShortTitle))
            .ToListAsync(ct);

        var targets = campaign is null || !withTargets
            ? []
            : await TargetsAsync(db, campaign.Id, campaign.StartDate, campaign.Status.IsFinished(), today, units, ct);

        return new ProvinceSnapshot
        {
            CampaignId = campaignId,
            CampaignTitle = campaign?.Title,
            // A finished campaign's figures are those of its last day, not of the day they are read.
            AsOf = campaign is { EndDate: { } end } && campaign.Status.IsFinished() && end < today ? end : today,
            Units = units,
            Areas = areas,
            Targets = targets,
        };
    }

    private static async Task<List<ProvinceTarget>> TargetsAsync(
        AppDbContext db, int campaignId, DateOnly campaignStart, bool campaignFinished, DateOnly today, List<ProvinceUnit> units, CancellationToken ct)
    {
        var rows = await db.PlanTargets.AsNoTracking()
            .Where(t => t.UnitPlan!.CampaignId == campaignId && t.UnitPlan.Unit!.IsActive)
            .Select(t => new
            {
                t.Id,
                t.UnitPlan!.UnitId,
                AreaNumber = t.ContentArea!.Number,
                t.SortOrder,
                t.Title,
                t.MeasureKind,
                t.UnitOfMeasure,
                t.Direction,
                t.Baseline,
                t.TargetValue,
                t.Deadline,
                t.ResponsibleName,
                t.ResponsiblePosition,
            })
            .ToListAsync(ct);

        // The domain's order (newest first); the first report met for a target is its latest. Streamed so that only
        // one report per target is kept in memory, however many reports the campaign has.
        var latest = new Dictionary<int, ProvinceLatest>();
        var reports = ProgressReport.NewestFirst(db.ProgressReports.AsNoTracking().Where(r => r.PlanTarget!.UnitPlan!.CampaignId == campaignId))
            .Select(r => new { r.PlanTargetId, r.AsOfDate, r.Value, r.MilestoneDone, r.Percent })
            .AsAsyncEnumerable();
        await foreach (var report in reports.WithCancellation(ct))
        {
            latest.TryAdd(report.PlanTargetId, new ProvinceLatest(report.AsOfDate, report.Value, report.MilestoneDone, report.Percent));
        }

        var position = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var byId = units.ToDictionary(u => u.Id);
        return rows
            .Where(t => byId.ContainsKey(t.UnitId))
            .OrderBy(t => position[t.UnitId]).ThenBy(t => t.AreaNumber).ThenBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t =>
            {
                var unit = byId[t.UnitId];
                var last = latest.GetValueOrDefault(t.Id);
                return new ProvinceTarget
                {
                    UnitId = t.UnitId,
                    UnitCode = unit.Code,
                    UnitName = unit.Name,
                    GroupName = unit.GroupName,
                    AreaNumber = t.AreaNumber,
                    Title = t.Title,
                    MeasureKind = t.MeasureKind,
                    UnitOfMeasure = t.UnitOfMeasure,
                    Direction = t.Direction,
                    Baseline = t.Baseline,
                    TargetValue = t.TargetValue,
                    Deadline = t.Deadline,
                    ResponsibleName = t.ResponsibleName,
                    ResponsiblePosition = t.ResponsiblePosition,
                    Latest = last,
                    State = TargetProgress.State(last?.Percent, t.Deadline, campaignStart, campaignFinished, today),
                };
            })
            .ToList();
    }
}
