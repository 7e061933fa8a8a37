using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only, after <see cref="DemoScoringSeeder"/>: the closed cụm has held its meeting — every member present,
/// the first-ranked unit voted for the Cờ thi đua unanimously, the second for the Bằng khen unanimously, the third one
/// vote short of the Bằng khen's share — so the page shows two proposals ready to send (left for the visitor to send).
/// Idempotent: nothing happens once the cụm's pact has a meeting.
/// </summary>
public static class DemoProposalSeeder
{
    public static async Task SeedAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.Active().AsNoTracking().FirstOrDefaultAsync(ct);
        var pact = campaign is null ? null : await db.EmulationPacts.WithScoring().Include(p => p.Meeting)
            .SingleOrDefaultAsync(p => p.EmulationGroup!.Name == DemoScoringSeeder.ClusterName
                && p.Year == campaign.ReviewYear && p.Status == PactStatus.ScoringClosed, ct);
        if (pact is null || pact.Meeting is not null)
        {
            return;
        }

        var forms = EmulationPact.VotingForms(await db.AwardForms.AsNoTracking().ToListAsync(ct));
        var lead = await db.Units.AsNoTracking().Where(u => u.Id == pact.LeadUnitId)
            .Select(u => new { u.Name, u.HeadName, u.HeadTitle }).SingleAsync(ct);
        var ranking = pact.Ranking();
        var present = ranking.Count;
        if (forms.Count < 2 || present < 3)
        {
            return;
        }

        var (flag, merit) = (forms[0], forms[1]);
        var share = (int)Math.Ceiling(merit.GroupVotePercent!.Value * present / 100m);
        var today = VietnamTime.Today(time);
        var closedOn = DateOnly.FromDateTime(VietnamTime.FromUtc(pact.ScoringClosedAtUtc!.Value)).AddDays(2);
        var chair = lead.HeadName is null ? "Nông Văn Chiến, Chủ tịch UBND xã" : $"{lead.HeadName}, {lead.HeadTitle}";
        pact.RecordMeeting(new MeetingRecord(
                closedOn < today ? closedOn : today, $"Hội trường {lead.Name}", chair.TrimEnd(' ', ','), present,
                [
                    new UnitVote(ranking[0].UnitId, flag.Id, present),
                    new UnitVote(ranking[1].UnitId, merit.Id, present),
                    new UnitVote(ranking[2].UnitId, merit.Id, Math.Max(0, share - 1)),
                ]),
            forms, new Actor("demo", "Đơn vị trưởng khối, cụm"), today, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
