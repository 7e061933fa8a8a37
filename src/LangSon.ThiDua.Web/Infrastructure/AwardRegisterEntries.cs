using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Adds to the sổ khen thưởng what a decision recorded in the portal awards (<see cref="AwardRegisterEntry"/>), with
/// the units' and the campaign's names as they are today; saved by the caller's SaveChanges, with the decision.
/// </summary>
public static class AwardRegisterEntries
{
    /// <summary>A province's Quyết định or the Prime Minister's decision: a record per nomination awarded.</summary>
    public static async Task AddAwardRecordsAsync(
        this AppDbContext db, AwardDecision decision, IReadOnlyCollection<Nomination> nominations,
        CancellationToken ct)
    {
        var units = await UnitNamesAsync(db, nominations.Select(n => n.UnitId), ct);
        var campaign = await CampaignTitleAsync(db, decision.CampaignId, ct);
        db.AwardRecords.AddRange(AwardRegisterEntry.ForDecision(decision, nominations, units, campaign));
    }

    /// <summary>A unit's batch: one record per Giấy khen the unit decided by submitting it.</summary>
    public static async Task AddAwardRecordsAsync(this AppDbContext db, NominationBatch batch, CancellationToken ct)
    {
        var units = await UnitNamesAsync(db, [batch.UnitId], ct);
        var campaign = await CampaignTitleAsync(db, batch.CampaignId, ct);
        db.AwardRecords.AddRange(AwardRegisterEntry.ForBatch(batch, units[batch.UnitId], campaign));
    }

    private static Task<Dictionary<int, string>> UnitNamesAsync(
        AppDbContext db, IEnumerable<int> unitIds, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        return db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    private static Task<string?> CampaignTitleAsync(AppDbContext db, int campaignId, CancellationToken ct) =>
        db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Title).FirstOrDefaultAsync(ct);
}
