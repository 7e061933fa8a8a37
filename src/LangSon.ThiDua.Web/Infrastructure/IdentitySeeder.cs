using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Seeding;
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
    public const string DemoPassword = DemoAccounts.Password;

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
        foreach (var (userName, fullName, position, role, unitCode) in DemoAccounts.All)
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

        foreach (var (code, name, title) in DemoAccounts.UnitHeads)
        {
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == code);
            if (unit is { HeadName: null })
            {
                (unit.HeadName, unit.HeadTitle) = (name, title);
            }
        }

        await db.SaveChangesAsync();
        logger.LogInformation("Chế độ trình diễn: đã có {Count} tài khoản mẫu", DemoAccounts.All.Count);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
