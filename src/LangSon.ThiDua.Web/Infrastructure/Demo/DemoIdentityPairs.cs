using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only: two identity decisions of Sở Nội vụ in the demo register, so that a person's history shows both
/// on a fresh demo. <b>Bế Thị Thanh Nga</b> moved from Sở Tài chính to Sở Y tế in 2022: her 2020 Giấy khen in Sở
/// Tài chính was written without a date of birth, and Sở Nội vụ confirmed it is her (an
/// <see cref="AwardRecipientLink"/>, same person), so it joins her history beside her Sở Y tế lines. <b>Mã Văn
/// Toàn</b> of Sở Xây dựng (born 05/03/1972) has a namesake without a date of birth in UBND phường Tam Thanh, whom Sở
/// Nội vụ kept apart (a link, not the same person): neither shows as "có thể là cùng người" of the other any more.
/// Deterministic: years move by the calendar's whole years, no clock, no random.
/// </summary>
internal sealed class DemoIdentityPairs
{
    public const string ConfirmedName = "Bế Thị Thanh Nga";
    public const string SplitName = "Mã Văn Toàn";
    public static readonly DateOnly ConfirmedBorn = new(1981, 7, 14);
    public static readonly DateOnly SplitBorn = new(1972, 3, 5);

    private readonly List<(AwardRecord One, AwardRecord Other, bool Same)> pairs = [];
    private int year;

    public List<AwardRecord> Lines { get; } = [];

    /// <summary>The lines of both pairs, for the units present; the links are made once the lines have ids.</summary>
    public static DemoIdentityPairs Build(
        IReadOnlyDictionary<string, Unit> units, AwardForm giayKhen, AwardForm bangKhen, int shiftYears)
    {
        var demo = new DemoIdentityPairs { year = 2025 + shiftYears };
        if (units.TryGetValue("STC", out var finance) && units.TryGetValue("SYT", out var health))
        {
            var before = demo.Add(ConfirmedName, null, finance, giayKhen, "61/QĐ-STC", 5, Gender.Female);
            var after = demo.Add(ConfirmedName, ConfirmedBorn, health, giayKhen, "62/QĐ-SYT", 3, Gender.Female);
            demo.Add(ConfirmedName, ConfirmedBorn, health, bangKhen, "2671/QĐ-UBND", 1, Gender.Female);
            demo.pairs.Add((before, after, true));
        }

        if (units.TryGetValue("SXD", out var building) && units.TryGetValue("05986", out var ward))
        {
            demo.Add(SplitName, SplitBorn, building, giayKhen, "63/QĐ-SXD", 4, Gender.Male);
            var own = demo.Add(SplitName, SplitBorn, building, bangKhen, "2672/QĐ-UBND", 2, Gender.Male);
            var namesake = demo.Add(SplitName, null, ward, giayKhen, "64/QĐ-UBND", 3, Gender.Male);
            demo.pairs.Add((own, namesake, false));
        }

        return demo;
    }

    /// <summary>Sở Nội vụ's decisions on the pairs, taken early in the review year.</summary>
    public IEnumerable<AwardRecipientLink> Links() =>
        pairs.Select(p => AwardRecipientLink.Decide(p.One, p.Other, p.Same, "noivu",
            new DateTime(year, 1, 15, 2, 0, 0, DateTimeKind.Utc)));

    private AwardRecord Add(
        string name, DateOnly? born, Unit unit, AwardForm form, string number, int yearsBefore, Gender gender)
    {
        var decision = new AwardRecordDecision(number, new DateOnly(year - yearsBefore, 12, 21),
            AwardRegisterEntry.IssuerFor(form, unit.Name));
        var line = AwardRecord.Imported(NomineeKind.Individual, name, unit.Name, unit.Id, form, decision, born,
            gender, "Chuyên viên");
        Lines.Add(line);
        return line;
    }
}
