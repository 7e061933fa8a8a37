using Microsoft.VisualBasic.FileIO;

namespace LangSon.ThiDua.Domain.Seeding;

/// <summary>One unit as read from the seed CSV files (see shared seed README for their sources).</summary>
public sealed record UnitSeedRow(string Code, string Name, UnitKind Kind, string GroupName, string? FormerDistrict, string? FormedFrom, string? Note);

/// <summary>Reads Lạng Sơn's provincial agencies and its 65 commune-level units from the embedded seed files.</summary>
public static class UnitSeed
{
    public const string CommuneGroupPrefix = "Cụm thi đua khu vực ";

    public static IReadOnlyList<UnitSeedRow> Agencies() =>
        ReadCsv("lang-son-agencies-2025.csv")
            .Select(r => new UnitSeedRow(r["code"], r["name"], AgencyKind(r["kind"]), r["emulation_group"], null, null, Blank(r["note"])))
            .ToList();

    public static IReadOnlyList<UnitSeedRow> Communes() =>
        ReadCsv("lang-son-communes-2025.csv")
            .Select(r =>
            {
                var isWard = r["kind"] == "phường";
                var place = r["name"][(r["name"].IndexOf(' ', StringComparison.Ordinal) + 1)..];
                var district = r["former_district"];
                return new UnitSeedRow(
                    r["code"],
                    (isWard ? "UBND phường " : "UBND xã ") + place,
                    isWard ? UnitKind.Ward : UnitKind.Commune,
                    CommuneGroupPrefix + FirstDistrict(district),
                    district,
                    Blank(r["merged_from"]),
                    null);
            })
            .ToList();

    /// <summary>Communes spread over two former districts join the cụm of the first one listed.</summary>
    private static string FirstDistrict(string formerDistricts)
    {
        var first = formerDistricts.Split('+', StringSplitOptions.TrimEntries)[0];
        return first.StartsWith("Huyện ", StringComparison.Ordinal)
            ? "huyện " + first["Huyện ".Length..] + " (cũ)"
            : first.StartsWith("Thành phố ", StringComparison.Ordinal)
                ? "thành phố " + first["Thành phố ".Length..] + " (cũ)"
                : first;
    }

    private static UnitKind AgencyKind(string kind) => kind switch
    {
        "sở" or "ban" or "cơ quan chuyên môn" => UnitKind.ProvincialAgency,
        "mặt trận - đoàn thể" => UnitKind.MassOrganisation,
        "cơ quan báo chí" => UnitKind.Press,
        _ => UnitKind.Other,
    };

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<Dictionary<string, string>> ReadCsv(string name)
    {
        using var stream = typeof(UnitSeed).Assembly.GetManifestResourceStream("seed/" + name)
            ?? throw new InvalidOperationException($"Seed file {name} is not embedded.");
        using var parser = new TextFieldParser(stream) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? [];
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields() ?? [];
            rows.Add(header.Select((h, i) => (h, v: i < fields.Length ? fields[i] : string.Empty))
                .ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal));
        }

        return rows;
    }

}
