using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Progress;

/// <summary>The plan a test reports on: its id and its three targets.</summary>
public sealed record BuiltPlan(int PlanId, int UnitId, int HigherId, int LowerId, int MilestoneId);

/// <summary>
/// Builds unit plans straight through the domain (Start, AddTarget, Submit, Accept), each under a campaign of its own so
/// that every test starts from targets without reports (one plan per unit per campaign).
/// </summary>
public static class ProgressBuilder
{
    public const string SoYte = "SYT";
    public const string TamThanh = "05986";

    public static readonly DateOnly CampaignStart = new(2025, 10, 1);

    private static readonly Actor Clerk = new("canbo.soyte", "Nguyễn Thị Hương");
    private static readonly Actor Reviewer = new("noivu", "Cán bộ Sở Nội vụ");

    /// <summary>An accepted plan of Sở Y tế: "%" 40 → 80 (higher is better), "ngày" 20 → 10 (lower is better), and a milestone.</summary>
    public static Task<BuiltPlan> AcceptedPlanAsync(this PortalFactory factory, string unitCode = SoYte) =>
        factory.PlanAsync(unitCode, accept: true);

    /// <summary>The same targets on a plan still in draft.</summary>
    public static Task<BuiltPlan> DraftPlanAsync(this PortalFactory factory, string unitCode) =>
        factory.PlanAsync(unitCode, accept: false);

    private static Task<BuiltPlan> PlanAsync(this PortalFactory factory, string unitCode, bool accept) =>
        factory.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
            var suffix = Guid.NewGuid().ToString("N")[..8];
            var campaign = new Campaign
            {
                Code = "TD-" + suffix,
                Title = "Phong trào thử nghiệm tiến độ " + suffix,
                LegalBasis = "Kế hoạch thử nghiệm",
                StartDate = CampaignStart,
                ContentAreas =
                [
                    new ContentArea { Number = 1, ShortTitle = "Phát triển kinh tế", FullText = "Nội dung 1" },
                    new ContentArea { Number = 2, ShortTitle = "Cải cách hành chính", FullText = "Nội dung 2" },
                ],
            };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();

            var plan = UnitPlan.Start(campaign.Id, unitId, Clerk, now);
            var higher = plan.AddTarget(new PlanTarget
            {
                ContentAreaId = campaign.ContentAreas[0].Id,
                Title = "Tỷ lệ hồ sơ bệnh án điện tử",
                MeasureKind = MeasureKind.Numeric,
                UnitOfMeasure = "%",
                Direction = MeasureDirection.HigherIsBetter,
                Baseline = 40m,
                TargetValue = 80m,
                ResponsibleName = "Phạm Quốc Khánh",
                ResponsiblePosition = "Giám đốc Sở",
                Deadline = new DateOnly(2027, 6, 30),
            });
            var lower = plan.AddTarget(new PlanTarget
            {
                ContentAreaId = campaign.ContentAreas[1].Id,
                Title = "Thời gian giải quyết thủ tục cấp phép hành nghề",
                MeasureKind = MeasureKind.Numeric,
                UnitOfMeasure = "ngày",
                Direction = MeasureDirection.LowerIsBetter,
                Baseline = 20m,
                TargetValue = 10m,
                ResponsibleName = "Nguyễn Thị Hương",
                Deadline = new DateOnly(2027, 6, 30),
            });
            var milestone = plan.AddTarget(new PlanTarget
            {
                ContentAreaId = campaign.ContentAreas[1].Id,
                Title = "Ban hành quy chế tiếp nhận hồ sơ trực tuyến",
                MeasureKind = MeasureKind.Milestone,
                ResponsibleName = "Nguyễn Thị Hương",
                Deadline = new DateOnly(2027, 3, 31),
            });
            if (accept)
            {
                plan.Submit(Clerk, now);
                plan.Accept(Reviewer, now, "Đồng ý");
            }

            db.UnitPlans.Add(plan);
            await db.SaveChangesAsync();
            return new BuiltPlan(plan.Id, unitId, higher.Id, lower.Id, milestone.Id);
        });
}
