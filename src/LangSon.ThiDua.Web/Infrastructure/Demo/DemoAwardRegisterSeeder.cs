using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only: the sổ khen thưởng of the five years before the movement (2020–2024) for the demo units, as if
/// imported from the paper register: every year each unit's Giấy khen (people and a collective), the Chairman's
/// Bằng khen of the province, now and then the Prime Minister's. The same people come back year after year, three
/// moved to another unit (their history follows them by name and date of birth), and the oldest lines of a few lack
/// the date of birth, so the register shows "có thể là cùng người" for Sở Nội vụ to confirm; two pairs were already
/// decided by Sở Nội vụ, one confirmed and one split (<see cref="DemoIdentityPairs"/>). Deterministic (no random,
/// no clock) and idempotent: nothing is added once the first province decision is in the register.
/// </summary>
internal static class DemoAwardRegisterSeeder
{
    public const int FirstYear = 2020;
    public const int LastYear = 2024;
    private const string FirstProvinceDecision = "2700/QĐ-UBND";

    private sealed record Person(string Name, DateOnly Born, Gender Gender, string Position);

    /// <summary>The units, their people (the index of the year a mover arrives, or 0) and their collectives.</summary>
    private sealed record Staff(string UnitCode, string Abbreviation, Person[] People, string[] Collectives);

    private static readonly string[] Families =
        ["Nguyễn", "Hoàng", "Lương", "Vi", "Nông", "Lộc", "Hà", "Đinh", "Triệu", "Chu", "Bế", "Lăng", "Mã", "Trần"];

    private static readonly string[] MaleNames =
        ["Văn Dũng", "Đức Thắng", "Văn Quân", "Minh Tuấn", "Văn Hải", "Quốc Huy", "Văn Sơn", "Đình Phong"];

    private static readonly string[] FemaleNames =
        ["Thị Hạnh", "Thu Hương", "Thị Lan", "Thanh Mai", "Thị Ngọc", "Thu Thảo", "Thị Yến", "Kim Oanh"];

    private static readonly string[] Positions =
        ["Chuyên viên", "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên chính", "Kế toán", "Văn thư"];

    private static readonly (string Code, string Abbreviation, string[] Collectives)[] Units =
    [
        ("SYT", "SYT", ["Phòng Nghiệp vụ Y", "Văn phòng Sở Y tế"]),
        ("05986", "UBND", ["Văn phòng HĐND và UBND phường Tam Thanh", "Phòng Kinh tế phường Tam Thanh"]),
        ("STC", "STC", ["Phòng Quản lý ngân sách", "Văn phòng Sở Tài chính"]),
        ("SXD", "SXD", ["Phòng Quản lý xây dựng", "Văn phòng Sở Xây dựng"]),
        ("SNNMT", "SNNMT", ["Chi cục Thủy lợi", "Phòng Quản lý đất đai"]),
        ("SGDDT", "SGDDT", ["Phòng Giáo dục Trung học", "Văn phòng Sở Giáo dục và Đào tạo"]),
    ];

    /// <summary>People who moved: their earlier years in the first unit, from <c>Year</c> on in the second.</summary>
    private static readonly (Person Person, string From, string To, int Year)[] Movers =
    [
        (new("Hoàng Đức Thắng", new(1978, 4, 12), Gender.Male, "Phó Trưởng phòng"), "SXD", "SYT", 2023),
        (new("Lương Thị Hạnh", new(1983, 9, 2), Gender.Female, "Trưởng phòng"), "STC", "05986", 2022),
        (new("Vi Văn Hải", new(1975, 1, 20), Gender.Male, "Chuyên viên chính"), "SNNMT", "SGDDT", 2024),
    ];

    /// <param name="shiftYears">
    /// Whole years the demo calendar moved the campaign (<see cref="DemoCalendar.ShiftYears"/>): every year of the
    /// register moves by as many, so that the history stays before the demo's campaign.
    /// </param>
    public static async Task SeedAsync(AppDbContext db, int shiftYears = 0, CancellationToken ct = default)
    {
        if (await db.AwardRecords.AnyAsync(r => r.DecisionNumber == FirstProvinceDecision, ct))
        {
            return;
        }

        var units = await db.Units.AsNoTracking().Where(u => Units.Select(x => x.Code).Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, ct);
        var forms = await db.AwardForms.AsNoTracking().ToDictionaryAsync(f => f.Code, ct);
        if (units.Count == 0 || !forms.TryGetValue(AwardFormSeed.GiayKhen, out var giayKhen)
            || !forms.TryGetValue(AwardFormSeed.BangKhenTinh, out var bangKhen)
            || !forms.TryGetValue(AwardFormSeed.BangKhenThuTuong, out var thuTuong))
        {
            return;
        }

        var records = new List<AwardRecord>();
        for (var u = 0; u < Units.Length; u++)
        {
            var (code, abbreviation, collectives) = Units[u];
            if (!units.TryGetValue(code, out var unit))
            {
                continue;
            }

            var people = PeopleOf(u);
            for (var year = FirstYear + shiftYears; year <= LastYear + shiftYears; year++)
            {
                var y = year - FirstYear - shiftYears;
                var present = people
                    .Concat(Movers.Where(m => m.From == code ? year < m.Year : m.To == code && year >= m.Year)
                        .Select(m => m.Person))
                    .ToList();
                var unitDecision = new AwardRecordDecision($"{15 + (u * 7) + y}/QĐ-{abbreviation}",
                    new DateOnly(year, 12, 20), AwardRegisterEntry.IssuerFor(giayKhen, unit.Name));
                var province = new AwardRecordDecision($"{2700 + (y * 13)}/QĐ-UBND", new DateOnly(year, 12, 28),
                    "Chủ tịch UBND tỉnh Lạng Sơn");

                // Giấy khen: six people of the year (a rotating choice) and one collective.
                for (var i = 0; i < 6; i++)
                {
                    var person = present[((y * 3) + i) % present.Count];
                    records.Add(Individual(person, unit, giayKhen, unitDecision,
                        withBirth: !(year == FirstYear && i < 2)));
                }

                records.Add(AwardRecord.Imported(NomineeKind.Collective, collectives[y % 2], unit.Name, unit.Id,
                    giayKhen, unitDecision));

                // The Chairman's Bằng khen: two people and, every other year, a collective.
                for (var i = 0; i < 2; i++)
                {
                    records.Add(Individual(present[((y * 5) + (i * 4) + u) % present.Count], unit,
                        bangKhen, province, withBirth: true));
                }

                if ((y + u) % 2 == 0)
                {
                    records.Add(AwardRecord.Imported(NomineeKind.Collective, collectives[(y + 1) % 2], unit.Name,
                        unit.Id, bangKhen, province));
                }

                // The Prime Minister's Bằng khen, once in the five years for each unit.
                if (y == (u + 2) % 5)
                {
                    var primeMinister = new AwardRecordDecision($"{1800 + (y * 29)}/QĐ-TTg",
                        new DateOnly(year + 1, 3, 10), "Thủ tướng Chính phủ");
                    records.Add(Individual(present[0], unit, thuTuong, primeMinister,
                        withBirth: true));
                }
            }
        }

        records.AddRange(NomineeLines(units, forms, LastYear + 1 + shiftYears));
        var pairs = DemoIdentityPairs.Build(units, giayKhen, bangKhen, shiftYears);
        db.AwardRecords.AddRange(records);
        db.AwardRecords.AddRange(pairs.Lines);
        await db.SaveChangesAsync(ct);
        db.AwardRecipientLinks.AddRange(pairs.Links());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The earlier awards of the demo's nominees (<see cref="DemoNomineeHistory"/>), before the review year.</summary>
    private static IEnumerable<AwardRecord> NomineeLines(
        Dictionary<string, Unit> units, Dictionary<string, AwardForm> forms, int reviewYear) =>
        from nominee in DemoNomineeHistory.Nominees
        where units.ContainsKey(nominee.UnitCode)
        from award in nominee.Awards
        let unit = units[nominee.UnitCode]
        let form = forms[award.FormCode]
        let year = reviewYear - award.YearsBefore
        let decision = form.Code == AwardFormSeed.GiayKhen
            ? new AwardRecordDecision($"{40 + award.YearsBefore}/QĐ-{nominee.UnitCode}", new DateOnly(year, 12, 22),
                AwardRegisterEntry.IssuerFor(form, unit.Name))
            : new AwardRecordDecision($"{2690 + award.YearsBefore}/QĐ-UBND", new DateOnly(year, 12, 29),
                "Chủ tịch UBND tỉnh Lạng Sơn")
        select Individual(new Person(nominee.Name, nominee.Born, nominee.Gender, nominee.Position), unit, form,
            decision, withBirth: true);

    /// <summary>Nine people of a unit, named and born deterministically from its position in the list.</summary>
    private static List<Person> PeopleOf(int unitIndex) =>
        Enumerable.Range(0, 9).Select(i =>
        {
            var male = (i + unitIndex) % 2 == 0;
            var given = male ? MaleNames[((unitIndex * 3) + i) % MaleNames.Length]
                : FemaleNames[((unitIndex * 5) + i) % FemaleNames.Length];
            var name = $"{Families[((unitIndex * 4) + (i * 3)) % Families.Length]} {given}";
            var born = new DateOnly(1968 + ((unitIndex * 5) + (i * 3)) % 27, 1 + ((i * 5) + unitIndex) % 12,
                1 + ((i * 11) + (unitIndex * 7)) % 28);
            return new Person(
                name, born, male ? Gender.Male : Gender.Female, Positions[(i + unitIndex) % Positions.Length]);
        }).ToList();

    /// <summary>An individual's line; the paper register's oldest lines sometimes lack the date of birth.</summary>
    private static AwardRecord Individual(
        Person person, Unit unit, AwardForm form, AwardRecordDecision decision, bool withBirth) =>
        AwardRecord.Imported(NomineeKind.Individual, person.Name, unit.Name, unit.Id, form, decision,
            withBirth ? person.Born : null, person.Gender, person.Position);
}
