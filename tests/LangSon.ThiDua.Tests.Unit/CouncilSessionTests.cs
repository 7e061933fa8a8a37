using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests;

/// <summary>The council session's transitions: Preparing → Voting → Closed, and the rules of the secret ballot.</summary>
public sealed class CouncilSessionTests
{
    private static readonly Actor Clerk = new("canbo.soyte", "Nguyễn Thị Hương");
    private static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    private static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");
    private static readonly DateTime Now = new(2025, 12, 20, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2025, 12, 15);

    private static readonly AwardForm Province = new()
    {
        Id = 2,
        Code = "BANG-KHEN-CT-UBND",
        Name = "Bằng khen của Chủ tịch UBND tỉnh",
        DecisionLevel = DecisionLevel.Province,
        RequiresCouncilVote = true,
        QuorumPercent = VoteRule.DefaultQuorumPercent,
        PassThresholdPercent = VoteRule.DefaultPassPercent,
        Eligibility = "Hoàn thành tốt nhiệm vụ năm 2025 trở lên.",
        RequiredDocuments = DossierDocuments.Submission | DossierDocuments.AchievementReport | DossierDocuments.MeetingMinutes,
    };

    private static readonly AwardForm UnitLevel = new()
    {
        Id = 1,
        Code = "GIAY-KHEN",
        Name = "Giấy khen",
        DecisionLevel = DecisionLevel.Unit,
        RequiresCouncilVote = false,
        Eligibility = "Hoàn thành tốt nhiệm vụ năm 2025 trở lên.",
    };

    private static Nomination Eligible(int id, string name)
    {
        var campaign = new Campaign { Id = 1, Code = "PT-2025", Title = "Phong trào thi đua", LegalBasis = "QĐ 2437/QĐ-TTg" };
        campaign.Activate();
        var nomination = Nomination.Draft(1, 11, Province, NomineeKind.Individual, name, "Thành tích xuất sắc.", TaskRating.Excellent, Clerk, Now);
        nomination.Id = id;
        foreach (var kind in new[] { DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes })
        {
            nomination.Attachments.Add(new Attachment
            {
                FileName = "tai-lieu.pdf", ContentType = "application/pdf", Sha256 = "00", StoragePath = "x", UploadedBy = Clerk.UserName, DocumentKind = kind,
            });
        }

        NominationBatch.Submit(campaign, 11, "45/TTr-SYT", Today, [nomination], null, Head, Now, Today);
        nomination.MarkEligible(NoiVu, Now, null);
        return nomination;
    }

    /// <summary>A session of <paramref name="members"/> invited (u1…), the first <paramref name="present"/> present, two nominations on the agenda.</summary>
    private static (CouncilSession Session, Nomination A, Nomination B) Prepared(int members = 9, int present = 9)
    {
        var session = new CouncilSession { Id = 5, CampaignId = 1, Title = "Phiên họp", Place = "Phòng họp số 1", CreatedByUserName = NoiVu.UserName };
        session.InviteMembers(Enumerable.Range(1, members).Select(i => ($"u{i}", $"Thành viên {i}")));
        session.RecordAttendance(Enumerable.Range(1, present).Select(i => $"u{i}").ToList());
        var a = Eligible(101, "Nguyễn Văn An");
        var b = Eligible(102, "Trần Thị Bình");
        session.AddToAgenda(a, NoiVu, Now);
        session.AddToAgenda(b, NoiVu, Now);
        return (session, a, b);
    }

    private static Dictionary<int, VoteChoice> Choices(VoteChoice a, VoteChoice b) => new() { [101] = a, [102] = b };

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

    private static List<Ballot> Ballots(params (VoteChoice A, VoteChoice B)[] ballots) =>
        ballots.Select(b => new Ballot(Choices(b.A, b.B))).ToList();

    private static List<Ballot> Same(int count, VoteChoice a, VoteChoice b) =>
        Enumerable.Range(0, count).Select(_ => new Ballot(Choices(a, b))).ToList();

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
