using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only: the previous year's movement, closed, so that the year-end summary has a campaign to choose and
/// to compare with. Seven provincial agencies (none of the units of the active campaign's demo plans, whose tests count
/// their plans) had accepted plans; each target has its final report of December 2024, most achieved, some not. No
/// nominations: the summary of that year shows its plans and targets only. Its dates are those of 2024 moved by the
/// demo calendar (<see cref="DemoCalendar"/>), like the rest of the story; its texts keep naming 2024. Idempotent:
/// nothing is added once the campaign exists.
/// </summary>
internal static class DemoPastCampaignSeeder
{
    public const string Code = "TDNV-2024";

    private static readonly Actor Reviewer = new("noivu", "Hoàng Thị Thu Hà");
    private static readonly DateOnly Start = new(2024, 1, 22);
    private static readonly DateOnly LastReport = new(2024, 12, 16);
    private static readonly DateOnly End = new(2024, 12, 31);
    private static readonly MeasureDirection Up = MeasureDirection.HigherIsBetter;
    private static readonly MeasureDirection Down = MeasureDirection.LowerIsBetter;

    /// <summary>A target and the share of the way from baseline to target reached at the end of the year.</summary>
    private sealed record Target(
        int Area, string Title, string? Unit, MeasureDirection Direction, decimal? Baseline, decimal? Goal,
        decimal Share);

    private sealed record Plan(string UnitCode, string Number, Actor Clerk, Target[] Targets);

    private static readonly (int Number, string Title)[] Areas =
    [
        (1, "Phát triển kinh tế, đầu tư công và thu ngân sách"),
        (2, "Giáo dục, y tế, văn hóa và an sinh xã hội"),
        (3, "Giải quyết kiến nghị cử tri, kỷ luật, kỷ cương hành chính"),
        (4, "Cải cách hành chính và chuyển đổi số"),
        (5, "Quốc phòng - an ninh, xây dựng Đảng và hệ thống chính trị"),
    ];

    private static readonly Plan[] Plans =
    [
        new("STC", "25/KH-STC", new("vanthu.stc", "Hoàng Thu Trang"),
        [
            new(1, "Thu ngân sách nhà nước trên địa bàn so với dự toán", "%", Up, 100, 110, 1.2m),
            new(1, "Tỷ lệ giải ngân vốn đầu tư công", "%", Up, 60, 95, 0.86m),
            new(4, "Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn", "%", Up, 98, 100, 1m),
        ]),
        new("SXD", "31/KH-SXD", new("vanthu.sxd", "Lý Văn Hưng"),
        [
            new(1, "Tiến độ giải phóng mặt bằng cao tốc Đồng Đăng - Trà Lĩnh", "%", Up, 40, 100, 0.9m),
            new(4, "Tỷ lệ hồ sơ cấp phép xây dựng nộp trực tuyến", "%", Up, 30, 70, 1m),
            new(3, "Số kiến nghị của cử tri về giao thông còn tồn đọng", "kiến nghị", Down, 9, 0, 1m),
        ]),
        new("SNNMT", "18/KH-SNNMT", new("vanthu.snnmt", "Vy Thị Hoa"),
        [
            new(1, "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", Up, 48, 55, 1m),
            new(1, "Hoàn thành cơ sở dữ liệu đất đai các huyện biên giới", null, Up, null, null, 0.7m),
            new(2, "Tỷ lệ dân số nông thôn dùng nước sạch", "%", Up, 90, 95, 0.8m),
        ]),
        new("SKHCN", "12/KH-SKHCN", new("vanthu.skhcn", "Đào Minh Đức"),
        [
            new(4, "Tỷ lệ văn bản điện tử có chữ ký số", "%", Up, 85, 98, 1m),
            new(4, "Số nhiệm vụ khoa học cấp tỉnh được nghiệm thu", "nhiệm vụ", Up, 0, 12, 1m),
        ]),
        new("SCT", "40/KH-SCT", new("vanthu.sct", "Hà Văn Long"),
        [
            new(1, "Kim ngạch xuất nhập khẩu qua các cửa khẩu", "tỷ USD", Up, 3.5m, 4.5m, 0.95m),
            new(5, "Xử lý các vụ buôn lậu, gian lận thương mại", null, Up, null, null, 1m),
        ]),
        new("SVHTTDL", "22/KH-SVHTTDL", new("vanthu.svhttdl", "Mã Thị Liên"),
        [
            new(2, "Lượt khách du lịch đến tỉnh", "triệu lượt", Up, 3.2m, 3.8m, 1m),
            new(2, "Tổ chức Lễ hội hoa Đào xuân Giáp Thìn", null, Up, null, null, 1m),
            new(5, "Tuyên truyền kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam", null, Up, null, null, 1m),
        ]),
        new("STP", "09/KH-STP", new("vanthu.stp", "Chu Thị Ngân"),
        [
            new(3, "Tỷ lệ văn bản quy phạm pháp luật được kiểm tra sau ban hành", "%", Up, 90, 100, 1m),
            new(4, "Tỷ lệ phiếu lý lịch tư pháp cấp trực tuyến", "%", Up, 20, 60, 0.75m),
        ]),
    ];

    public static async Task SeedAsync(AppDbContext db, DemoCalendar calendar, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (await db.Campaigns.AnyAsync(c => c.Code == Code, ct))
        {
            return;
        }

        var campaign = new Campaign
        {
            Code = Code,
            Title = "Phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng"
                + " - an ninh năm 2024",
            LegalBasis = "Kế hoạch của UBND tỉnh Lạng Sơn về tổ chức phong trào thi đua năm 2024.",
            StartDate = calendar.Shift(Start),
            EndDate = calendar.Shift(End),
            PlanDeadline = calendar.Shift(new DateOnly(2024, 2, 29)),
            NominationDeadline = calendar.Shift(new DateOnly(2024, 12, 20)),
            ContentAreas = Areas
                .Select(a => new ContentArea { Number = a.Number, ShortTitle = a.Title, FullText = a.Title + "." })
                .ToList(),
        };
        campaign.Activate();
        campaign.Close();
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);

        var areas = campaign.ContentAreas.ToDictionary(a => a.Number, a => a.Id);
        var units = await db.Units.Where(u => Plans.Select(p => p.UnitCode).Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        foreach (var seed in Plans.Where(p => units.ContainsKey(p.UnitCode)))
        {
            db.UnitPlans.Add(PlanOf(seed, campaign.Id, units[seed.UnitCode], areas, calendar));
        }

        await db.SaveChangesAsync(ct);
    }

    private static UnitPlan PlanOf(
        Plan seed, int campaignId, int unitId, Dictionary<int, int> areas, DemoCalendar calendar)
    {
        var started = Utc(calendar.Shift(Start.AddDays(10)));
        var lastReport = calendar.Shift(LastReport);
        var plan = UnitPlan.Start(campaignId, unitId, seed.Clerk, started);
        plan.DocumentNumber = seed.Number;
        plan.DocumentDate = calendar.Shift(Start.AddDays(14));
        plan.Summary = "Kế hoạch triển khai phong trào thi đua năm 2024 của đơn vị.";
        foreach (var t in seed.Targets)
        {
            plan.AddTarget(DemoPlanData.Target(areas[t.Area], t.Title, t.Unit, t.Direction, t.Baseline, t.Goal,
                seed.Clerk.FullName, "Chuyên viên", calendar.Shift(End)));
        }

        plan.Submit(seed.Clerk, started.AddDays(5));
        plan.Accept(Reviewer, started.AddDays(12), "Đồng ý triển khai.");
        for (var i = 0; i < seed.Targets.Length; i++)
        {
            var (target, share) = (plan.Targets[i], seed.Targets[i].Share);
            target.Report(new ProgressReport
            {
                AsOfDate = lastReport,
                Value = target.Baseline is { } from && target.TargetValue is { } to
                    ? Math.Round(from + (to - from) * share, 1)
                    : null,
                MilestoneDone = target.MeasureKind == MeasureKind.Milestone ? share >= 1m : null,
                Narrative = share >= 1m
                    ? "Đã hoàn thành chỉ tiêu năm 2024."
                    : "Chưa đạt chỉ tiêu đề ra trong năm 2024.",
                ReporterUserName = seed.Clerk.UserName,
                ReporterFullName = seed.Clerk.FullName,
                CreatedAtUtc = Utc(lastReport),
            }, plan.Status);
        }

        return plan;
    }

    private static DateTime Utc(DateOnly day) => day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
}
