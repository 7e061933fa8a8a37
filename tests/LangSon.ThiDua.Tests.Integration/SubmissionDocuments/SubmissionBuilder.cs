using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.SubmissionDocuments;

/// <summary>A nominee of a test Tờ trình: award form code, kind, name, position, workplace.</summary>
public sealed record NomineeSpec(string FormCode, NomineeKind Kind, string Name, string? Position = null, string? Workplace = null);

/// <summary>
/// Tờ trình (nomination batches) straight through the domain: drafts with their dossier files, submitted by the head
/// with NominationBatch.Submit. Every call makes new rows, so the tests of one class do not disturb each other.
/// </summary>
public static class SubmissionBuilder
{
    public static readonly Actor Staff = new("canbo.soyte", "Nguyễn Thị Hương");
    public static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");

    public static readonly DateOnly Date = new(2025, 12, 15);

    /// <summary>Sở Y tế's usual Tờ trình: 2 tập thể and 3 cá nhân for Bằng khen tỉnh, 1 cá nhân for Bằng khen TTg, 1 Giấy khen.</summary>
    public static readonly NomineeSpec[] SoYteNominees =
    [
        new(AwardFormSeed.BangKhenTinh, NomineeKind.Collective, "Khoa Hồi sức tích cực", Workplace: "Bệnh viện Đa khoa tỉnh"),
        new(AwardFormSeed.BangKhenTinh, NomineeKind.Collective, "Phòng Nghiệp vụ Y", Workplace: "Sở Y tế"),
        new(AwardFormSeed.BangKhenTinh, NomineeKind.Individual, "Nguyễn Thị Lan", "Trưởng khoa", "Bệnh viện Đa khoa tỉnh"),
        new(AwardFormSeed.BangKhenTinh, NomineeKind.Individual, "Hoàng Văn Đức", "Phó Trưởng phòng", "Phòng Kế hoạch - Tài chính"),
        new(AwardFormSeed.BangKhenTinh, NomineeKind.Individual, "Lường Thị Mai", "Điều dưỡng trưởng", "Trung tâm Y tế huyện Lộc Bình"),
        new(AwardFormSeed.BangKhenThuTuong, NomineeKind.Individual, "Bế Văn Thành", "Giám đốc", "Bệnh viện Phổi tỉnh"),
        new(AwardFormSeed.GiayKhen, NomineeKind.Individual, "Vi Thị Hằng", "Kế toán viên", "Văn phòng Sở"),
    ];

    /// <summary>Submits a Tờ trình of the unit with the given nominees; returns the batch id.</summary>
    public static Task<int> BatchAsync(this PortalFactory factory, string documentNumber, string unitCode = "SYT", params NomineeSpec[] nominees) =>
        factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Status == CampaignStatus.Active);
            var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
            var now = DateTime.UtcNow;
            var drafts = new List<Nomination>();
            foreach (var spec in nominees.Length == 0 ? SoYteNominees : nominees)
            {
                drafts.Add(await DraftAsync(db, campaign.Id, unitId, spec, now));
            }

            // Submitted on the deadline (if any), so a deadline in the past does not refuse the test data.
            var today = campaign.NominationDeadline ?? Date;
            var batch = NominationBatch.Submit(campaign, unitId, documentNumber, Date, drafts, null, Head, now, today);
            db.NominationBatches.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });

    private static async Task<Nomination> DraftAsync(AppDbContext db, int campaignId, int unitId, NomineeSpec spec, DateTime now)
    {
        var form = await db.AwardForms.SingleAsync(f => f.Code == spec.FormCode);
        var nomination = Nomination.Draft(campaignId, unitId, form, spec.Kind, spec.Name, "Hoàn thành xuất sắc nhiệm vụ năm 2025.",
            TaskRating.Excellent, Staff, now.AddDays(-3));
        nomination.NomineePosition = spec.Position;
        nomination.NomineeWorkplace = spec.Workplace;
        foreach (var kind in new[] { DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes })
        {
            nomination.Attachments.Add(new Attachment
            {
                FileName = "tai-lieu.pdf", ContentType = "application/pdf", Size = 1024, Sha256 = new string('0', 64),
                StoragePath = "submission-tests/" + Guid.NewGuid().ToString("N"), UploadedBy = Staff.UserName, UploadedAtUtc = now,
                DocumentKind = kind,
            });
        }

        return nomination;
    }
}
