using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Plans;

/// <summary>One target to build: its content area (1–5), title, deadline, measure and optionally a reported result.</summary>
public sealed record TargetSpec(int Area, string Title, DateOnly Deadline)
{
    public MeasureKind Kind { get; init; } = MeasureKind.Numeric;

    public string? UnitOfMeasure { get; init; } = "%";

    public MeasureDirection Direction { get; init; } = MeasureDirection.HigherIsBetter;

    public decimal? Baseline { get; init; }

    public decimal? TargetValue { get; init; } = 100m;

    public string ResponsibleName { get; init; } = "Nguyễn Văn An";

    public string? ResponsiblePosition { get; init; } = "Phó Giám đốc";

    /// <summary>A progress report with this value (numeric) is recorded once the plan is accepted.</summary>
    public decimal? ReportedValue { get; init; }

    /// <summary>A progress report "done / not done" (milestone) is recorded once the plan is accepted.</summary>
    public bool? ReportedDone { get; init; }
}

/// <summary>What was built: the plan, its unit, and its targets in the order given.</summary>
public sealed record BuiltPlan(int PlanId, int UnitId, IReadOnlyList<int> TargetIds, IReadOnlyDictionary<int, int> AreaIds);

/// <summary>
/// Builds a unit's plan for the active campaign directly in the database, through the domain's own methods
/// (Start, AddTarget, Submit, Accept, Return, Report), in the state a test needs. Any plan the unit already has
/// for the campaign is removed first, so tests of one class (one database) can each start from a known plan.
/// </summary>
public static class PlanBuilder
{
    public static readonly Actor Staff = new("canbo.soyte", "Nguyễn Thị Hương");
    public static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    public static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");

    public const string ReturnComment = "Đề nghị bổ sung chỉ tiêu về tỷ lệ hồ sơ giải quyết đúng hạn.";

    /// <summary>Today in Vietnam, as the portal sees it (TimeProvider.System).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")));

    /// <summary>A few ordinary targets in areas 1 and 2, due in a few months.</summary>
    public static TargetSpec[] SomeTargets() =>
    [
        new(1, "Giải ngân 100% vốn đầu tư công được giao", Today.AddMonths(3)),
        new(2, "Tỷ lệ cơ sở khám, chữa bệnh liên thông dữ liệu trên VNeID", Today.AddMonths(4)) { TargetValue = 95m, Baseline = 60m },
        new(2, "Hoàn thành đề án nâng cao chất lượng khám, chữa bệnh", Today.AddMonths(5)) { Kind = MeasureKind.Milestone, UnitOfMeasure = null, TargetValue = null },
    ];

    public static Task<BuiltPlan> CreatePlanAsync(this PortalFactory factory, string unitCode, PlanStatus status, params TargetSpec[] targets) =>
        factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var campaign = await db.Campaigns.Include(c => c.ContentAreas).SingleAsync(c => c.Status == CampaignStatus.Active);
            await RemovePlanAsync(db, campaign.Id, unit.Id);

            var now = DateTime.UtcNow;
            var areaIds = campaign.ContentAreas.ToDictionary(a => a.Number, a => a.Id);
            var plan = UnitPlan.Start(campaign.Id, unit.Id, Staff, now.AddDays(-3));
            plan.DocumentNumber = $"01/KH-{unitCode}";
            plan.DocumentDate = Today.AddDays(-3);
            plan.Summary = "Kế hoạch triển khai phong trào thi đua của đơn vị.";
            var built = targets.Select(spec => plan.AddTarget(new PlanTarget
            {
                ContentAreaId = areaIds[spec.Area],
                Title = spec.Title,
                MeasureKind = spec.Kind,
                UnitOfMeasure = spec.Kind == MeasureKind.Numeric ? spec.UnitOfMeasure : null,
                Direction = spec.Direction,
                Baseline = spec.Baseline,
                TargetValue = spec.Kind == MeasureKind.Numeric ? spec.TargetValue : null,
                ResponsibleName = spec.ResponsibleName,
                ResponsiblePosition = spec.ResponsiblePosition,
                Deadline = spec.Deadline,
            })).ToList();
            db.UnitPlans.Add(plan);
            await db.SaveChangesAsync();

            MoveTo(plan, status, now);
            await db.SaveChangesAsync();

            if (plan.Status == PlanStatus.Accepted)
            {
                foreach (var (target, spec) in built.Zip(targets).Where(p => p.Second.ReportedValue is not null || p.Second.ReportedDone is not null))
                {
                    target.Report(new ProgressReport
                    {
                        AsOfDate = Today.AddDays(-1),
                        Value = spec.ReportedValue,
                        MilestoneDone = spec.ReportedDone,
                        Narrative = "Đã triển khai theo kế hoạch.",
                        ReporterUserName = Staff.UserName,
                        ReporterFullName = Staff.FullName,
                        CreatedAtUtc = now,
                    }, plan.Status);
                }

                await db.SaveChangesAsync();
            }

            return new BuiltPlan(plan.Id, unit.Id, built.Select(t => t.Id).ToList(), areaIds);
        });

    /// <summary>Removes the unit's plan for the active campaign (with its targets, reports and history), if any.</summary>
    public static Task RemovePlanAsync(this PortalFactory factory, string unitCode) =>
        factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var campaign = await db.Campaigns.SingleAsync(c => c.Status == CampaignStatus.Active);
            await RemovePlanAsync(db, campaign.Id, unit.Id);
            return true;
        });

    private static async Task RemovePlanAsync(AppDbContext db, int campaignId, int unitId)
    {
        var plan = await db.UnitPlans.Include(p => p.Targets).ThenInclude(t => t.Reports)
            .SingleOrDefaultAsync(p => p.CampaignId == campaignId && p.UnitId == unitId);
        if (plan is null)
        {
            return;
        }

        var reports = plan.Targets.SelectMany(t => t.Reports).ToList();
        var reportIds = reports.Select(r => (long?)r.Id).ToList();
        db.Attachments.RemoveRange(await db.Attachments.Where(a => reportIds.Contains(a.ProgressReportId)).ToListAsync());
        db.ProgressReports.RemoveRange(reports);
        db.UnitPlans.Remove(plan);
        await db.SaveChangesAsync();
    }

    private static void MoveTo(UnitPlan plan, PlanStatus status, DateTime now)
    {
        if (status == PlanStatus.Draft)
        {
            return;
        }

        plan.Submit(Head, now.AddDays(-2));
        switch (status)
        {
            case PlanStatus.Accepted:
                plan.Accept(NoiVu, now.AddDays(-1), null);
                break;
            case PlanStatus.Returned:
                plan.Return(NoiVu, now.AddDays(-1), ReturnComment);
                break;
        }
    }
}
