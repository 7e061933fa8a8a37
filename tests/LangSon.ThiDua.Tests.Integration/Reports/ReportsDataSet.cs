using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Reports;

/// <summary>A portal whose only active units are the five of <see cref="ReportsDataSet"/>, built once per test class.</summary>
public sealed class ReportsFactory : PortalFactory
{
    private readonly Lazy<Task<ReportsDataSet>> data;

    public ReportsFactory()
    {
        data = new Lazy<Task<ReportsDataSet>>(() => ReportsDataSet.BuildAsync(this));
    }

    public Task<ReportsDataSet> DataAsync() => data.Value;
}

/// <summary>
/// A small province whose report figures are computed by hand. Every other seeded unit is deactivated, so the reports
/// list exactly these five (in khối/cụm, then name order):
/// <list type="bullet">
/// <item>06040 UBND xã Thất Khê — plan submitted, 1 target without report;</item>
/// <item>05986 UBND phường Tam Thanh — draft, 1 target without report, 2 reminders received;</item>
/// <item>STC Sở Tài chính — no plan, 1 reminder;</item>
/// <item>SGDDT Sở Giáo dục và Đào tạo — returned, 1 target without report;</item>
/// <item>SYT Sở Y tế — accepted, 5 targets: achieved (100 %), overdue by 12 days (latest 40 %), on track (80 %),
/// a milestone without report, at risk (20 %); 1 reminder.</item>
/// </list>
/// </summary>
public sealed record ReportsDataSet(DateOnly Today, IReadOnlyDictionary<int, string> AreaTitles)
{
    public const string Achieved = "Giải ngân 100% vốn đầu tư công được giao";
    public const string Overdue = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ";
    public const string OnTrack = "Tỷ lệ cơ sở khám, chữa bệnh liên thông dữ liệu";
    public const string Milestone = "Hoàn thành đề án nâng cao chất lượng khám, chữa bệnh";
    public const string AtRisk = "Tỷ lệ hồ sơ sức khỏe điện tử được cập nhật";

    public static readonly string[] Codes = ["06040", "05986", "STC", "SGDDT", "SYT"];

    public DateOnly OverdueDeadline => Today.AddDays(-12);

    public static async Task<ReportsDataSet> BuildAsync(PortalFactory factory)
    {
        var today = PlanBuilder.Today;
        await factory.CreatePlanAsync("SYT", PlanStatus.Accepted,
            new TargetSpec(1, Achieved, today.AddDays(60)) { ReportedValue = 100m },
            new TargetSpec(1, Overdue, today.AddDays(-12)) { ReportedValue = 40m, ResponsibleName = "Lê Thị Mai", ResponsiblePosition = "Trưởng phòng" },
            new TargetSpec(2, OnTrack, today.AddDays(400)) { ReportedValue = 80m },
            new TargetSpec(2, Milestone, today.AddDays(30)) { Kind = MeasureKind.Milestone, UnitOfMeasure = null, TargetValue = null },
            new TargetSpec(3, AtRisk, today.AddDays(20)) { ReportedValue = 20m });
        await factory.CreatePlanAsync("05986", PlanStatus.Draft, new TargetSpec(4, "Chuyển đổi số phường Tam Thanh", today.AddDays(90)));
        await factory.CreatePlanAsync("SGDDT", PlanStatus.Returned, new TargetSpec(5, "Tỷ lệ trường đạt chuẩn quốc gia", today.AddDays(100)));
        await factory.CreatePlanAsync("06040", PlanStatus.Submitted, new TargetSpec(1, "Thu ngân sách xã Thất Khê", today.AddDays(100)));

        return await factory.WithDbAsync(async db =>
        {
            // An older report entered after the latest one: the latest is still the one with the latest as-of date (40 %).
            var overdue = await db.PlanTargets.Include(t => t.UnitPlan).SingleAsync(t => t.Title == Overdue);
            overdue.Report(new ProgressReport
            {
                AsOfDate = today.AddDays(-30),
                Value = 90m,
                Narrative = "Số liệu tháng trước, nhập bổ sung.",
                ReporterUserName = PlanBuilder.Staff.UserName,
                ReporterFullName = PlanBuilder.Staff.FullName,
                CreatedAtUtc = DateTime.UtcNow,
            }, overdue.UnitPlan!.Status);

            var units = await db.Units.Where(u => u.IsActive).ToListAsync();
            foreach (var unit in units.Where(u => !Codes.Contains(u.Code)))
            {
                unit.Deactivate();
            }

            int Id(string code) => units.Single(u => u.Code == code).Id;
            ReminderAddressee Unit(string code) => new(Id(code), "- Nội dung đôn đốc của đơn vị.");
            var campaign = await db.Campaigns.Where(c => c.Status == CampaignStatus.Active).Select(c => c.Id).SingleAsync();
            var now = DateTime.UtcNow;
            db.Reminders.Add(Reminder.Send(campaign, ReminderRule.NoPlanSubmitted, null, "Đôn đốc trình kế hoạch", "Đề nghị trình kế hoạch.", [Unit("05986"), Unit("STC")], PlanBuilder.NoiVu, now.AddDays(-5)));
            db.Reminders.Add(Reminder.Send(campaign, ReminderRule.NoPlanSubmitted, null, "Đôn đốc lần 2", "Đề nghị trình kế hoạch.", [Unit("05986")], PlanBuilder.NoiVu, now.AddDays(-2)));
            db.Reminders.Add(Reminder.Send(campaign, ReminderRule.OverdueTargets, null, "Mục tiêu quá hạn", "Đề nghị báo cáo.", [Unit("SYT")], PlanBuilder.NoiVu, now.AddDays(-1)));
            await db.SaveChangesAsync();

            var areas = await db.ContentAreas.Where(a => a.CampaignId == campaign).ToDictionaryAsync(a => a.Number, a => a.ShortTitle);
            return new ReportsDataSet(today, areas);
        });
    }
}
