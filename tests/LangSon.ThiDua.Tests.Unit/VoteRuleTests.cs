using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests;

/// <summary>Quorum and threshold arithmetic of the council's vote, at the edges.</summary>
public sealed class VoteRuleTests
{
    private static AwardForm Form(
        PassBase passBase = PassBase.Voters, decimal? quorum = VoteRule.DefaultQuorumPercent,
        decimal? pass = VoteRule.DefaultPassPercent) => new()
    {
        Code = "BANG-KHEN-CT-UBND",
        Name = "Bằng khen của Chủ tịch UBND tỉnh",
        RequiresCouncilVote = true,
        QuorumPercent = quorum,
        PassThresholdPercent = pass,
        PassBase = passBase,
        Eligibility = "Hoàn thành tốt nhiệm vụ năm 2025 trở lên.",
    };

    [Theory]
    [InlineData(9, 6)]
    [InlineData(10, 7)]
    [InlineData(12, 8)]
    [InlineData(15, 10)]
    [InlineData(3, 2)]
    public void Two_thirds_of_the_members_is_rounded_up_without_the_rounding_error_of_66_67(int members, int expected) =>
        Assert.Equal(expected, VoteRule.Required(members, VoteRule.DefaultQuorumPercent));

    [Theory]
    [InlineData(10, 7)]
    [InlineData(9, 7)]
    [InlineData(7, 5)]
    [InlineData(6, 5)]
    [InlineData(1, 1)]
    public void Seventy_percent_is_rounded_up_to_whole_members(int present, int expected) =>
        Assert.Equal(expected, VoteRule.Required(present, VoteRule.DefaultPassPercent));

    [Fact]
    public void No_one_is_required_of_nobody() => Assert.Equal(0, VoteRule.Required(0, 70m));

    [Fact]
    public void Exactly_seventy_percent_of_the_members_present_passes()
    {
        var outcome = VoteRule.Evaluate(Form(), members: 10, present: 10, agree: 7, disagree: 2, abstain: 1);

        Assert.True(outcome.QuorumMet);
        Assert.Equal(7, outcome.AgreeRequired);
        Assert.Equal(70m, outcome.AgreePercentOfBase);
        Assert.True(outcome.Passed);
    }

    [Fact]
    public void One_vote_short_of_seventy_percent_fails()
    {
        var outcome = VoteRule.Evaluate(Form(), members: 10, present: 10, agree: 6, disagree: 3, abstain: 1);

        Assert.True(outcome.QuorumMet);
        Assert.False(outcome.Passed);
        Assert.Equal(60m, outcome.AgreePercentOfBase);
    }

    [Fact]
    public void Seven_of_nine_present_passes_and_six_of_nine_fails()
    {
        Assert.True(VoteRule.Evaluate(Form(), 9, 9, 7, 2, 0).Passed);
        Assert.False(VoteRule.Evaluate(Form(), 9, 9, 6, 3, 0).Passed);
    }

    [Fact]
    public void Quorum_missed_fails_even_when_everyone_present_agrees()
    {
        var outcome = VoteRule.Evaluate(Form(), members: 9, present: 5, agree: 5, disagree: 0, abstain: 0);

        Assert.Equal(6, outcome.QuorumRequired);
        Assert.False(outcome.QuorumMet);
        Assert.False(outcome.Passed);
        Assert.Contains("không đủ số phiếu tối thiểu (6)", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Quorum_exactly_met_counts()
    {
        var outcome = VoteRule.Evaluate(Form(), members: 9, present: 6, agree: 5, disagree: 1, abstain: 0);

        Assert.True(outcome.QuorumMet);
        Assert.Equal(5, outcome.AgreeRequired);
        Assert.True(outcome.Passed);
    }

    [Fact]
    public void With_the_base_of_all_members_the_absent_count_against()
    {
        var present = VoteRule.Evaluate(Form(PassBase.Voters),
            members: 10, present: 8, agree: 6, disagree: 2, abstain: 0);
        var all = VoteRule.Evaluate(Form(PassBase.AllMembers), members: 10, present: 8, agree: 6, disagree: 2, abstain: 0);

        Assert.Equal((8, 6, true), (present.PassBaseCount, present.AgreeRequired, present.Passed));
        Assert.Equal((10, 7, false), (all.PassBaseCount, all.AgreeRequired, all.Passed));
        Assert.True(VoteRule.Evaluate(Form(PassBase.AllMembers), 10, 8, 7, 1, 0).Passed);
    }

    [Fact]
    public void A_form_without_thresholds_uses_the_defaults()
    {
        var outcome = VoteRule.Evaluate(Form(quorum: null, pass: null), members: 12, present: 8, agree: 6, disagree: 2, abstain: 0);

        Assert.Equal((8, 6), (outcome.QuorumRequired, outcome.AgreeRequired));
        Assert.True(outcome.Passed);
    }

    [Fact]
    public void No_agree_vote_never_passes_even_with_a_zero_threshold()
    {
        var outcome = VoteRule.Evaluate(Form(pass: 0m), members: 9, present: 9, agree: 0, disagree: 0, abstain: 9);

        Assert.Equal(1, outcome.AgreeRequired);
        Assert.False(outcome.Passed);
    }

    [Fact]
    public void The_summary_holds_counts_only()
    {
        var outcome = VoteRule.Evaluate(Form(), members: 9, present: 8, agree: 6, disagree: 1, abstain: 1);

        Assert.Equal("Thành viên 9, có mặt 8, phiếu thu về 8; đồng ý 6, không đồng ý 1, không biểu quyết 1; " +
            "cần 6 phiếu đồng ý.", outcome.Summary);
    }

    [Fact]
    public void On_the_whole_membership_seven_agree_of_nine_pass_and_six_fail()
    {
        var atThreshold = VoteRule.Evaluate(Form(PassBase.AllMembers),
            members: 9, present: 7, agree: 7, disagree: 0, abstain: 0);
        var oneBelow = VoteRule.Evaluate(Form(PassBase.AllMembers),
            members: 9, present: 7, agree: 6, disagree: 1, abstain: 0);

        Assert.Equal((9, 7, true), (atThreshold.PassBaseCount, atThreshold.AgreeRequired, atThreshold.Passed));
        Assert.Equal((9, 7, false), (oneBelow.PassBaseCount, oneBelow.AgreeRequired, oneBelow.Passed));
        Assert.Equal(66.67m, oneBelow.AgreePercentOfBase);
    }

    [Fact]
    public void Written_opinions_count_as_ballots_for_the_quorum_and_for_a_base_of_those_voting()
    {
        // Five present and one written opinion: six ballots of nine members, the quorum exactly.
        var outcome = VoteRule.Evaluate(Form(PassBase.Voters),
            members: 9, present: 5, agree: 5, disagree: 1, abstain: 0);

        Assert.Equal((6, 6, true), (outcome.Ballots, outcome.PassBaseCount, outcome.QuorumMet));
        Assert.Equal(5, outcome.AgreeRequired);
        Assert.True(outcome.Passed);
    }

    [Fact]
    public void Absent_members_who_send_nothing_count_against_on_the_whole_membership_only()
    {
        // Nine members, seven ballots that all agree, two absent and silent.
        var all = VoteRule.Evaluate(Form(PassBase.AllMembers),
            members: 9, present: 7, agree: 7, disagree: 0, abstain: 0);
        var voters = VoteRule.Evaluate(Form(PassBase.Voters),
            members: 9, present: 7, agree: 6, disagree: 1, abstain: 0);
        var allShort = VoteRule.Evaluate(Form(PassBase.AllMembers),
            members: 9, present: 7, agree: 6, disagree: 1, abstain: 0);

        Assert.Equal((2, true), (all.NotVoting, all.Passed));
        Assert.Equal((7, 5, true), (voters.PassBaseCount, voters.AgreeRequired, voters.Passed));
        Assert.False(allShort.Passed);
    }
}
