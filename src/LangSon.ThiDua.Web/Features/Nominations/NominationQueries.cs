using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Nominations;

/// <summary>What the nomination screens read: the active campaign, the deadline, award forms and the unit's targets.</summary>
internal static class NominationQueries
{
    /// <summary>The unit's reopening that lasts longest (the one NominationBatch.Submit is given), or null.</summary>
    public static Task<NominationReopening?> LatestReopeningAsync(this AppDbContext db, int campaignId, int unitId, CancellationToken ct) =>
        db.NominationReopenings.AsNoTracking().Where(r => r.CampaignId == campaignId && r.UnitId == unitId)
            .OrderByDescending(r => r.OpenUntil).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    public static async Task<DeadlineBanner> DeadlineAsync(this AppDbContext db, Campaign campaign, int unitId, DateOnly today, CancellationToken ct)
    {
        var reopening = await db.LatestReopeningAsync(campaign.Id, unitId, ct);
        return new DeadlineBanner(campaign.NominationDeadline, reopening?.OpenUntil, reopening?.Reason, today);
    }

    public static Task<List<AwardFormOption>> ActiveAwardFormsAsync(this AppDbContext db, CancellationToken ct) =>
        db.AwardForms.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => new AwardFormOption(f.Id, f.Name, f.Eligibility, f.MinimumTaskRating, f.NomineeKinds, f.RequiredDocuments))
            .ToListAsync(ct);

    /// <summary>
    /// The unit's targets in the campaign's plan (all of them, or only <paramref name="onlyIds"/>), each with its latest
    /// report by as-of date then id, and its derived state on <paramref name="today"/>.
    /// </summary>
    public static async Task<List<EvidenceTarget>> EvidenceTargetsAsync(
        this AppDbContext db, int campaignId, int unitId, DateOnly today, IReadOnlyCollection<int>? onlyIds, CancellationToken ct)
    {
        var query = db.PlanTargets.AsNoTracking().Where(t => t.UnitPlan!.CampaignId == campaignId && t.UnitPlan.UnitId == unitId);
        if (onlyIds is not null)
        {
            query = query.Where(t => onlyIds.Contains(t.Id));
        }

        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.StartDate, c.Status }).SingleAsync(ct);
        var targets = await query.OrderBy(t => t.ContentArea!.Number).ThenBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new
            {
                t.Id,
                AreaNumber = t.ContentArea!.Number,
                t.Title,
                t.MeasureKind,
                t.UnitOfMeasure,
                t.TargetValue,
                t.Deadline,
            })
            .ToListAsync(ct);
        var latest = await db.LatestReportsAsync(query, ct);
        var rows = targets.Select(t => new
        {
            t.Id, t.AreaNumber, t.Title, t.MeasureKind, t.UnitOfMeasure, t.TargetValue, t.Deadline,
            Latest = latest.GetValueOrDefault(t.Id),
        });
        return rows.Select(r => new EvidenceTarget
        {
            Id = r.Id,
            AreaNumber = r.AreaNumber,
            Title = r.Title,
            MeasureKind = r.MeasureKind,
            UnitOfMeasure = r.UnitOfMeasure,
            TargetValue = r.TargetValue,
            Deadline = r.Deadline,
            LatestAsOf = r.Latest?.AsOfDate,
            LatestValue = r.Latest?.Value,
            LatestDone = r.Latest?.MilestoneDone,
            LatestPercent = r.Latest?.Percent,
            State = TargetProgress.State(r.Latest?.Percent, r.Deadline, campaign.StartDate, campaign.Status.IsFinished(), today),
        }).ToList();
    }
}
