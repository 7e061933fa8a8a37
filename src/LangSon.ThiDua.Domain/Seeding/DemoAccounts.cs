namespace LangSon.ThiDua.Domain.Seeding;

/// <summary>The demo accounts of DESIGN §5 (demo mode and the data generator only; never in production).</summary>
public static class DemoAccounts
{
    public const string Password = "LangSon@2025";

    public static IReadOnlyList<(string UserName, string FullName, string Position, string Role, string? UnitCode)> All { get; } =
    [
        ("admin", "Nguyễn Văn Quản", "Chuyên viên Công nghệ thông tin", Roles.Admin, "SNV"),
        ("noivu", "Hoàng Thị Thu Hà", "Chuyên viên Ban Thi đua - Khen thưởng", Roles.NoiVu, "SNV"),
        ("hoidong1", "Lương Văn Bình", "Chủ tịch Hội đồng", Roles.CouncilMember, null),
        ("hoidong2", "Vi Thị Hồng", "Phó Chủ tịch Hội đồng", Roles.CouncilMember, null),
        ("hoidong3", "Hoàng Văn Sơn", "Ủy viên Hội đồng", Roles.CouncilMember, null),
        ("hoidong4", "Nông Thị Lan", "Ủy viên Hội đồng", Roles.CouncilMember, null),
        ("hoidong5", "Lăng Văn Tuấn", "Ủy viên Hội đồng", Roles.CouncilMember, null),
        ("hoidong6", "Chu Thị Mai", "Ủy viên Hội đồng", Roles.CouncilMember, null),
        ("hoidong7", "Đinh Công Thành", "Ủy viên Hội đồng", Roles.CouncilMember, null),
        ("hoidong8", "Triệu Thị Hằng", "Ủy viên Hội đồng", Roles.CouncilMember, null),
        ("hoidong9", "Lộc Văn Hùng", "Ủy viên thư ký Hội đồng", Roles.CouncilMember, null),
        ("truongdonvi.soyte", "Phạm Quốc Khánh", "Giám đốc Sở Y tế", Roles.UnitHead, "SYT"),
        ("canbo.soyte", "Nguyễn Thị Hương", "Chuyên viên Văn phòng Sở", Roles.UnitStaff, "SYT"),
        ("truongdonvi.tamthanh", "Hoàng Văn Minh", "Chủ tịch UBND phường", Roles.UnitHead, "05986"),
        ("canbo.tamthanh", "Lý Thị Ngọc", "Công chức Văn phòng - Thống kê", Roles.UnitStaff, "05986"),
        ("mttq", "Đàm Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", Roles.Observer, "MTTQ"),
    ];

    /// <summary>
    /// The heads who sign the demo units' documents (unit settings): Sở Nội vụ's Director signs the year-end report;
    /// UBND xã Thất Khê is left without one, so that the print page's warning can be seen.
    /// </summary>
    public static IReadOnlyList<(string UnitCode, string HeadName, string HeadTitle)> UnitHeads { get; } =
    [
        ("SNV", "Lương Thị Thu Trang", "Giám đốc"),
        ("SYT", "Phạm Quốc Khánh", "Giám đốc"),
        ("05986", "Hoàng Văn Minh", "Chủ tịch"),
    ];
}
