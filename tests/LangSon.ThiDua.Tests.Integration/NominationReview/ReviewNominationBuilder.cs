using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.NominationReview;

/// <summary>One nomination to build for the review tests: who proposes whom, for which award form, how far it has gone.</summary>
public sealed record ReviewSpec(string UnitCode, string Name)
{
    public NomineeKind Kind { get; init; } = NomineeKind.Individual;

    public string FormCode { get; init; } = AwardFormSeed.BangKhenTinh;

    public TaskRating Rating { get; init; } = TaskRating.Good;

    /// <summary>Draft, Submitted, UnderReview or Eligible.</summary>
    public NominationStatus State { get; init; } = NominationStatus.Submitted;
}

public sealed record BuiltNomination(int Id, int UnitId, int Version);

/// <summary>
/// Builds nominations of the active campaign directly in the database through the domain's own methods (Draft, a batch
/// submitted under a Tờ trình, StartReview, MarkEligible), with attachment rows for the required documents.
/// </summary>
public static class ReviewNominationBuilder
{
    public static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");

    public const string BatchNumber = "01/TTr-THU";

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")));

    public static async Task<BuiltNomination> CreateNominationAsync(this PortalFactory factory, ReviewSpec spec) =>
        (await factory.CreateNominationsAsync(spec))[0];

    public static Task<IReadOnlyList<BuiltNomination>> CreateNominationsAsync(this PortalFactory factory, params ReviewSpec[] specs) =>
        factory.WithDbAsync<IReadOnlyList<BuiltNomination>>(async db =>
        {
            var campaign = await db.Campaigns.Active().FirstAsync();
            var built = new List<Nomination>();
            foreach (var spec in specs)
            {
                built.Add(await BuildAsync(db, campaign, spec));
                await db.SaveChangesAsync();
            }

            return built.Select(n => new BuiltNomination(n.Id, n.UnitId, n.Version)).ToList();
        });

    /// <summary>The day a batch is submitted on time: today, or the deadline when it has passed.</summary>
    public static DateOnly OnTime(Campaign campaign) =>
        campaign.NominationDeadline is { } deadline && deadline < Today ? deadline : Today;

    private static async Task<Nomination> BuildAsync(AppDbContext db, Campaign campaign, ReviewSpec spec)
    {
        var unit = await db.Units.SingleAsync(u => u.Code == spec.UnitCode);
        var form = await db.AwardForms.SingleAsync(f => f.Code == spec.FormCode);
        var clerk = new Actor("canbo.test", "Cán bộ " + unit.Name);
        var head = new Actor("truongdonvi.test", "Thủ trưởng " + unit.Name);
        var now = DateTime.UtcNow;
        var nomination = Nomination.Draft(campaign.Id, unit.Id, form, spec.Kind, spec.Name,
            "Hoàn thành xuất sắc các chỉ tiêu được giao trong năm 2025; có sáng kiến cải cách hành chính được áp dụng.", spec.Rating, clerk, now.AddDays(-3));
        nomination.NomineePosition = spec.Kind == NomineeKind.Individual ? "Chuyên viên" : null;
        foreach (var document in nomination.MissingDocuments(form).ToList())
        {
            nomination.Attachments.Add(new Attachment
            {
                FileName = document == DossierDocuments.MeetingMinutes ? "bien-ban-hop-xet.pdf" : "bao-cao-thanh-tich.pdf",
                ContentType = "application/pdf",
                Size = 2048,
                Sha256 = new string('0', 64),
                StoragePath = "2025/12/" + Guid.NewGuid().ToString("N"),
                UploadedBy = clerk.UserName,
                UploadedAtUtc = now.AddDays(-3),
                DocumentKind = document,
            });
        }

        if (spec.State == NominationStatus.Draft)
        {
            db.Nominations.Add(nomination);
            return nomination;
        }

        var day = OnTime(campaign);
        db.NominationBatches.Add(NominationBatch.Submit(campaign, unit.Id, BatchNumber, day, [nomination], null, head, now.AddDays(-2), day));
        if (spec.State is NominationStatus.UnderReview or NominationStatus.Eligible)
        {
            nomination.StartReview(NoiVu, now.AddDays(-1));
        }

        if (spec.State == NominationStatus.Eligible)
        {
            nomination.MarkEligible(NoiVu, now.AddHours(-1), null);
        }

        return nomination;
    }
}
