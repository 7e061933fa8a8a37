using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only, after the demo nominations: the council's year-end round as it stands a few hours after its first
/// meeting, made through the domain's own methods. A closed session (nine members, eight present and one written
/// opinion) voted on three eligible dossiers of Bằng khen CT UBND tỉnh — two passed, one did not reach 70 % of the
/// whole membership — and the Chairman's Quyết định awards the two (so the public decision list is not empty); a second
/// session, next week, is being prepared with the last but one eligible dossier, which its members can read already.
/// One eligible dossier stays in the pool. Dates follow the demo calendar (<see cref="DemoCalendar"/>): the first
/// meeting is on the demo's day. Idempotent: a campaign that has sessions is left alone.
/// </summary>
internal sealed class DemoCouncilSeeder(AppDbContext db, DemoCalendar calendar)
{
    private static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var campaign = await db.ActiveCampaignAsync(ct);
        if (campaign is null || await db.CouncilSessions.AnyAsync(s => s.CampaignId == campaign.Id, ct))
        {
            return;
        }

        var roleIds = db.Roles.Where(r => r.Name == Roles.CouncilMember).Select(r => r.Id);
        var members = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.UserName).Select(u => new { u.Id, u.FullName }).ToListAsync(ct);
        var eligible = await db.Nominations.Include(n => n.AwardForm)
            .Where(n => n.CampaignId == campaign.Id && n.Status == NominationStatus.Eligible
                && n.AwardForm!.Code == AwardFormSeed.BangKhenTinh)
            .OrderBy(n => n.Id).ToListAsync(ct);
        if (members.Count < 3 || eligible.Count < 4)
        {
            return;
        }

        // The first meeting opened four hours ago, on the day (in Vietnam) of that hour; the decision came an hour ago.
        var now = calendar.NowUtc;
        var meetingDay = DateOnly.FromDateTime(VietnamTime.FromUtc(now.AddHours(-4)));
        var decisionDay = DateOnly.FromDateTime(VietnamTime.FromUtc(now.AddHours(-1)));
        var invited = members.Select(m => (m.Id, m.FullName)).ToList();

        // Everyone but the last member present; he sends a written opinion.
        var closed = Session(campaign.Id, "Phiên họp xét khen thưởng tổng kết năm 2025 (đợt 1)", meetingDay,
            now.AddHours(-4), invited);
        closed.RecordAttendance(members.Take(members.Count - 1).Select(m => m.Id).ToList());
        var (passedFirst, passedSecond, failed) = (eligible[0], eligible[3], eligible[2]);
        foreach (var nomination in new[] { passedFirst, passedSecond, failed })
        {
            closed.AddToAgenda(nomination, NoiVu, now.AddHours(-4));
        }

        db.CouncilSessions.Add(closed);
        await db.SaveChangesAsync(ct);

        // Closed at once, so no ballot is sealed and no key is made (the portal's own path seals them).
        closed.OpenVoting("demo", now.AddHours(-3));
        var n = members.Count;
        var ballots = Ballot.FromCounts(new Dictionary<int, (int, int, int)>
        {
            [passedFirst.Id] = (n, 0, 0),
            [passedSecond.Id] = (n - 1, 0, 1),
            [failed.Id] = (n - 4, 3, 1),
        });
        for (var i = 0; i < n; i++)
        {
            db.BallotReceipts.Add(
                closed.CastBallot(members[i].Id, ballots[i].Choices, now.AddHours(-3).AddMinutes(5 + i)).Receipt);
        }

        db.BallotVotes.AddRange(closed.Close(ballots, NoiVu, now.AddHours(-2)).BallotBox);
        var decision = AwardDecision.Record(passedFirst.AwardForm!, "2865/QĐ-UBND", decisionDay, "Hồ Tiến Thiệu",
            "Chủ tịch", [passedFirst, passedSecond], NoiVu, now.AddHours(-1));
        db.AwardDecisions.Add(decision);
        await db.AddAwardRecordsAsync(decision, [passedFirst, passedSecond], ct);

        // Next week's meeting, being prepared: its members read the dossier before they come.
        var preparing = Session(campaign.Id, "Phiên họp xét khen thưởng tổng kết năm 2025 (đợt 2)",
            calendar.Today.AddDays(7), now, invited);
        preparing.AddToAgenda(eligible[1], NoiVu, now);
        db.CouncilSessions.Add(preparing);
        await db.SaveChangesAsync(ct);
    }

    private static CouncilSession Session(
        int campaignId, string title, DateOnly day, DateTime createdUtc, List<(string Id, string FullName)> members)
    {
        var session = new CouncilSession
        {
            CampaignId = campaignId,
            Title = title,
            MeetingDate = day,
            Place = "Phòng họp số 1, trụ sở UBND tỉnh Lạng Sơn",
            CreatedByUserName = NoiVu.UserName,
            CreatedAtUtc = createdUtc,
        };
        session.InviteMembers(members);
        return session;
    }
}
