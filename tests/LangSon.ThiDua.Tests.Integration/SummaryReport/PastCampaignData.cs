using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Nominations;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.SummaryReport;

/// <summary>A portal with <see cref="SummaryData"/> in the active campaign and <see cref="PastCampaignData"/>.
/// </summary>
public sealed class PastCampaignFactory : PortalFactory
{
    private readonly Lazy<Task<PastCampaignData>> data;

    public PastCampaignFactory()
    {
        data = new Lazy<Task<PastCampaignData>>(() => PastCampaignData.BuildAsync(this));
    }

    public Task<PastCampaignData> DataAsync() => data.Value;
}

/// <summary>
/// Beside the active campaign of <see cref="SummaryData"/> (8 targets, 1 achieved, 7 dossiers proposed): a closed
/// campaign of 2024 where Sở Y tế's accepted plan had 3 targets, 2 achieved (area 1: a figure and a milestone, both
/// done; area 2: a figure half way), no nominations; and a draft campaign, which the summary does not offer.
/// </summary>
public sealed record PastCampaignData(int ActiveId, int PastId, int DraftId)
{
    public const string PastTitle = "Phong trào thi đua thực hiện nhiệm vụ chính trị năm 2024";
    public const string PastArea1 = "Kinh tế và thu ngân sách năm 2024";

    public static async Task<PastCampaignData> BuildAsync(PortalFactory factory)
    {
        await SummaryData.BuildAsync(factory);
        return await factory.WithDbAsync(async db =>
        {
            var active = await db.Campaigns.Active().Select(c => c.Id).FirstAsync();
            var past = Campaign("TD-2024", PastTitle, new DateOnly(2024, 1, 15));
            past.ContentAreas.Add(new ContentArea { Number = 1, ShortTitle = PastArea1, FullText = "Nội dung 1." });
            past.ContentAreas.Add(
                new ContentArea { Number = 2, ShortTitle = "Xã hội năm 2024", FullText = "Nội dung 2." });
            past.EndDate = new DateOnly(2024, 12, 31);
            past.Activate();
            past.Close();
            var draft = Campaign("TD-2027", "Phong trào thi đua năm 2027 (dự thảo)", new DateOnly(2027, 1, 15));
            db.Campaigns.AddRange(past, draft);
            await db.SaveChangesAsync();

            var unit = await db.Units.Where(u => u.Code == "SYT").Select(u => u.Id).SingleAsync();
            var at = new DateTime(2024, 2, 1, 2, 0, 0, DateTimeKind.Utc);
            var plan = UnitPlan.Start(past.Id, unit, NominationBuilder.NoiVu, at);
            var areas = past.ContentAreas.ToDictionary(a => a.Number, a => a.Id);
            var targets = new[]
            {
                Target(areas[1], "Thu ngân sách năm 2024", MeasureKind.Numeric),
                Target(areas[1], "Cơ sở dữ liệu đất đai năm 2024", MeasureKind.Milestone),
                Target(areas[2], "Trạm y tế đạt chuẩn năm 2024", MeasureKind.Numeric),
            };
            foreach (var target in targets)
            {
                plan.AddTarget(target);
            }

            plan.Submit(NominationBuilder.NoiVu, at.AddDays(1));
            plan.Accept(NominationBuilder.NoiVu, at.AddDays(2), null);
            decimal?[] values = [100, null, 50];
            for (var i = 0; i < targets.Length; i++)
            {
                targets[i].Report(new ProgressReport
                {
                    AsOfDate = new DateOnly(2024, 12, 15),
                    Value = values[i],
                    MilestoneDone = targets[i].MeasureKind == MeasureKind.Milestone ? true : null,
                    Narrative = "Báo cáo cuối năm 2024.",
                    ReporterUserName = "canbo.soyte",
                    ReporterFullName = "Nguyễn Thị Hương",
                    CreatedAtUtc = at.AddMonths(10),
                }, plan.Status);
            }

            db.UnitPlans.Add(plan);
            await db.SaveChangesAsync();
            return new PastCampaignData(active, past.Id, draft.Id);
        });
    }

    private static Campaign Campaign(string code, string title, DateOnly start) =>
        new() { Code = code, Title = title, LegalBasis = "Kế hoạch của UBND tỉnh.", StartDate = start };

    private static PlanTarget Target(int area, string title, MeasureKind kind) => new()
    {
        ContentAreaId = area,
        Title = title,
        MeasureKind = kind,
        UnitOfMeasure = kind == MeasureKind.Numeric ? "%" : null,
        Direction = MeasureDirection.HigherIsBetter,
        Baseline = kind == MeasureKind.Numeric ? 0 : null,
        TargetValue = kind == MeasureKind.Numeric ? 100 : null,
        ResponsibleName = "Lê Văn Thắng",
        ResponsiblePosition = "Trưởng phòng",
        Deadline = new DateOnly(2024, 12, 31),
    };
}
