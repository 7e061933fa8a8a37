using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.UnitTests;

/// <summary>Identity in the register: folded name + date of birth propose matches, never decide them.</summary>
public sealed class AwardRecipientMatchingTests
{
    private static readonly DateOnly Born = new(1980, 3, 4);

    private readonly AwardForm form = AwardFormSeed.Create().Single(f => f.Code == AwardFormSeed.BangKhenTinh);

    [Fact]
    public void The_same_person_without_diacritics_in_another_unit_is_a_likely_match()
    {
        var earlier = Person("Đinh Thị Lan", "Sở Y tế", Born, 2021);

        var match = Assert.Single(AwardRecipientMatching.LikelyMatches("DINH THI  LAN", Born, [earlier]));

        Assert.Equal((earlier, RecipientMatchStrength.Likely), (match.Record, match.Strength));
    }

    [Fact]
    public void The_same_name_born_on_another_day_is_someone_else()
    {
        var namesake = Person("Đinh Thị Lan", "Sở Y tế", Born.AddDays(1), 2021);

        Assert.Empty(AwardRecipientMatching.LikelyMatches("Đinh Thị Lan", Born, [namesake]));
    }

    [Fact]
    public void A_missing_date_of_birth_makes_only_a_possible_match_listed_after_likely_ones()
    {
        var undated = Person("Đinh Thị Lan", "Sở Tài chính", null, 2023);
        var dated = Person("Đinh Thị Lan", "Sở Y tế", Born, 2020);
        var collective = AwardRecord.Imported(NomineeKind.Collective, "Đinh Thị Lan", "Sở Y tế", 7, form, Decision(2022));

        var matches = AwardRecipientMatching.LikelyMatches("Đinh Thị Lan", Born, [undated, collective, dated]);

        Assert.Equal([(dated, RecipientMatchStrength.Likely), (undated, RecipientMatchStrength.Possible)], matches.Select(m => (m.Record, m.Strength)));
    }

    [Fact]
    public void A_different_name_does_not_match()
    {
        Assert.Empty(AwardRecipientMatching.LikelyMatches("Đinh Thị Lam", Born, [Person("Đinh Thị Lan", "Sở Y tế", Born, 2021)]));
    }

    private static AwardRecordDecision Decision(int year) => new($"{year}/QĐ-UBND", new(year, 12, 20), "Chủ tịch UBND tỉnh");

    private AwardRecord Person(string name, string unit, DateOnly? born, int year) =>
        AwardRecord.Imported(NomineeKind.Individual, name, unit, 7, form, Decision(year), born);
}
