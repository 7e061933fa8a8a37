using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Nominations;

/// <summary>
/// The portal with accepted plans of Sở Y tế (targets with reported results) and UBND phường Tam Thanh, built once,
/// and a nomination deadline a month ahead. Tests add nominations through <see cref="NominationBuilder"/>.
/// </summary>
public sealed class NominationsFactory : PortalFactory, IAsyncLifetime
{
    public BuiltPlan SoYtePlan { get; private set; } = null!;

    public BuiltPlan TamThanhPlan { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        SoYtePlan = await this.CreatePlanAsync(NominationBuilder.SoYte, PlanStatus.Accepted,
            new TargetSpec(1, "Giải ngân 100% vốn đầu tư công được giao", PlanBuilder.Today.AddMonths(3)) { ReportedValue = 60m },
            new TargetSpec(2, "Tỷ lệ cơ sở khám, chữa bệnh liên thông dữ liệu trên VNeID", PlanBuilder.Today.AddMonths(4)) { Baseline = 60m, TargetValue = 95m, ReportedValue = 95m },
            new TargetSpec(2, "Hoàn thành đề án nâng cao chất lượng khám, chữa bệnh", PlanBuilder.Today.AddMonths(5))
            {
                Kind = MeasureKind.Milestone, UnitOfMeasure = null, TargetValue = null,
            });
        TamThanhPlan = await this.CreatePlanAsync(NominationBuilder.TamThanh, PlanStatus.Accepted,
            new TargetSpec(1, "Thu ngân sách trên địa bàn phường tăng 20%", PlanBuilder.Today.AddMonths(3)) { ReportedValue = 50m });
        await this.SetNominationDeadlineAsync(PlanBuilder.Today.AddMonths(1));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>Nominations straight through the domain (Draft, NominationBatch.Submit, Return), in the state a test needs.</summary>
public static class NominationBuilder
{
    public const string SoYte = "SYT";
    public const string TamThanh = "05986";

    public static readonly Actor Staff = new("canbo.soyte", "Nguyễn Thị Hương");
    public static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    public static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");

    public const string ReturnComment = "Đề nghị bổ sung số liệu minh chứng năm 2025.";

    public const DossierDocuments BothFiles = DossierDocuments.AchievementReport | DossierDocuments.MeetingMinutes;

    public static Task SetNominationDeadlineAsync(this PortalFactory factory, DateOnly? deadline) =>
        factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Status == CampaignStatus.Active);
            campaign.NominationDeadline = deadline;
            await db.SaveChangesAsync();
            return true;
        });

    public static Task ReopenAsync(this PortalFactory factory, string unitCode, DateOnly openUntil) =>
        factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Status == CampaignStatus.Active);
            var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
            db.NominationReopenings.Add(new NominationReopening
            {
                CampaignId = campaign.Id,
                UnitId = unitId,
                OpenUntil = openUntil,
                Reason = "Đơn vị bổ sung hồ sơ theo đề nghị của Sở Nội vụ.",
                ReopenedByUserName = NoiVu.UserName,
                ReopenedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return true;
        });

    /// <summary>A draft of the unit, with rows for the given documents (files need not exist for the checklist).</summary>
    public static Task<int> DraftAsync(
        this PortalFactory factory, string name, string formCode = AwardFormSeed.BangKhenTinh, string unitCode = SoYte,
        DossierDocuments files = BothFiles, TaskRating rating = TaskRating.Good, NomineeKind kind = NomineeKind.Individual) =>
        factory.WithDbAsync(async db =>
        {
            var nomination = await NewDraftAsync(db, name, formCode, unitCode, files, rating, kind);
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync();
            return nomination.Id;
        });

    /// <summary>A nomination submitted by the head under a Tờ trình, then returned by Sở Nội vụ with <see cref="ReturnComment"/>.</summary>
    public static Task<int> ReturnedAsync(this PortalFactory factory, string name, string unitCode = SoYte) =>
        factory.WithDbAsync(async db =>
        {
            var nomination = await NewDraftAsync(db, name, AwardFormSeed.BangKhenTinh, unitCode, BothFiles, TaskRating.Excellent, NomineeKind.Individual);
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync();
            var campaign = await db.Campaigns.SingleAsync(c => c.Id == nomination.CampaignId);
            var now = DateTime.UtcNow;
            var batch = NominationBatch.Submit(campaign, nomination.UnitId, "01/TTr-TEST", PlanBuilder.Today.AddDays(-2), [nomination], null, Head, now.AddDays(-2), PlanBuilder.Today);
            db.NominationBatches.Add(batch);
            nomination.Return(NoiVu, now.AddDays(-1), ReturnComment);
            await db.SaveChangesAsync();
            return nomination.Id;
        });

    public static Task<Nomination> LoadAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.Nominations.AsNoTracking().Include(n => n.Targets).Include(n => n.Transitions).Include(n => n.Attachments)
            .Include(n => n.Batch).SingleAsync(n => n.Id == id));

    private static async Task<Nomination> NewDraftAsync(
        LangSon.ThiDua.Domain.Data.AppDbContext db, string name, string formCode, string unitCode, DossierDocuments files, TaskRating rating, NomineeKind kind)
    {
        var campaign = await db.Campaigns.SingleAsync(c => c.Status == CampaignStatus.Active);
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var form = await db.AwardForms.SingleAsync(f => f.Code == formCode);
        var nomination = Nomination.Draft(campaign.Id, unitId, form, kind, name, "Có nhiều thành tích xuất sắc trong năm 2025.", rating, Staff, DateTime.UtcNow.AddDays(-3));
        nomination.NomineePosition = kind == NomineeKind.Individual ? "Trưởng phòng" : null;
        foreach (var document in new[] { DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes }.Where(d => files.HasFlag(d)))
        {
            nomination.Attachments.Add(new Attachment
            {
                FileName = document == DossierDocuments.AchievementReport ? "bao-cao-thanh-tich.pdf" : "bien-ban-hop-xet.pdf",
                ContentType = "application/pdf",
                Size = 1024,
                Sha256 = new string('0', 64),
                StoragePath = "2026/01/" + Guid.NewGuid().ToString("N"),
                UploadedBy = Staff.UserName,
                UploadedAtUtc = DateTime.UtcNow,
                DocumentKind = document,
            });
        }

        return nomination;
    }
}
