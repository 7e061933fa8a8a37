using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests;

/// <summary>The khối/cụm's meeting after closing: votes, the proposals derived from the forms' rule, sending.</summary>
public sealed class EmulationProposalTests
{
    private const int Lead = 10;
    private const int Health = 11;
    private const int Culture = 12;
    private const int Finance = 13;
    private const int Outsider = 99;
    private const int Work = 1;
    private static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    private static readonly DateTime Now = new(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static readonly AwardForm Flag = new()
    {
        Id = 4, Code = "CO", Name = "Cờ thi đua của UBND tỉnh", Eligibility = "…", SortOrder = 2,
        NomineeKinds = NomineeKinds.Collective, GroupVotePercent = 70m, GroupQuota = 1,
    };

    private static readonly AwardForm Merit = new()
    {
        Id = 2, Code = "BK", Name = "Bằng khen của Chủ tịch UBND tỉnh", Eligibility = "…", SortOrder = 3,
        GroupVotePercent = 70m, GroupQuota = 2,
    };

    private static readonly AwardForm Certificate = new()
    {
        Id = 1, Code = "GK", Name = "Giấy khen", Eligibility = "…", SortOrder = 1,
    };

    private static readonly AwardForm[] Forms = [Certificate, Merit, Flag];

    /// <summary>Four members scored 90, 80, 70, 60 (lead, health, culture, finance); scoring closed.</summary>
    private static EmulationPact ClosedPact(bool close = true)
    {
        var campaign = new Campaign
        {
            Id = 1, Code = "TD", Title = "Phong trào", LegalBasis = "KH", StartDate = new DateOnly(2025, 10, 1),
        };
        campaign.ContentAreas.Add(new ContentArea { Id = 7, Number = 1, ShortTitle = "Kinh tế", FullText = "…" });
        var pact = EmulationPact.Draft(3, campaign, 2026, Lead, null, Head, Now);
        var section = pact.AddSection("Nhiệm vụ chính trị");
        pact.AddCriterion(section, new CriterionTerms("Hoàn thành chỉ tiêu", 100m, null, null)).Id = Work;
        PactMember[] members =
        [
            new(Lead, "Sở Dân tộc và Tôn giáo"), new(Health, "Sở Y tế"), new(Culture, "Sở VHTTDL"),
            new(Finance, "Sở Tài chính"),
        ];
        pact.OpenForSigning(members, Head, Now);
        foreach (var m in members)
        {
            pact.Sign(m.UnitId, Head, null, Now);
        }

        pact.OpenScoring(Now);
        decimal points = 90m;
        foreach (var m in members)
        {
            pact.SelfAssess(m.UnitId, [new(Work, null, points, null, null)]);
            pact.SubmitSheet(m.UnitId, Head, Now);
            points -= 10m;
        }

        if (close)
        {
            pact.CloseScoring(new Dictionary<int, int>(), null, Head, Now);
        }

        return pact;
    }

    private static MeetingRecord Meeting(int present, params UnitVote[] votes) =>
        new(Today, "Hội trường Sở Dân tộc và Tôn giáo", "Hoàng Văn Minh, Giám đốc", present, votes);

    [Fact]
    public void The_meeting_is_refused_before_scoring_closes()
    {
        var pact = ClosedPact(close: false);

        Assert.NotNull(pact.MeetingRefusal());
        Assert.Throws<DomainException>(() => pact.RecordMeeting(Meeting(4), Forms, Head, Today, Now));
    }

    [Fact]
    public void Votes_above_the_units_present_are_refused()
    {
        var pact = ClosedPact();

        var refused = Assert.Throws<DomainException>(
            () => pact.RecordMeeting(Meeting(3, new UnitVote(Lead, Flag.Id, 4)), Forms, Head, Today, Now));
        Assert.Contains("từ 0 đến 3", refused.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => pact.RecordMeeting(Meeting(5), Forms, Head, Today, Now));
        Assert.Null(pact.Meeting);
    }

    [Fact]
    public void A_unit_that_did_not_sign_the_pact_cannot_be_voted_for()
    {
        var pact = ClosedPact();

        Assert.Throws<DomainException>(
            () => pact.RecordMeeting(Meeting(4, new UnitVote(Outsider, Flag.Id, 4)), Forms, Head, Today, Now));
    }

    [Fact]
    public void A_form_without_a_group_vote_rule_cannot_be_voted_on()
    {
        var pact = ClosedPact();

        Assert.Throws<DomainException>(() => pact.RecordMeeting(
            Meeting(4, new UnitVote(Lead, Certificate.Id, 4)), Forms, Head, Today, Now));
    }

    [Fact]
    public void A_meeting_dated_after_today_is_refused()
    {
        var pact = ClosedPact();

        Assert.Throws<DomainException>(() => pact.RecordMeeting(
            Meeting(4) with { HeldOn = Today.AddDays(1) }, Forms, Head, Today, Now));
    }

    [Fact]
    public void A_unit_is_proposed_when_its_votes_reach_the_share_of_the_units_present()
    {
        var pact = ClosedPact();

        // 70 % of 4 present is 2,8: 3 votes pass, 2 do not.
        pact.RecordMeeting(Meeting(4, new UnitVote(Health, Merit.Id, 3), new UnitVote(Culture, Merit.Id, 2)),
            Forms, Head, Today, Now);

        var proposal = Assert.Single(pact.Proposals(Forms));
        Assert.Equal((Merit.Id, Health, 2), (proposal.Form.Id, proposal.Unit.UnitId, proposal.Unit.Rank));
    }

    [Fact]
    public void The_flag_is_proposed_first_and_its_unit_is_not_proposed_again_for_the_merit()
    {
        var pact = ClosedPact();

        pact.RecordMeeting(Meeting(4,
            new UnitVote(Lead, Flag.Id, 4), new UnitVote(Health, Flag.Id, 4),
            new UnitVote(Lead, Merit.Id, 4), new UnitVote(Health, Merit.Id, 4), new UnitVote(Culture, Merit.Id, 3),
            new UnitVote(Finance, Merit.Id, 3)), Forms, Head, Today, Now);

        var proposals = pact.Proposals(Forms).Select(p => (p.Form.Code, p.Unit.UnitId)).ToList();
        // Cờ: quota 1, equal votes → the better ranked (lead, 90 points). Bằng khen: quota 2 among the others, most
        // votes first (health, 4), then by rank (culture 70 before finance 60).
        Assert.Equal([("CO", Lead), ("BK", Health), ("BK", Culture)], proposals);
    }

    [Fact]
    public void Sending_makes_one_nomination_per_proposal_and_fixes_the_meeting()
    {
        var pact = ClosedPact();
        pact.RecordMeeting(Meeting(4, new UnitVote(Lead, Flag.Id, 4)), Forms, Head, Today, Now);

        var sent = pact.SendProposals(Forms, p => Nomination.Draft(1, Lead, p.Form, NomineeKind.Collective,
            p.Unit.UnitName, "Dẫn đầu", TaskRating.Excellent, Head, Now), Head, Now);

        var (proposal, nomination) = Assert.Single(sent);
        Assert.Equal("Sở Dân tộc và Tôn giáo", nomination.NomineeName);
        Assert.Same(nomination, pact.Meeting!.Votes.Single().Nomination);
        Assert.NotNull(pact.MeetingRefusal());
        Assert.NotNull(pact.SendRefusal(Forms));
        Assert.Throws<DomainException>(() => pact.RecordMeeting(Meeting(4), Forms, Head, Today, Now));
        Assert.Equal(Flag.Id, proposal.Form.Id);
    }

    [Fact]
    public void Nothing_is_sent_when_no_unit_reaches_the_share()
    {
        var pact = ClosedPact();
        pact.RecordMeeting(Meeting(4, new UnitVote(Lead, Flag.Id, 2)), Forms, Head, Today, Now);

        Assert.Empty(pact.Proposals(Forms));
        Assert.Throws<DomainException>(() => pact.SendProposals(Forms, _ => throw new InvalidOperationException(),
            Head, Now));
    }

    [Fact]
    public void Rewriting_the_meeting_replaces_its_votes()
    {
        var pact = ClosedPact();
        pact.RecordMeeting(Meeting(4, new UnitVote(Lead, Flag.Id, 4), new UnitVote(Health, Merit.Id, 3)),
            Forms, Head, Today, Now);

        pact.RecordMeeting(Meeting(4, new UnitVote(Health, Merit.Id, 4), new UnitVote(Culture, Flag.Id, 0)),
            Forms, Head, Today, Now);

        var vote = Assert.Single(pact.Meeting!.Votes);
        Assert.Equal((Health, Merit.Id, 4), (vote.UnitId, vote.AwardFormId, vote.Votes));
    }
}
