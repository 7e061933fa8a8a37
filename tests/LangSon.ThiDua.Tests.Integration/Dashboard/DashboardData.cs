using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Dashboard;

/// <summary>
/// A small data set whose aggregates are easy to compute by hand, on 04/03/2026 (campaign DHXIV-2025 started 01/10/2025:
/// 154 days have passed). Every target measures 0 → 100 %, so a reported value is its percent.
/// <code>
/// unit (plan status)              target  area deadline    reports (as-of: %, entered in Vietnam time)      latest  state
/// Sở Y tế (accepted)              T1      1    31/12/2026  15/01: 30 (16/01), 20/02: 60 (20/02),            60      on track (expected 154/456 = 33,8 %)
///                                                          10/02: 45 (entered 25/02, older as-of: not latest)
///                                 T2      1    28/02/2026  20/02: 40 (20/02)                                40      overdue
///                                 T3      2    30/06/2026  01/03: 20 (Sun 01/03 23:30)                      20      at risk (20 + 10 &lt; 154/272 = 56,6 %)
///                                 T4      2    31/12/2026  01/03: 100 (Mon 02/03 00:30, still Sunday in UTC) 100    achieved
/// Sở GD&amp;ĐT (accepted)           T5      1    31/12/2026  —                                                —       not started
///                                 T6      3    31/12/2026  03/03: 70 (09:00), 03/03: 50 (15:00, same as-of:  50      on track
///                                                          the later entry is the latest)
/// UBND phường Tam Thanh (draft)   T7      1    31/01/2026  —                                                —       overdue
///                                 T8      4    30/09/2026  —                                                —       not started
/// UBND xã Thất Khê (submitted)    T9      5    31/12/2026  —                                                —       not started
/// Sở Tài chính (returned)         T10     1    30/06/2026  —                                                —       not started
/// </code>
/// </summary>
public static class DashboardData
{
    /// <summary>10:00 on Wednesday 04/03/2026 in Vietnam (ISO week 10).</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 4, 3, 0, 0, TimeSpan.Zero);

    public const string SoYTe = "SYT";
    public const string SoGdDt = "SGDDT";
    public const string TamThanh = "05986";
    public const string ThatKhe = "06040";
    public const string SoTaiChinh = "STC";

    public const string CultureSector = "Khối các cơ quan văn hóa - xã hội";

    private static readonly Actor Staff = new("canbo.soyte", "Nguyễn Thị Hương");
    private static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    private static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");

    /// <summary>Ids of what was built: units by code, targets T1–T10, content areas by number, khối/cụm by name.</summary>
    public sealed record Built(
        IReadOnlyDictionary<string, int> Units,
        IReadOnlyDictionary<string, int> Targets,
        IReadOnlyDictionary<int, int> Areas,
        IReadOnlyDictionary<string, int> Groups,
        IReadOnlyDictionary<string, int> Plans);

    /// <summary>A numeric target in percent, from 0 to 100, in the given content area.</summary>
    public static PlanTarget Target(int contentAreaId, string title, DateOnly deadline) => new()
    {
        ContentAreaId = contentAreaId,
        Title = title,
        MeasureKind = MeasureKind.Numeric,
        UnitOfMeasure = "%",
        Baseline = 0m,
        TargetValue = 100m,
        ResponsibleName = "Nguyễn Văn An",
        Deadline = deadline,
    };

    public static Task<Built> SeedAsync(PortalFactory factory) => factory.WithDbAsync(async db =>
    {
        var campaign = await db.Campaigns.Include(c => c.ContentAreas).SingleAsync(c => c.Status == CampaignStatus.Active);
        var areas = campaign.ContentAreas.ToDictionary(a => a.Number, a => a.Id);
        var units = await db.Units.Where(u => new[] { SoYTe, SoGdDt, TamThanh, ThatKhe, SoTaiChinh }.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, u => u.Id);
        var targets = new Dictionary<string, PlanTarget>();
        var plans = new Dictionary<string, UnitPlan>();

        void Add(string code, string name, int area, string title, DateOnly deadline) =>
            targets[name] = plans[code].AddTarget(Target(areas[area], title, deadline));

        foreach (var code in units.Keys)
        {
            plans[code] = UnitPlan.Start(campaign.Id, units[code], Staff, Utc(2025, 12, 1, 2));
        }

        Add(SoYTe, "T1", 1, "Giải ngân 100% vốn đầu tư công được giao", new(2026, 12, 31));
        Add(SoYTe, "T2", 1, "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", new(2026, 2, 28));
        Add(SoYTe, "T3", 2, "Tỷ lệ cơ sở khám, chữa bệnh liên thông dữ liệu trên VNeID", new(2026, 6, 30));
        Add(SoYTe, "T4", 2, "Hoàn thành đề án bệnh viện thông minh", new(2026, 12, 31));
        Add(SoGdDt, "T5", 1, "Giải ngân vốn xây dựng trường học đạt chuẩn", new(2026, 12, 31));
        Add(SoGdDt, "T6", 3, "Tỷ lệ trường học đạt chuẩn quốc gia", new(2026, 12, 31));
        Add(TamThanh, "T7", 1, "Chỉnh trang đô thị các tuyến phố chính", new(2026, 1, 31));
        Add(TamThanh, "T8", 4, "Xây dựng mô hình dân vận khéo", new(2026, 9, 30));
        Add(ThatKhe, "T9", 5, "Xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh", new(2026, 12, 31));
        Add(SoTaiChinh, "T10", 1, "Thu ngân sách nhà nước vượt dự toán", new(2026, 6, 30));
        db.UnitPlans.AddRange(plans.Values);
        await db.SaveChangesAsync();

        foreach (var code in new[] { SoYTe, SoGdDt, ThatKhe, SoTaiChinh })
        {
            plans[code].Submit(Head, Utc(2025, 12, 10, 2));
        }

        plans[SoYTe].Accept(NoiVu, Utc(2025, 12, 15, 2), null);
        plans[SoGdDt].Accept(NoiVu, Utc(2025, 12, 15, 3), null);
        plans[SoTaiChinh].Return(NoiVu, Utc(2025, 12, 15, 4), "Đề nghị bổ sung chỉ tiêu thu ngân sách theo từng quý.");
        await db.SaveChangesAsync();

        // One save per report, so that ids follow the order of entry (the tie-break of the "latest report" rule).
        await ReportAsync(db, targets["T1"], new(2026, 1, 15), 30m, Utc(2026, 1, 16, 3));
        await ReportAsync(db, targets["T1"], new(2026, 2, 20), 60m, Utc(2026, 2, 20, 3));
        await ReportAsync(db, targets["T2"], new(2026, 2, 20), 40m, Utc(2026, 2, 20, 4));
        await ReportAsync(db, targets["T1"], new(2026, 2, 10), 45m, Utc(2026, 2, 25, 3));
        await ReportAsync(db, targets["T3"], new(2026, 3, 1), 20m, Utc(2026, 3, 1, 16, 30));
        await ReportAsync(db, targets["T4"], new(2026, 3, 1), 100m, Utc(2026, 3, 1, 17, 30));
        await ReportAsync(db, targets["T6"], new(2026, 3, 3), 70m, Utc(2026, 3, 3, 2));
        await ReportAsync(db, targets["T6"], new(2026, 3, 3), 50m, Utc(2026, 3, 3, 8));

        var groups = await db.EmulationGroups.ToDictionaryAsync(g => g.Name, g => g.Id);
        return new Built(units, targets.ToDictionary(t => t.Key, t => t.Value.Id), areas, groups, plans.ToDictionary(p => p.Key, p => p.Value.Id));
    });

    /// <summary>Records a report of <paramref name="percent"/> % through the domain, entered at <paramref name="createdUtc"/>.</summary>
    public static async Task<ProgressReport> ReportAsync(AppDbContext db, PlanTarget target, DateOnly asOf, decimal percent, DateTime createdUtc)
    {
        var report = target.Report(new ProgressReport
        {
            AsOfDate = asOf,
            Value = percent,
            Narrative = "Đã triển khai theo kế hoạch.",
            ReporterUserName = Staff.UserName,
            ReporterFullName = Staff.FullName,
            CreatedAtUtc = createdUtc,
        }, PlanStatus.Accepted);
        await db.SaveChangesAsync();
        return report;
    }

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
