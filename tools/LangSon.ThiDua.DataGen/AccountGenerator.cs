using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Domain.Text;
using Microsoft.AspNetCore.Identity;

namespace LangSon.ThiDua.DataGen;

/// <summary>
/// The six roles, the demo accounts of DESIGN §5 and the heads and staff of every unit, all with the demo password.
/// Rows are built directly (not through UserManager): the password is hashed once and the hash reused, because hashing
/// thousands of times would take minutes. Ids and stamps come from the seeded generator.
/// </summary>
internal static class AccountGenerator
{
    public const string Password = DemoAccounts.Password;

    /// <summary>The demo accounts, as the portal's IdentitySeeder creates them in demo mode (keep the two lists alike).</summary>

    /// <summary>Roles and accounts to insert, in order; fills <see cref="Province.People"/> and the reviewer.</summary>
    public static (List<IdentityRole> Roles, List<object> Rows) Generate(Random random, Province province, int unitUsers, DateOnly createdOn)
    {
        var roles = Roles.All.Select(name => new IdentityRole(name)
        {
            Id = Clock.Guid(random),
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = Clock.Guid(random),
        }).ToList();
        var roleIds = roles.ToDictionary(r => r.Name!, r => r.Id);
        var passwordHash = new PasswordHasher<AppUser>().HashPassword(null!, Password);
        var createdAt = Clock.OfficeHoursUtc(createdOn, random);
        var unitIds = province.Units.ToDictionary(u => u.Code, u => u.Id);
        var userNames = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<object>();

        Person Add(string userName, string fullName, string? position, string role, int? unitId)
        {
            userNames.Add(userName);
            var user = new AppUser
            {
                Id = Clock.Guid(random),
                UserName = userName,
                NormalizedUserName = userName.ToUpperInvariant(),
                Email = $"{userName}@langson.gov.vn",
                NormalizedEmail = $"{userName}@langson.gov.vn".ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = passwordHash,
                SecurityStamp = Clock.Guid(random),
                ConcurrencyStamp = Clock.Guid(random),
                LockoutEnabled = true,
                FullName = fullName,
                Position = position,
                UnitId = unitId,
                CreatedAtUtc = createdAt,
            };
            rows.Add(user);
            rows.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[role] });
            var person = new Person(user.Id, userName, fullName, position);
            if (unitId is { } id && role is Roles.UnitHead or Roles.UnitStaff)
            {
                var people = province.PeopleOf(id);
                if (role == Roles.UnitHead)
                {
                    people.Head ??= person;
                }
                else
                {
                    people.Staff.Add(person);
                }
            }

            return person;
        }

        foreach (var (userName, fullName, position, role, unitCode) in DemoAccounts.All)
        {
            var person = Add(userName, fullName, position, role, unitCode is null ? null : unitIds[unitCode]);
            if (role == Roles.NoiVu)
            {
                province.Reviewer = person;
            }
            else if (role == Roles.CouncilMember)
            {
                province.Council.Add(person);
            }
        }

        var units = province.Units;
        var heads = Math.Min(units.Count, unitUsers);
        // Every unit gets half the average staff; the other half goes to units at random, so unit sizes vary.
        var staff = unitUsers - heads;
        var floor = units.Count == 0 ? 0 : staff / units.Count / 2;
        var staffPerUnit = Enumerable.Repeat(floor, units.Count).ToArray();
        for (var i = floor * units.Count; i < staff; i++)
        {
            staffPerUnit[random.Next(units.Count)]++;
        }

        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            var code = TextFolding.Fold(unit.Code).Replace(" ", string.Empty, StringComparison.Ordinal);
            if (u < heads)
            {
                var (fullName, _) = VietnameseNames.Person(random);
                Add(UniqueName($"thutruong.{code}"), fullName, HeadPosition(unit), Roles.UnitHead, unit.Id);
            }

            for (var s = 0; s < staffPerUnit[u]; s++)
            {
                var (fullName, _) = VietnameseNames.Person(random);
                Add(UniqueName($"{Initials(fullName)}.{code}"), fullName, VietnameseNames.Pick(random, VietnameseNames.StaffPositions), Roles.UnitStaff, unit.Id);
            }
        }

        return (roles, rows);

        string UniqueName(string name)
        {
            var candidate = name;
            for (var n = 2; userNames.Contains(candidate); n++)
            {
                candidate = $"{name}{n}";
            }

            return candidate;
        }
    }

    /// <summary>"Hoàng Thị Mai" → "maiht".</summary>
    internal static string Initials(string fullName)
    {
        var parts = TextFolding.Fold(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts[^1] + string.Concat(parts[..^1].Select(p => p[0]));
    }

    private static string HeadPosition(Unit unit) => unit.Kind switch
    {
        UnitKind.Commune => "Chủ tịch UBND xã",
        UnitKind.Ward => "Chủ tịch UBND phường",
        UnitKind.ProvincialAgency => unit.Name.StartsWith("Sở", StringComparison.Ordinal) ? "Giám đốc Sở" : "Thủ trưởng cơ quan",
        UnitKind.MassOrganisation => "Chủ tịch",
        UnitKind.Press => "Tổng Biên tập",
        _ => unit.Name.StartsWith("Trường", StringComparison.Ordinal) ? "Hiệu trưởng" : "Giám đốc Trung tâm",
    };
}
