using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.DataGen;

/// <summary>
/// Generated units beside the 88 real ones: UBND xã (in a cụm), schools and centres (in a khối or in the cụm of
/// their place), with unique codes and names. Every generated unit says so in its note.
/// </summary>
internal static class UnitGenerator
{
    public const string GeneratedNote = "Đơn vị giả lập do công cụ sinh dữ liệu (LangSon.ThiDua.DataGen) tạo để thử tải; không phải đơn vị thật.";

    private static readonly string[] SchoolKinds =
    [
        "Trường Mầm non", "Trường Tiểu học", "Trường Tiểu học", "Trường THCS", "Trường THCS", "Trường PTDTBT THCS",
        "Trường Tiểu học và THCS", "Trường THPT", "Trường PTDTNT THCS và THPT",
    ];

    private static readonly string[] CentreKinds =
    [
        "Trung tâm Y tế khu vực", "Trung tâm Văn hóa, Thể thao và Truyền thông", "Trung tâm Dịch vụ nông nghiệp",
        "Trung tâm Phục vụ hành chính công xã", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
        "Trung tâm Phát triển quỹ đất", "Trung tâm Dịch vụ việc làm",
    ];

    public static List<Unit> Generate(Random random, int count, IReadOnlyList<Unit> existing, IReadOnlyList<EmulationGroup> groups)
    {
        var codes = existing.Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = existing.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        var sectors = groups.Where(g => g.Kind == EmulationGroupKind.Sector).OrderBy(g => g.Id).ToList();
        var territories = groups.Where(g => g.Kind == EmulationGroupKind.Territory).OrderBy(g => g.Id).ToList();
        var places = existing.Where(u => u.IsCommuneLevel).OrderBy(u => u.Id).Select(u => (Place: PlaceOf(u.Name), u.EmulationGroupId)).ToList();
        var education = existing.FirstOrDefault(u => u.Code == "SGDDT")?.Id;
        var health = existing.FirstOrDefault(u => u.Code == "SYT")?.Id;
        var units = new List<Unit>(count);
        var sequence = 0;

        while (units.Count < count)
        {
            var roll = random.NextDouble();
            Unit unit;
            if (roll < 0.5 || places.Count == 0)
            {
                var place = UniquePlace(random, names);
                int? group = territories.Count == 0 ? null : VietnameseNames.Pick(random, territories).Id;
                unit = NewUnit($"UBND xã {place}", UnitKind.Commune, group);
                places.Add((place, group));
            }
            else
            {
                var (place, placeGroup) = VietnameseNames.Pick(random, places);
                var isSchool = roll < 0.8;
                var kind = VietnameseNames.Pick(random, isSchool ? SchoolKinds : CentreKinds);
                var name = Unique($"{kind} {place}", names);
                var group = random.Next(2) == 0 && sectors.Count > 0 ? VietnameseNames.Pick(random, sectors).Id : placeGroup;
                unit = NewUnit(name, UnitKind.Other, group);
                unit.ParentId = isSchool && kind.Contains("THPT", StringComparison.Ordinal) ? education
                    : kind.StartsWith("Trung tâm Y tế", StringComparison.Ordinal) ? health : null;
            }

            units.Add(unit);
        }

        return units;

        Unit NewUnit(string name, UnitKind kind, int? groupId)
        {
            names.Add(name);
            var prefix = kind == UnitKind.Commune ? "XG" : name.StartsWith("Trường", StringComparison.Ordinal) ? "TRG" : "TTG";
            string code;
            do
            {
                code = $"{prefix}{++sequence:00000}";
            }
            while (!codes.Add(code));

            return new Unit { Code = code, Name = name, Kind = kind, EmulationGroupId = groupId, Note = GeneratedNote };
        }
    }

    /// <summary>"UBND phường Tam Thanh" → "Tam Thanh".</summary>
    internal static string PlaceOf(string unitName)
    {
        foreach (var prefix in new[] { "UBND xã ", "UBND phường ", "Xã ", "Phường " })
        {
            if (unitName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return unitName[prefix.Length..];
            }
        }

        return unitName;
    }

    private static string UniquePlace(Random random, HashSet<string> names)
    {
        // Two syllables give some 1,500 names; when they run short, a third one as in "Hồng Phong Thượng".
        var place = VietnameseNames.Place(random);
        for (var attempt = 0; Taken(place); attempt++)
        {
            place = attempt < 50 ? VietnameseNames.Place(random) : $"{place} {VietnameseNames.Pick(random, VietnameseNames.PlaceSecond)}";
        }

        return place;

        bool Taken(string candidate) => names.Contains($"UBND xã {candidate}") || names.Contains($"UBND phường {candidate}");
    }

    /// <summary>"Trường Tiểu học Tân Thành", then "Trường Tiểu học Tân Thành số 2", "… số 3".</summary>
    private static string Unique(string name, HashSet<string> names)
    {
        var candidate = name;
        for (var number = 2; names.Contains(candidate); number++)
        {
            candidate = $"{name} số {number}";
        }

        return candidate;
    }
}
