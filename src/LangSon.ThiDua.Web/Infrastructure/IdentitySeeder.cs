using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>Creates the six roles always, and the demo accounts of DESIGN §5 in demo mode only.</summary>
internal sealed class IdentitySeeder(
    RoleManager<IdentityRole> roles,
    UserManager<AppUser> users,
    AppDbContext db,
    TimeProvider time,
    ILogger<IdentitySeeder> logger)
{
    public const string DemoPassword = "LangSon@2025";

    private static readonly (string UserName, string FullName, string Position, string Role, string? UnitCode)[] DemoAccounts =
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

    public async Task SeedAsync(bool demoMode)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        if (!demoMode)
        {
            return;
        }

        var unitIds = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id);
        foreach (var (userName, fullName, position, role, unitCode) in DemoAccounts)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                UserName = userName,
                Email = $"{userName}@langson.gov.vn",
                EmailConfirmed = true,
                FullName = fullName,
                Position = position,
                UnitId = unitCode is null ? null : unitIds[unitCode],
                CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user, DemoPassword), userName);
            Check(await users.AddToRoleAsync(user, role), userName);
        }

        logger.LogInformation("Chế độ trình diễn: đã có {Count} tài khoản mẫu", DemoAccounts.Length);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
