using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Ballots;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.Council;

/// <summary>
/// Builds council test data directly in the database through the domain's own methods: eligible nominations (drafted,
/// submitted in a batch, marked eligible) and sessions in the state a test needs. Every call makes new rows, so tests
/// of one class (one database) do not disturb each other.
/// </summary>
public static class CouncilBuilder
{
    public static readonly Actor Staff = new("canbo.soyte", "Nguyễn Thị Hương");
    public static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    public static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");

    /// <summary>hoidong1 … hoidongN.</summary>
    public static string[] Members(int count) => Enumerable.Range(1, count).Select(i => $"hoidong{i}").ToArray();

    /// <summary>Eligible nominations of Sở Y tế for the award form <paramref name="formCode"/>, one per name.</summary>
    public static Task<int[]> EligibleAsync(this PortalFactory factory, string formCode, params string[] names) =>
        factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.Active().FirstAsync();
            var unit = await db.Units.SingleAsync(u => u.Code == "SYT");
            var form = await db.AwardForms.SingleAsync(f => f.Code == formCode);
            var now = DateTime.UtcNow;
            var nominations = names.Select(name =>
            {
                var n = Nomination.Draft(campaign.Id, unit.Id, form, NomineeKind.Individual, name, "Hoàn thành xuất sắc nhiệm vụ năm 2025.", TaskRating.Excellent, Staff, now);
                n.NomineePosition = "Bác sĩ";
                foreach (var kind in new[] { DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes })
                {
                    n.Attachments.Add(new Attachment
                    {
                        FileName = "tai-lieu.pdf", ContentType = "application/pdf", Size = 4, Sha256 = new string('0', 64),
                        StoragePath = "council-tests/none.pdf", UploadedBy = Staff.UserName, UploadedAtUtc = now, DocumentKind = kind,
                    });
                }

                return n;
            }).ToList();
            var today = campaign.NominationDeadline ?? DateOnly.FromDateTime(now);
            db.NominationBatches.Add(NominationBatch.Submit(campaign, unit.Id, "45/TTr-SYT", today, nominations, null, Head, now, today));
            nominations.ForEach(n => n.MarkEligible(NoiVu, now, null));
            await db.SaveChangesAsync();
            return nominations.Select(n => n.Id).ToArray();
        });

    /// <summary>A session with hoidong1…<paramref name="members"/> invited, the first <paramref name="present"/> present, the nominations on its agenda.</summary>
    public static Task<int> SessionAsync(this PortalFactory factory, int members, int present, int[] nominationIds, bool open = true) =>
        factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.Active().FirstAsync();
            var names = Members(members);
            var users = await db.Users.Where(u => names.Contains(u.UserName!)).ToListAsync();
            var ordered = names.Select(n => users.Single(u => u.UserName == n)).ToList();
            var session = new CouncilSession
            {
                CampaignId = campaign.Id, Title = "Phiên họp xét khen thưởng (kiểm thử)", MeetingDate = new DateOnly(2026, 1, 10),
                Place = "Phòng họp số 1", CreatedByUserName = NoiVu.UserName, CreatedAtUtc = DateTime.UtcNow,
            };
            session.InviteMembers(ordered.Select(u => (u.Id, u.FullName)));
            session.RecordAttendance(ordered.Take(present).Select(u => u.Id).ToList());
            var nominations = await db.Nominations.Include(n => n.AwardForm).Where(n => nominationIds.Contains(n.Id)).ToListAsync();
            foreach (var id in nominationIds)
            {
                session.AddToAgenda(nominations.Single(n => n.Id == id), NoiVu, DateTime.UtcNow);
            }

            db.CouncilSessions.Add(session);
            await db.SaveChangesAsync();
            if (open)
            {
                // As the portal opens it: a new ballot key, then voting (refused below the quorum).
                session.OpenVoting(factory.Services.GetRequiredService<BallotKeyStore>().Create(session.Id),
                    DateTime.UtcNow);
                await db.SaveChangesAsync();
            }

            return session.Id;
        });

    /// <summary>Adds council member accounts hoidong10… (demo data has nine) so that a council of ten can be tried.</summary>
    public static async Task EnsureMemberAsync(this PortalFactory factory, string userName, string fullName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new AppUser { UserName = userName, FullName = fullName, Position = "Ủy viên Hội đồng", CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.CouncilMember)).Succeeded);
    }

    public static Task<CouncilSessionStatus> SessionStatusAsync(this PortalFactory factory, int sessionId) =>
        factory.WithDbAsync(db => db.CouncilSessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => s.Status).SingleAsync());

    /// <summary>The session's sealed ballots opened with its key, as the count at closing would open them.</summary>
    public static Task<List<Ballot>> OpenSealedAsync(this PortalFactory factory, int sessionId) =>
        factory.WithDbAsync(async db =>
        {
            var session = await db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
            var sealedBallots = await db.SealedBallots.AsNoTracking().Where(b => b.SessionId == sessionId)
                .ToListAsync();
            return factory.Services.GetRequiredService<BallotSeal>().Open(session, sealedBallots).ToList();
        });

    /// <summary>
    /// Receipts, sealed ballots (while voting) and rows of the ballot box (after closing) of the session.
    /// </summary>
    public static Task<(int Receipts, int Sealed, int Votes)> BallotCountsAsync(
        this PortalFactory factory, int sessionId) =>
        factory.WithDbAsync(async db => (
            await db.BallotReceipts.CountAsync(r => r.SessionId == sessionId),
            await db.SealedBallots.CountAsync(b => b.SessionId == sessionId),
            await db.BallotVotes.CountAsync(v => v.SessionId == sessionId)));

    public static string BangKhenTinh => AwardFormSeed.BangKhenTinh;
}
