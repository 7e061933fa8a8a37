using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.UnitTests;

/// <summary>History rules of an award form evaluated against the register, at every boundary.</summary>
public sealed class AwardEligibilityTests
{
    private const int ReviewYear = 2025;
    private const int UnitId = 7;
    private const string Name = "Hoàng Thị Mai";
    private static readonly DateOnly Born = new(1976, 5, 14);

    private readonly AwardForm province;
    private readonly AwardForm primeMinister;
    private readonly Dictionary<int, string> names;
    private int lines;

    public AwardEligibilityTests()
    {
        var forms = AwardFormSeed.Create().ToDictionary(f => f.Code);
        province = forms[AwardFormSeed.BangKhenTinh];
        province.Id = 2;
        primeMinister = forms[AwardFormSeed.BangKhenThuTuong];
        primeMinister.Id = 3;
        names = new() { [2] = province.Name, [3] = primeMinister.Name };
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void An_earlier_award_counts_up_to_exactly_the_window_of_years(int yearsBefore, bool met)
    {
        var rule = Earlier(within: 3);
        var line = Line(province, ReviewYear - yearsBefore);

        var outcome = Assert.Single(Evaluate([rule], [line]).Outcomes);

        Assert.Equal(met, outcome.Met);
        Assert.Equal(met ? [line] : [], outcome.Records);
    }

    [Fact]
    public void Without_a_window_any_earlier_award_counts_and_is_listed()
    {
        var old = Line(province, 2012);

        var verdict = Evaluate([Earlier(within: null)], [old, Line(primeMinister, 2020)]);

        Assert.True(verdict.IsEligible);
        Assert.Equal("Đủ điều kiện", verdict.Summary);
        Assert.Equal([old], verdict.Outcomes[0].Records);
    }

    [Fact]
    public void A_revoked_award_does_not_count()
    {
        var revoked = Line(province, 2022);
        revoked.Revoke(new DateOnly(2023, 6, 1), "Kê khai thành tích không trung thực.");

        var verdict = Evaluate([Earlier(within: null)], [revoked]);

        Assert.False(verdict.IsEligible);
        Assert.Equal($"Thiếu: Đã được tặng {province.Name} trước đó", verdict.Summary);
    }

    [Fact]
    public void A_line_without_date_of_birth_does_not_count_but_is_mentioned()
    {
        var undated = Line(province, 2021, born: null);

        var verdict = Evaluate([Earlier(within: null)], [undated]);

        Assert.False(verdict.IsEligible);
        Assert.Empty(verdict.Outcomes[0].Records);
        Assert.Equal([undated], verdict.Unconfirmed);
    }

    [Fact]
    public void A_nominee_declared_without_date_of_birth_has_no_confirmed_line()
    {
        var dated = Line(province, 2021);

        var verdict = Evaluate([Earlier(within: null)], [dated], withBirth: false);

        Assert.False(verdict.IsEligible);
        Assert.Equal([dated], verdict.Unconfirmed);
    }

    [Fact]
    public void A_line_without_date_of_birth_counts_once_So_Noi_vu_confirms_it_as_the_nominees()
    {
        var (dated, undated) = (Line(province, 2019), Line(province, 2022, born: null));
        var link = AwardRecipientLink.Decide(dated, undated, samePerson: true, "noivu", DateTime.UtcNow);

        var verdict = Evaluate([Earlier(within: 3)], [dated, undated], links: [link]);

        Assert.True(verdict.IsEligible);
        Assert.Equal([undated], verdict.Outcomes[0].Records);
        Assert.Empty(verdict.Unconfirmed);
    }

    [Fact]
    public void A_line_So_Noi_vu_split_off_is_neither_counted_nor_mentioned()
    {
        var (dated, undated) = (Line(province, 2019), Line(province, 2022, born: null));
        var link = AwardRecipientLink.Decide(dated, undated, samePerson: false, "noivu", DateTime.UtcNow);

        var verdict = Evaluate([Earlier(within: 3)], [dated, undated], links: [link]);

        Assert.False(verdict.IsEligible);
        Assert.Empty(verdict.Unconfirmed);
    }

    [Fact]
    public void A_revoked_line_still_joins_a_confirmed_line_to_the_nominee()
    {
        var (revoked, undated) = (Line(province, 2019), Line(province, 2022, born: null));
        var link = AwardRecipientLink.Decide(revoked, undated, samePerson: true, "noivu", DateTime.UtcNow);
        revoked.Revoke(new DateOnly(2020, 6, 1), "Kê khai thành tích không trung thực.");

        var verdict = Evaluate([Earlier(within: null)], [revoked, undated], links: [link]);

        Assert.Equal([undated], verdict.Outcomes[0].Records);
    }

    [Fact]
    public void A_namesake_born_on_another_day_is_neither_counted_nor_mentioned()
    {
        var verdict = Evaluate([Earlier(within: null)], [Line(province, 2021, born: Born.AddDays(1))]);

        Assert.False(verdict.IsEligible);
        Assert.Empty(verdict.Unconfirmed);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(4, false)]
    public void Consecutive_excellent_years_are_met_from_exactly_the_required_number(int years, bool met)
    {
        var ratings = Enumerable.Range(0, years).ToDictionary(i => ReviewYear - i, _ => TaskRating.Excellent);
        ratings[ReviewYear - years] = TaskRating.Good;

        var outcome = Assert.Single(Evaluate([Consecutive(5)], [], ratings: ratings).Outcomes);

        Assert.Equal(met, outcome.Met);
        Assert.Equal(met ? "5 năm liên tục hoàn thành xuất sắc nhiệm vụ trở lên"
            : "5 năm liên tục hoàn thành xuất sắc nhiệm vụ trở lên (hồ sơ khai 4 năm: 2022–2025)", outcome.Text);
    }

    [Fact]
    public void A_year_not_declared_breaks_the_run()
    {
        var ratings = new Dictionary<int, TaskRating>
        {
            [2025] = TaskRating.Excellent, [2024] = TaskRating.Excellent, [2022] = TaskRating.Excellent,
            [2021] = TaskRating.Excellent, [2020] = TaskRating.Excellent,
        };

        Assert.False(Evaluate([Consecutive(5)], [], ratings: ratings).IsEligible);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(4, false)]
    public void The_same_form_may_come_again_after_exactly_the_interval(int yearsBefore, bool met)
    {
        var last = Line(primeMinister, ReviewYear - yearsBefore);

        var outcome = Assert.Single(Evaluate([Interval(5)], [last]).Outcomes);

        Assert.Equal(met, outcome.Met);
        Assert.Equal([last], outcome.Records);
        Assert.Equal(!met, outcome.Text.Contains($"đã được tặng năm {ReviewYear - yearsBefore}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_nominations_own_line_in_the_register_does_not_count_against_the_interval()
    {
        var own = AwardRecord.FromNomination(Decided(), primeMinister, "Sở Y tế",
            new AwardRecordDecision("1/QĐ-TTg", new DateOnly(ReviewYear, 12, 30), "Thủ tướng Chính phủ"), null);

        Assert.True(Evaluate([Interval(5)], [own], nominationId: 42).IsEligible);
    }

    [Fact]
    public void A_collective_counts_its_own_units_lines_of_the_same_name_only()
    {
        var own = AwardRecord.Imported(NomineeKind.Collective, "Phòng Nghiệp vụ Y", "Sở Y tế", UnitId, province,
            Decision(2021));
        var other = AwardRecord.Imported(NomineeKind.Collective, "Phòng Nghiệp vụ Y", "Sở Tài chính", UnitId + 1,
            province, Decision(2022));
        var candidate = new EligibilityCandidate(1, NomineeKind.Collective, "phong nghiep vu y", null, UnitId,
            primeMinister.Id, ReviewYear, Excellent(5));

        var verdict = AwardEligibility.Evaluate(candidate, [Earlier(within: null)], [own, other], [], names);

        Assert.Equal([own], verdict.Outcomes[0].Records);
    }

    [Fact]
    public void The_summary_lists_every_missing_condition()
    {
        var verdict = Evaluate([Earlier(within: null), Consecutive(5)], [],
            ratings: new Dictionary<int, TaskRating> { [ReviewYear] = TaskRating.Good });

        Assert.Equal($"Thiếu: Đã được tặng {province.Name} trước đó; "
            + "5 năm liên tục hoàn thành xuất sắc nhiệm vụ trở lên (năm 2025 chưa đạt)", verdict.Summary);
    }

    private EligibilityVerdict Evaluate(
        IEnumerable<AwardEligibilityRule> rules, IEnumerable<AwardRecord> register,
        IReadOnlyDictionary<int, TaskRating>? ratings = null, bool withBirth = true, int nominationId = 1,
        IReadOnlyCollection<AwardRecipientLink>? links = null)
    {
        var candidate = new EligibilityCandidate(nominationId, NomineeKind.Individual, Name,
            withBirth ? Born : null, UnitId, primeMinister.Id, ReviewYear, ratings ?? Excellent(5));
        return AwardEligibility.Evaluate(candidate, rules, register, links ?? [], names);
    }

    private static Dictionary<int, TaskRating> Excellent(int years) =>
        Enumerable.Range(0, years).ToDictionary(i => ReviewYear - i, _ => TaskRating.Excellent);

    private AwardEligibilityRule Earlier(int? within) => new()
    {
        Kind = EligibilityRuleKind.EarlierAward, RequiredAwardFormId = province.Id, Years = within,
    };

    private static AwardEligibilityRule Consecutive(int years) => new()
    {
        Kind = EligibilityRuleKind.ConsecutiveRatings, Years = years, MinimumRating = TaskRating.Excellent,
    };

    private static AwardEligibilityRule Interval(int years) =>
        new() { Kind = EligibilityRuleKind.MinimumInterval, Years = years };

    private static AwardRecordDecision Decision(int year) => new($"{year}/QĐ", new(year, 12, 20), "Chủ tịch UBND tỉnh");

    private AwardRecord Line(AwardForm form, int year) => Line(form, year, Born);

    /// <summary>A register line with its own id, as the database gives it: identity follows ids.</summary>
    private AwardRecord Line(AwardForm form, int year, DateOnly? born)
    {
        var line = AwardRecord.Imported(NomineeKind.Individual, Name, "Sở Y tế", UnitId, form, Decision(year), born);
        line.Id = ++lines;
        return line;
    }

    private Nomination Decided()
    {
        var nomination = Nomination.Draft(1, UnitId, primeMinister, NomineeKind.Individual, Name, "Thành tích.",
            TaskRating.Excellent, new Actor("u", "U"), DateTime.UtcNow);
        nomination.Id = 42;
        typeof(Nomination).GetProperty(nameof(Nomination.Status))!.SetValue(nomination, NominationStatus.Decided);
        return nomination;
    }
}
