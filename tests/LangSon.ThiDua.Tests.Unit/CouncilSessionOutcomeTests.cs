using LangSon.ThiDua.Domain;
using static LangSon.ThiDua.UnitTests.CouncilSessionFixture;

namespace LangSon.ThiDua.UnitTests;

/// <summary>How a council session ends: closing, counting, postponing and cancelling.</summary>
public sealed class CouncilSessionOutcomeTests
{
    [Fact]
    public void Closing_needs_the_quorum_of_ballots_written_opinions_included_and_changes_nothing_with_one_fewer()
    {
        var (session, a, b) = Prepared(members: 9, present: 6);
        session.OpenVoting("key", Now);

        Assert.Contains("Mới nhận 5 phiếu", session.CloseRefusal(5), StringComparison.Ordinal);
        var refused = Assert.Throws<DomainException>(
            () => session.Close(Same(5, VoteChoice.Agree, VoteChoice.Agree), NoiVu, Now));
        Assert.Contains("chưa đủ số tối thiểu 6/9", refused.Message, StringComparison.Ordinal);
        Assert.Equal((CouncilSessionStatus.Voting, NominationStatus.InSession, NominationStatus.InSession),
            (session.Status, a.Status, b.Status));
        Assert.All(session.Agenda, i => Assert.Null(i.AgreeCount));

        // Five present members and one written opinion make the six.
        Assert.Null(session.CloseRefusal(6));
        var (results, _) = session.Close(Same(6, VoteChoice.Agree, VoteChoice.Agree), NoiVu, Now);
        Assert.All(results, r => Assert.Equal(6, r.Outcome.Ballots));
    }

    [Fact]
    public void Closing_is_only_possible_while_voting_and_only_once()
    {
        var (session, _, _) = Prepared();
        var ballots = Same(9, VoteChoice.Agree, VoteChoice.Agree);

        Assert.Throws<DomainException>(() => session.Close(ballots, NoiVu, Now));
        session.OpenVoting("key", Now);
        session.Close(ballots, NoiVu, Now.AddHours(1));

        Assert.Equal((CouncilSessionStatus.Closed, Now.AddHours(1), null),
            (session.Status, session.ClosedAtUtc, session.BallotKeyCheck));
        Assert.Throws<DomainException>(() => session.Close(ballots, NoiVu, Now));
    }

    [Fact]
    public void With_the_total_membership_base_seven_of_nine_pass_and_six_fail_even_if_all_six_voted()
    {
        var (session, a, b) = Prepared(members: 9, present: 6);
        session.OpenVoting("key", Now);
        var agree = VoteChoice.Agree;
        var ballots = Same(6, agree, agree).Concat(Ballots((agree, VoteChoice.Disagree))).ToList();

        var (results, _) = session.Close(ballots, NoiVu, Now);

        // a: 7 agree of 9 members (70 % of 9 is 7); b: 6 agree of 9 members, although 6 of the 7 ballots agree.
        Assert.Equal(new[] { true, false }, results.Select(r => r.Outcome.Passed).ToList());
        Assert.Equal((NominationStatus.Passed, NominationStatus.Failed), (a.Status, b.Status));
        Assert.Equal((7, 9), (results[0].Outcome.AgreeRequired, results[0].Outcome.PassBaseCount));
        Assert.Equal((7, 0, 0, 6, 9, true, true),
            (session.Agenda[0].AgreeCount, session.Agenda[0].DisagreeCount, session.Agenda[0].AbstainCount,
            session.Agenda[0].PresentCount, session.Agenda[0].MemberCount, session.Agenda[0].QuorumMet,
            session.Agenda[0].Passed));
        Assert.Equal("Thành viên 9, có mặt 6, phiếu thu về 7; đồng ý 6, không đồng ý 1, không biểu quyết 0; " +
            "cần 7 phiếu đồng ý.", b.Transitions[^1].Comment);
        Assert.Equal(2, results[1].Outcome.NotVoting);
        Assert.Equal(NoiVu.UserName, a.Transitions[^1].UserName);
    }

    [Fact]
    public void The_ballot_box_is_numbered_in_the_order_of_the_choices_whatever_the_order_of_casting()
    {
        var (first, _, _) = Prepared();
        var (second, _, _) = Prepared();
        first.OpenVoting("key", Now);
        second.OpenVoting("key", Now);
        var cast = Ballots(
            (VoteChoice.Abstain, VoteChoice.Agree), (VoteChoice.Agree, VoteChoice.Disagree),
            (VoteChoice.Disagree, VoteChoice.Agree), (VoteChoice.Agree, VoteChoice.Agree),
            (VoteChoice.Agree, VoteChoice.Agree), (VoteChoice.Disagree, VoteChoice.Disagree));

        var box = first.Close(cast, NoiVu, Now).BallotBox;
        var other = second.Close(Enumerable.Reverse(cast).ToList(), NoiVu, Now).BallotBox;

        var rows = box.Select(v => (v.BallotNumber, v.NominationId, v.Choice)).ToList();
        Assert.Equal(rows, other.Select(v => (v.BallotNumber, v.NominationId, v.Choice)).ToList());
        Assert.Equal(12, rows.Count);
        var ballots = rows.GroupBy(r => r.BallotNumber)
            .Select(g => string.Concat(g.OrderBy(r => r.NominationId).Select(r => (int)r.Choice))).ToList();
        Assert.Equal(new[] { "11", "11", "12", "21", "22", "31" }, ballots);
        Assert.All(box, v => Assert.Equal(5, v.SessionId));
    }

    [Fact]
    public void Postponing_keeps_the_agenda_takes_attendance_again_and_abandons_an_open_vote()
    {
        var (session, a, _) = Prepared(members: 9, present: 9);
        Assert.False(session.Postpone(new DateOnly(2026, 1, 20), "Không đủ thành viên", Now));
        session.RecordAttendance(session.Members.Select(m => m.UserId).ToList());
        session.OpenVoting("key", Now);

        var wasVoting = session.Postpone(new DateOnly(2026, 1, 27), "Nhiều thành viên đi công tác", Now);

        Assert.True(wasVoting);
        Assert.Equal((CouncilSessionStatus.Preparing, new DateOnly(2026, 1, 27), 0, null),
            (session.Status, session.MeetingDate, session.PresentCount, session.BallotKeyCheck));
        Assert.Equal((2, NominationStatus.InSession), (session.Agenda.Count, a.Status));
        Assert.Contains("sang ngày 27/01/2026 (các phiếu đã gửi bị hủy, không kiểm). " +
            "Lý do: Nhiều thành viên đi công tác", session.StatusNote, StringComparison.Ordinal);
        Assert.Equal("Nhiều thành viên đi công tác", session.StatusReason);
        Assert.Throws<DomainException>(() => session.Postpone(new DateOnly(2026, 2, 1), " ", Now));
    }

    [Fact]
    public void Cancelling_sends_the_dossiers_back_to_the_pool_untouched_and_is_final()
    {
        var (session, a, b) = Prepared();
        session.OpenVoting("key", Now);

        session.Cancel("Tạo nhầm phiên họp", NoiVu, Now);

        Assert.Equal((CouncilSessionStatus.Cancelled, NominationStatus.Eligible, NominationStatus.Eligible),
            (session.Status, a.Status, b.Status));
        Assert.Contains("Tạo nhầm phiên họp", a.Transitions[^1].Comment, StringComparison.Ordinal);
        Assert.Contains("hủy phiên họp. Lý do: Tạo nhầm phiên họp", session.StatusNote, StringComparison.Ordinal);
        Assert.Equal("Tạo nhầm phiên họp", session.StatusReason);
        Assert.Throws<DomainException>(() => session.Cancel("Lần nữa", NoiVu, Now));
        Assert.Throws<DomainException>(() => session.OpenVoting("key", Now));
        Assert.Throws<DomainException>(() => session.Postpone(new DateOnly(2026, 2, 1), "Hoãn", Now));
        var other = new CouncilSession
        {
            Id = 6, CampaignId = 1, Title = "Phiên họp khác", Place = "P", CreatedByUserName = "noivu"
        };
        other.AddToAgenda(a, NoiVu, Now);
        Assert.Equal(NominationStatus.InSession, a.Status);
    }
}
