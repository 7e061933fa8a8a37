using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.UnitTests;

/// <summary>A person's history: the same date of birth or Sở Nội vụ's confirmation, never a silent merge.</summary>
public sealed class AwardRecipientIdentityTests
{
    private static readonly DateOnly Born = new(1980, 3, 4);
    private static readonly DateTime Now = new(2025, 12, 20, 2, 0, 0, DateTimeKind.Utc);

    private readonly AwardForm form = AwardFormSeed.Create().Single(f => f.Code == AwardFormSeed.BangKhenTinh);

    [Fact]
    public void Without_a_decision_a_namesake_without_birth_is_possible_and_one_born_elsewhen_is_neither()
    {
        var (anchor, unknown, other) = (Line(1, Born), Line(2, null), Line(3, Born.AddYears(1)));

        var history = AwardRecipientIdentity.History(anchor, [anchor, unknown, other], []);

        Assert.Equal([1], history.Same);
        Assert.Equal([2], history.Possible);
    }

    [Fact]
    public void A_confirmed_line_joins_the_history_seen_from_either_line_and_brings_its_own_namesakes_in()
    {
        var (anchor, unknown, sameBirth) = (Line(1, Born), Line(2, null), Line(3, Born));
        var link = AwardRecipientLink.Decide(unknown, anchor, samePerson: true, "noivu", Now);

        Assert.Equal([1, 2, 3], AwardRecipientIdentity.History(anchor, [anchor, unknown, sameBirth], [link]).Same
            .Order());
        Assert.Equal([1, 2, 3], AwardRecipientIdentity.History(unknown, [anchor, unknown, sameBirth], [link]).Same
            .Order());
        Assert.Equal((1, 2), (link.FirstRecordId, link.SecondRecordId));
    }

    [Fact]
    public void A_split_line_is_neither_in_the_history_nor_possible()
    {
        var (anchor, unknown, another) = (Line(1, Born), Line(2, null), Line(3, null));
        var link = AwardRecipientLink.Decide(anchor, unknown, samePerson: false, "noivu", Now);

        var history = AwardRecipientIdentity.History(anchor, [anchor, unknown, another], [link]);

        Assert.Equal([1], history.Same);
        Assert.Equal([3], history.Possible);
    }

    [Fact]
    public void Confirming_is_refused_when_the_two_histories_hold_two_dates_of_birth_or_both_lines_have_one()
    {
        var (first, unknown, second) = (Line(1, Born), Line(2, null), Line(3, Born.AddDays(1)));
        var joined = AwardRecipientLink.Decide(first, unknown, samePerson: true, "noivu", Now);

        Assert.NotNull(AwardRecipientIdentity.ConfirmRefusal(unknown, second, [first, unknown, second], [joined]));
        Assert.NotNull(AwardRecipientLink.Refusal(first, second));
        Assert.Null(AwardRecipientIdentity.ConfirmRefusal(unknown, first, [first, unknown, second], []));
        Assert.Throws<DomainException>(() => AwardRecipientLink.Decide(first, first, true, "noivu", Now));
    }

    [Fact]
    public void A_nominee_is_the_lines_of_the_same_folded_name_and_birth_whichever_unit()
    {
        var (elsewhere, undated, otherDay) = (Line(1, Born, "Sở Tài chính"), Line(2, null), Line(3, Born.AddDays(1)));

        var history = AwardRecipientIdentity.History("hoang van mot", Born, [elsewhere, undated, otherDay], []);

        Assert.Equal([1], history.Same);
        Assert.Equal([2], history.Possible);
    }

    [Fact]
    public void A_nominee_without_date_of_birth_has_only_possible_lines()
    {
        var (dated, undated) = (Line(1, Born), Line(2, null));
        var link = AwardRecipientLink.Decide(dated, undated, samePerson: true, "noivu", Now);

        var history = AwardRecipientIdentity.History("hoang van mot", null, [dated, undated], [link]);

        Assert.Empty(history.Same);
        Assert.Equal([1, 2], history.Possible.Order());
    }

    [Fact]
    public void Another_name_or_a_collective_of_the_same_name_is_not_the_nominee()
    {
        var collective = AwardRecord.Imported(NomineeKind.Collective, "Hoàng Văn Một", "Sở Y tế", 1, form,
            new AwardRecordDecision("9/QĐ-UBND", new DateOnly(2022, 12, 1), "Chủ tịch UBND tỉnh"));
        collective.Id = 9;

        var history = AwardRecipientIdentity.History("hoang van mo", Born, [Line(1, Born), collective], []);
        var sameName = AwardRecipientIdentity.History("hoang van mot", Born, [collective], []);

        Assert.Empty(history.Same.Concat(history.Possible));
        Assert.Empty(sameName.Same.Concat(sameName.Possible));
    }

    private AwardRecord Line(int id, DateOnly? born, string unit = "Sở Y tế")
    {
        var record = AwardRecord.Imported(NomineeKind.Individual, "Hoàng Văn Một", unit, 1, form,
            new AwardRecordDecision($"{id}/QĐ-UBND", new DateOnly(2020 + id, 12, 1), "Chủ tịch UBND tỉnh"), born);
        record.Id = id;
        return record;
    }
}
