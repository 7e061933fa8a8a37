using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.DecisionDocuments;

/// <summary>
/// A recorded award decision, built with the domain's own workflow straight in the app's database (copied and trimmed
/// from AwardDecisions/DecisionScenario): nominations drafted and submitted by a unit, found eligible by Sở Nội vụ,
/// passed by the nine demo council members (all present, 9 agree, or 7 for the ones named in <c>sevenAgree</c>), then
/// covered by a decision (Quyết định for Bằng khen CT UBND tỉnh, Tờ trình for Bằng khen TTg).
/// </summary>
public static class DecisionDocumentScenario
{
    public const string SoYte = "SYT";
    public const string Province = AwardFormSeed.BangKhenTinh;
    public const string PrimeMinister = AwardFormSeed.BangKhenThuTuong;

    private static readonly Actor Clerk = new("canbo.soyte", "Cán bộ đơn vị");
    private static readonly Actor Head = new("truongdonvi.soyte", "Thủ trưởng đơn vị");
    private static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");

    /// <summary>Returns the decision's id.</summary>
    public static Task<int> DecisionAsync(
        this PortalFactory factory, string formCode, string number, DateOnly date, string signerTitle,
        IReadOnlyList<(NomineeKind Kind, string Name)> nominees, params string[] sevenAgree) =>
        factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.Active().FirstAsync();
            var form = await db.AwardForms.SingleAsync(f => f.Code == formCode);
            var unit = await db.Units.SingleAsync(u => u.Code == SoYte);
            var now = DateTime.UtcNow;
            var today = campaign.NominationDeadline ?? DateOnly.FromDateTime(now);

            var nominations = nominees.Select(n => Draft(campaign.Id, unit, form, n.Kind, n.Name, now)).ToList();
            db.NominationBatches.Add(NominationBatch.Submit(campaign, unit.Id, "15/TTr-SYT", today, nominations, null, Head, now, today));
            foreach (var nomination in nominations)
            {
                nomination.StartReview(NoiVu, now);
                nomination.MarkEligible(NoiVu, now, null);
            }

            await db.SaveChangesAsync();

            var members = await db.Users.Where(u => u.UserName!.StartsWith("hoidong")).OrderBy(u => u.UserName).Select(u => new { u.Id, u.FullName }).ToListAsync();
            var session = new CouncilSession { CampaignId = campaign.Id, Title = "Phiên họp xét khen thưởng cuối năm", Place = "Trụ sở UBND tỉnh", MeetingDate = today, CreatedByUserName = "noivu", CreatedAtUtc = now };
            session.InviteMembers(members.Select(m => (m.Id, m.FullName)));
            session.RecordAttendance(members.Select(m => m.Id).ToList());
            nominations.ForEach(n => session.AddToAgenda(n, NoiVu, now));
            session.OpenVoting("closed-at-once", now);
            db.CouncilSessions.Add(session);
            await db.SaveChangesAsync();

            var counts = nominations.ToDictionary(n => n.Id, n => sevenAgree.Contains(n.NomineeName) ? (7, 2, 0) : (members.Count, 0, 0));
            session.Close(Ballot.FromCounts(counts), NoiVu, now);
            await db.SaveChangesAsync();

            var decision = AwardDecision.Record(form, number, date, "Hồ Tiến Thiệu", signerTitle, nominations, NoiVu, now);
            db.AwardDecisions.Add(decision);
            await db.SaveChangesAsync();
            return decision.Id;
        });

    private static Nomination Draft(int campaignId, Unit unit, AwardForm form, NomineeKind kind, string name, DateTime now)
    {
        var nomination = Nomination.Draft(campaignId, unit.Id, form, kind, name, "Hoàn thành xuất sắc nhiệm vụ năm 2025.", TaskRating.Excellent, Clerk, now);
        nomination.NomineePosition = kind == NomineeKind.Individual ? "Trưởng phòng" : null;
        nomination.NomineeWorkplace = unit.Name;
        foreach (var document in new[] { DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes })
        {
            nomination.Attachments.Add(new Attachment
            {
                DocumentKind = document, FileName = "ho-so.pdf", ContentType = "application/pdf", Size = 1024, Sha256 = new string('0', 64),
                StoragePath = "generated/ho-so.pdf", UploadedBy = Clerk.UserName, UploadedAtUtc = now,
            });
        }

        return nomination;
    }
}
