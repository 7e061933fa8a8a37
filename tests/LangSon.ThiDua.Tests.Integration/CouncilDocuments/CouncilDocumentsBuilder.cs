using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Ballots;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.CouncilDocuments;

/// <summary>
/// Builds council sessions directly in the database through the domain's own methods (as Council/CouncilBuilder does):
/// eligible nominations of Sở Y tế, a session with hoidong1…N invited and the first ones present, ballots cast at known
/// times, and the close that records the counts. Every call makes new rows.
/// </summary>
public static class CouncilDocumentsBuilder
{
    public static readonly Actor Staff = new("canbo.soyte", "Nguyễn Thị Hương");
    public static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    public static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");

    public static readonly DateOnly MeetingDate = new(2026, 1, 10);

    /// <summary>When the ballots were cast: 09:17, 09:18, … Vietnam time on the meeting day. No document may print them.</summary>
    public static DateTime ReceiptUtc(int index) => new(2026, 1, 10, 2, 17 + index, 0, DateTimeKind.Utc);

    /// <summary>The session closes at 11:30 Vietnam time on the meeting day.</summary>
    public static readonly DateTime ClosedUtc = new(2026, 1, 10, 4, 30, 0, DateTimeKind.Utc);

    /// <summary>
    /// A session of <paramref name="members"/> invited (hoidong1…), the first <paramref name="present"/> present, with one
    /// Bằng khen tỉnh nomination per name; each ballot gives one choice per nomination, in order. Closed unless asked.
    /// </summary>
    public static Task<int> SessionAsync(
        this PortalFactory factory, int members, int present, string[] nominees, VoteChoice[][] ballots, bool close = true) =>
        factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.Active().FirstAsync();
            var unit = await db.Units.SingleAsync(u => u.Code == "SYT");
            var form = await db.AwardForms.SingleAsync(f => f.Code == AwardFormSeed.BangKhenTinh);
            var now = DateTime.UtcNow;
            var nominations = nominees.Select(name =>
            {
                var n = Nomination.Draft(campaign.Id, unit.Id, form, NomineeKind.Individual, name, "Hoàn thành xuất sắc nhiệm vụ năm 2025.", TaskRating.Excellent, Staff, now);
                n.NomineePosition = "Bác sĩ";
                foreach (var kind in new[] { global::LangSon.ThiDua.Domain.DossierDocuments.AchievementReport, global::LangSon.ThiDua.Domain.DossierDocuments.MeetingMinutes })
                {
                    n.Attachments.Add(new Attachment
                    {
                        FileName = "tai-lieu.pdf", ContentType = "application/pdf", Size = 4, Sha256 = new string('0', 64),
                        StoragePath = "council-documents-tests/none.pdf", UploadedBy = Staff.UserName, UploadedAtUtc = now, DocumentKind = kind,
                    });
                }

                return n;
            }).ToList();
            var today = campaign.NominationDeadline ?? DateOnly.FromDateTime(now);
            db.NominationBatches.Add(NominationBatch.Submit(campaign, unit.Id, "45/TTr-SYT", today, nominations, null, Head, now, today));
            nominations.ForEach(n => n.MarkEligible(NoiVu, now, null));
            await db.SaveChangesAsync();

            var names = Enumerable.Range(1, members).Select(i => $"hoidong{i}").ToArray();
            var users = await db.Users.Where(u => names.Contains(u.UserName!)).ToListAsync();
            var ordered = names.Select(n => users.Single(u => u.UserName == n)).ToList();
            var session = new CouncilSession
            {
                CampaignId = campaign.Id, Title = "Phiên họp xét khen thưởng (biên bản)", MeetingDate = MeetingDate,
                Place = "Phòng họp số 1, Trụ sở UBND tỉnh", CreatedByUserName = NoiVu.UserName, CreatedAtUtc = now,
            };
            session.InviteMembers(ordered.Select(u => (u.Id, u.FullName)));
            session.RecordAttendance(ordered.Take(present).Select(u => u.Id).ToList());
            nominations.ForEach(n => session.AddToAgenda(n, NoiVu, now));
            db.CouncilSessions.Add(session);
            await db.SaveChangesAsync();
            session.OpenVoting(factory.Services.GetRequiredService<BallotKeyStore>().Create(session.Id),
                ReceiptUtc(0).AddMinutes(-5));

            var cast = new List<Ballot>();
            for (var b = 0; b < ballots.Length; b++)
            {
                var choices = nominations.Select((n, i) => (n.Id, ballots[b][i])).ToDictionary(x => x.Id, x => x.Item2);
                var (receipt, ballot) = session.CastBallot(ordered[b].Id, choices, ReceiptUtc(b));
                db.BallotReceipts.Add(receipt);
                cast.Add(ballot);
            }

            if (close)
            {
                db.BallotVotes.AddRange(session.Close(cast, NoiVu, ClosedUtc).BallotBox);
            }
            else
            {
                var seal = factory.Services.GetRequiredService<BallotSeal>();
                db.SealedBallots.AddRange(cast.Select(b => seal.Seal(session, b)));
            }

            await db.SaveChangesAsync();
            return session.Id;
        });

    /// <summary>Full names of hoidong1…N as in the database.</summary>
    public static Task<List<string>> MemberNamesAsync(this PortalFactory factory, int members) =>
        factory.WithDbAsync(db =>
        {
            var names = Enumerable.Range(1, members).Select(i => $"hoidong{i}").ToArray();
            return db.Users.Where(u => names.Contains(u.UserName!)).OrderBy(u => u.UserName).Select(u => u.FullName).ToListAsync();
        });
}
