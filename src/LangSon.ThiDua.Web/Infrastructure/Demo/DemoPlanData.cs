using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// The demo plans: real units of Lạng Sơn in every state of the workflow, with realistic targets (Sở Tài chính's
/// accepted plan waits on Sở Nội vụ with a request to amend it).
/// Dates are relative to the day demo data is first seeded so that deadlines stay meaningful.
/// </summary>
internal static class DemoPlanData
{
    /// <summary>A target: area number, title, unit of measure (null = milestone), direction, baseline, target, responsible, position, deadline in days from seeding.</summary>
    internal sealed record TargetSeed(int Area, string Title, string? Unit, MeasureDirection Direction, decimal? Baseline, decimal? Goal, string Responsible, string Position, int DeadlineDays);

    /// <summary>A plan; <see cref="Comment"/>: Sở Nội vụ's reason for returning it, or the head's for asking to
    /// amend it.</summary>
    internal sealed record PlanSeed(
        string UnitCode, PlanStatus Status, string DocumentNumber, string Summary, Actor Clerk, Actor Head,
        string? Comment, IReadOnlyList<TargetSeed> Targets);

    /// <summary>A target of a demo plan: a milestone when it has no unit of measure.</summary>
    public static PlanTarget Target(
        int areaId, string title, string? unit, MeasureDirection direction, decimal? baseline, decimal? goal,
        string responsible, string position, DateOnly deadline) => new()
    {
        ContentAreaId = areaId,
        Title = title,
        MeasureKind = unit is null ? MeasureKind.Milestone : MeasureKind.Numeric,
        UnitOfMeasure = unit,
        Direction = direction,
        Baseline = baseline,
        TargetValue = goal,
        ResponsibleName = responsible,
        ResponsiblePosition = position,
        Deadline = deadline,
    };

    private static readonly MeasureDirection Up = MeasureDirection.HigherIsBetter;
    private static readonly MeasureDirection Down = MeasureDirection.LowerIsBetter;

    public static IReadOnlyList<PlanSeed> Plans { get; } =
    [
        new("SYT", PlanStatus.Accepted, "215/KH-SYT",
            "Kế hoạch triển khai phong trào thi đua của Sở Y tế: nâng cao chất lượng khám, chữa bệnh, liên thông dữ liệu khám chữa bệnh trên VNeID, cải cách hành chính và chuyển đổi số trong ngành y tế.",
            new("canbo.soyte", "Nguyễn Thị Hương"), new("truongdonvi.soyte", "Phạm Quốc Khánh"), null,
            [
                new(2, "Tỷ lệ cơ sở khám, chữa bệnh liên thông dữ liệu khám chữa bệnh trên ứng dụng VNeID", "%", Up, 35, 100, "Lê Văn Thắng", "Trưởng phòng Nghiệp vụ Y", 45),
                new(2, "Tỷ lệ người dân hài lòng với dịch vụ khám, chữa bệnh tại các bệnh viện tuyến tỉnh", "%", Up, 85, 92, "Hoàng Thị Mai", "Phó Giám đốc Sở", 120),
                new(2, "Tổ chức thăm hỏi, tặng quà người có công, đối tượng bảo trợ xã hội dịp Tết Bính Ngọ 2026", null, Up, null, null, "Vi Văn Nam", "Chánh Văn phòng Sở", 10),
                new(2, "Số trạm y tế xã đạt chuẩn quốc gia về y tế", "trạm", Up, 52, 60, "Lương Thị Hạnh", "Trưởng phòng Kế hoạch - Tài chính", -20),
                new(4, "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn và trước hạn", "%", Up, 100, 100, "Nguyễn Thị Hương", "Chuyên viên Văn phòng Sở", 60),
                new(4, "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "%", Up, 40, 80, "Đinh Văn Toàn", "Phụ trách công nghệ thông tin", 30),
                new(3, "Số kiến nghị của cử tri về y tế còn tồn đọng", "kiến nghị", Down, 12, 0, "Hoàng Thị Mai", "Phó Giám đốc Sở", 8),
                new(5, "Xây dựng và triển khai phương án bảo đảm y tế phục vụ Đại hội XIV của Đảng", null, Up, null, null, "Phạm Quốc Khánh", "Giám đốc Sở", -40),
            ]),
        new("05986", PlanStatus.Draft, "45/KH-UBND",
            "Kế hoạch triển khai phong trào thi đua trên địa bàn phường Tam Thanh.",
            new("canbo.tamthanh", "Lý Thị Ngọc"), new("truongdonvi.tamthanh", "Hoàng Văn Minh"), null,
            [
                new(1, "Thu ngân sách nhà nước trên địa bàn phường so với dự toán", "%", Up, 100, 120, "Nông Văn Quý", "Phó Chủ tịch UBND phường", 35),
                new(4, "Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn tại Trung tâm phục vụ hành chính công phường", "%", Up, 97, 100, "Lý Thị Ngọc", "Công chức Văn phòng - Thống kê", 35),
                new(5, "Tổ chức đối thoại của Chủ tịch UBND phường với Nhân dân", "cuộc", Up, 0, 2, "Hoàng Văn Minh", "Chủ tịch UBND phường", 50),
            ]),
        new("SGDDT", PlanStatus.Returned, "1320/KH-SGDĐT",
            "Kế hoạch triển khai phong trào thi đua của ngành Giáo dục và Đào tạo trong năm học 2025 - 2026.",
            new("vanthu.sogddt", "Trần Thị Thu"), new("giamdoc.sogddt", "Lộc Văn Thành"),
            "Đề nghị bổ sung chỉ tiêu về tiến độ Dự án trường phổ thông nội trú liên cấp tại các xã biên giới và ghi rõ người chịu trách nhiệm của từng chỉ tiêu.",
            [
                new(2, "Tỷ lệ học sinh tốt nghiệp trung học phổ thông", "%", Up, 96.5m, 98, "Hoàng Văn Đức", "Trưởng phòng Giáo dục trung học", 200),
                new(4, "Tỷ lệ hồ sơ tuyển sinh đầu cấp nộp trực tuyến", "%", Up, 60, 90, "Nguyễn Thị Lan", "Chuyên viên", 150),
            ]),
        new("06040", PlanStatus.Submitted, "38/KH-UBND",
            "Kế hoạch triển khai phong trào thi đua trên địa bàn xã Thất Khê.",
            new("vanphong.thatkhe", "Đàm Thị Hoa"), new("chutich.thatkhe", "Chu Văn Hải"), null,
            [
                new(1, "Tiến độ giải phóng mặt bằng các dự án trên địa bàn xã", "%", Up, 60, 100, "Chu Văn Hải", "Chủ tịch UBND xã", 90),
                new(5, "Bảo đảm an ninh, trật tự trên địa bàn trong thời gian diễn ra Đại hội XIV", null, Up, null, null, "Trưởng Công an xã", "Trưởng Công an xã", 20),
                new(2, "Tỷ lệ hộ nghèo", "%", Down, 8.5m, 6, "Đàm Thị Hoa", "Công chức Văn hóa - Xã hội", 180),
            ]),
        new("STC", PlanStatus.AmendmentRequested, "186/KH-STC",
            "Kế hoạch triển khai phong trào thi đua của Sở Tài chính: thu ngân sách, giải ngân vốn đầu tư công "
            + "và cải cách thủ tục hành chính trong lĩnh vực tài chính, đầu tư.",
            new("vanthu.stc", "Hoàng Thu Trang"), new("giamdoc.stc", "Nông Văn Tuấn"),
            "UBND tỉnh giao bổ sung chỉ tiêu giải ngân vốn đầu tư công các dự án trọng điểm đến hết năm 2025; "
            + "đề nghị nâng mục tiêu thu ngân sách lên 125% dự toán và thêm chỉ tiêu giải ngân.",
            [
                new(1, "Thu ngân sách nhà nước trên địa bàn tỉnh so với dự toán", "%", Up, 100, 120, "Lương Văn Hòa",
                    "Phó Giám đốc Sở", 75),
                new(1, "Tỷ lệ giải ngân vốn đầu tư công các dự án trọng điểm", "%", Up, 45, 95, "Đinh Thị Lan",
                    "Trưởng phòng Quản lý đầu tư", 75),
                new(4, "Tỷ lệ hồ sơ đăng ký doanh nghiệp nộp trực tuyến", "%", Up, 85, 100, "Hoàng Thu Trang",
                    "Chuyên viên Văn phòng Sở", 60),
            ]),
    ];
}
