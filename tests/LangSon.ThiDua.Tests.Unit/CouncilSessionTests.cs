using LangSon.ThiDua.Domain;
using static LangSon.ThiDua.UnitTests.CouncilSessionFixture;

namespace LangSon.ThiDua.UnitTests;

/// <summary>A council session in preparation and while voting: agenda, attendance, quorum and ballots.</summary>
public sealed class CouncilSessionTests
{
    [Fact]
    public void Inviting_again_replaces_the_members_and_attendance_marks_only_the_invited()
    {
        var session = new CouncilSession { CampaignId = 1, Title = "Phiên họp", Place = "P", CreatedByUserName = "noivu" };
        session.InviteMembers([("u1", "A"), ("u2", "B"), ("u2", "B")]);
        session.InviteMembers([("u2", "B"), ("u3", "C")]);
        session.RecordAttendance(["u3", "someone-else"]);

        Assert.Equal(new[] { "u2", "u3" }, session.Members.Select(m => m.UserId).Order().ToList());
        Assert.Equal(1, session.PresentCount);
    }

    [Fact]
    public void Putting_a_nomination_on_the_agenda_moves_it_to_in_session_and_removing_brings_it_back()
    {
        var (session, a, _) = Prepared();

        Assert.Equal(NominationStatus.InSession, a.Status);
        session.RemoveFromAgenda(session.Agenda[0], NoiVu, Now);

        Assert.Equal(NominationStatus.Eligible, a.Status);
        Assert.Single(session.Agenda);
    }

    [Fact]
    public void A_nomination_of_a_form_without_council_vote_or_of_another_campaign_cannot_go_on_the_agenda()
    {
        var session = new CouncilSession { CampaignId = 1, Title = "Phiên họp", Place = "P", CreatedByUserName = "noivu" };
        var other = Eligible(7, "Lê Văn Cường");
        other.CampaignId = 2;
        var giayKhen = Nomination.Draft(1, 11, UnitLevel, NomineeKind.Individual, "Hà Thị Dung", "Thành tích.", TaskRating.Good, Clerk, Now);

        Assert.Contains("không thuộc phong trào", Assert.Throws<DomainException>(() => session.AddToAgenda(other, NoiVu, Now)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => session.AddToAgenda(giayKhen, NoiVu, Now));
        Assert.Empty(session.Agenda);
    }

    [Fact]
    public void Voting_cannot_open_without_an_agenda()
    {
        var session = new CouncilSession { CampaignId = 1, Title = "Phiên họp", Place = "P", CreatedByUserName = "noivu" };
        session.InviteMembers([("u1", "A")]);
        session.RecordAttendance(["u1"]);

        var refused = Assert.Throws<DomainException>(() => session.OpenVoting("key", Now));
        Assert.Contains("chưa có hồ sơ nào", refused.Message, StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.Preparing, session.Status);
    }

    [Fact]
    public void Voting_cannot_open_before_attendance_is_recorded()
    {
        var (session, _, _) = Prepared(present: 0);

        var refused = Assert.Throws<DomainException>(() => session.OpenVoting("key", Now));
        Assert.Contains("Chưa điểm danh", refused.Message, StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.Preparing, session.Status);
    }

    [Fact]
    public void Voting_opens_with_exactly_the_quorum_present_and_not_with_one_member_fewer()
    {
        var (shortOfOne, a, _) = Prepared(members: 9, present: 5);
        var (exact, _, _) = Prepared(members: 9, present: 6);

        Assert.Equal(6, shortOfOne.QuorumRequired);
        var refused = Assert.Throws<DomainException>(() => shortOfOne.OpenVoting("key", Now));
        Assert.Contains("cần 6/9 thành viên Hội đồng có mặt, hiện có 5", refused.Message, StringComparison.Ordinal);
        Assert.Equal(refused.Message, shortOfOne.OpenRefusal());
        Assert.Equal((CouncilSessionStatus.Preparing, NominationStatus.InSession), (shortOfOne.Status, a.Status));
        Assert.Null(exact.OpenRefusal());
        exact.OpenVoting("key", Now);
        Assert.Equal((CouncilSessionStatus.Voting, "key"), (exact.Status, exact.BallotKeyCheck));
    }

    [Fact]
    public void While_voting_the_agenda_members_and_attendance_cannot_change()
    {
        var (session, a, _) = Prepared();
        session.OpenVoting("key", Now);
        var another = Eligible(103, "Lê Văn Cường");

        Assert.Throws<DomainException>(() => session.AddToAgenda(another, NoiVu, Now));
        Assert.Throws<DomainException>(() => session.RemoveFromAgenda(session.Agenda[0], NoiVu, Now));
        Assert.Throws<DomainException>(() => session.RecordAttendance(["u1"]));
        Assert.Throws<DomainException>(() => session.InviteMembers([("u1", "A")]));
        Assert.Throws<DomainException>(() => session.OpenVoting("key", Now));
        Assert.Equal((2, 9, NominationStatus.InSession, NominationStatus.Eligible), (session.Agenda.Count, session.PresentCount, a.Status, another.Status));
    }

    [Fact]
    public void A_member_casts_a_receipt_and_a_ballot_that_share_nothing()
    {
        var (session, _, _) = Prepared();
        session.OpenVoting("key", Now);

        var (receipt, ballot) = session.CastBallot("u3", Choices(VoteChoice.Agree, VoteChoice.Disagree), Now);

        Assert.Equal((5, "u3", Now), (receipt.SessionId, receipt.UserId, receipt.SubmittedAtUtc));
        Assert.Equal(new[] { (101, VoteChoice.Agree), (102, VoteChoice.Disagree) },
            ballot.Choices.Select(c => (c.Key, c.Value)).Order().ToList());
        Assert.Equal(ballot.Choices, Ballot.Decode(ballot.Encode()).Choices);
        Assert.Equal(10, ballot.Encode().Length);
        Assert.DoesNotContain(typeof(Ballot).GetProperties(),
            p => p.PropertyType == typeof(DateTime) || p.Name.Contains("User", StringComparison.Ordinal));
        Assert.DoesNotContain(typeof(BallotVote).GetProperties(), p => p.PropertyType == typeof(DateTime) || p.Name.Contains("User", StringComparison.Ordinal));
    }

    [Fact]
    public void An_absent_member_votes_by_written_opinion_and_a_stranger_not_at_all()
    {
        var (session, _, _) = Prepared(present: 8);
        session.OpenVoting("key", Now);

        Assert.True(session.IsWrittenOpinion("u9"));
        Assert.Equal("u9", session.CastBallot("u9", Choices(VoteChoice.Agree, VoteChoice.Agree), Now).Receipt.UserId);
        var refused = Assert.Throws<DomainException>(
            () => session.CastBallot("stranger", Choices(VoteChoice.Agree, VoteChoice.Agree), Now));
        Assert.Contains("không có tên trong thành phần", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ballot_needs_exactly_one_valid_choice_per_agenda_nomination()
    {
        var (session, _, _) = Prepared();
        session.OpenVoting("key", Now);

        Assert.Throws<DomainException>(() => session.CastBallot("u1", new Dictionary<int, VoteChoice> { [101] = VoteChoice.Agree }, Now));
        Assert.Throws<DomainException>(() => session.CastBallot("u1", new Dictionary<int, VoteChoice> { [101] = VoteChoice.Agree, [102] = VoteChoice.Agree, [999] = VoteChoice.Agree }, Now));
        Assert.Throws<DomainException>(() => session.CastBallot("u1", new Dictionary<int, VoteChoice> { [101] = VoteChoice.Agree, [999] = VoteChoice.Agree }, Now));
        Assert.Throws<DomainException>(() => session.CastBallot("u1", Choices(VoteChoice.Agree, (VoteChoice)9), Now));
    }

    [Fact]
    public void No_ballot_before_voting_opens_or_after_it_closes()
    {
        var (session, _, _) = Prepared();
        Assert.Contains("chưa mở", Assert.Throws<DomainException>(() => session.CastBallot("u1", Choices(VoteChoice.Agree, VoteChoice.Agree), Now)).Message, StringComparison.Ordinal);
        session.OpenVoting("key", Now);
        session.Close(Same(9, VoteChoice.Agree, VoteChoice.Agree), NoiVu, Now);

        Assert.Contains("đã kết thúc", Assert.Throws<DomainException>(() => session.CastBallot("u1", Choices(VoteChoice.Agree, VoteChoice.Agree), Now)).Message, StringComparison.Ordinal);
    }
}
