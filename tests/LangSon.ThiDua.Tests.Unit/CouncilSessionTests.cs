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

    [Fact]
    public void Voting_cannot_open_without_an_agenda()
    {
        var session = new CouncilSession { CampaignId = 1, Title = "Phiên họp", Place = "P", CreatedByUserName = "noivu" };
        session.InviteMembers([("u1", "A")]);
        session.RecordAttendance(["u1"]);

        var refused = Assert.Throws<DomainException>(() => session.OpenVoting(Now));
        Assert.Contains("chưa có hồ sơ nào", refused.Message, StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.Preparing, session.Status);
    }

    [Fact]
    public void Voting_cannot_open_before_attendance_is_recorded()
    {
        var (session, _, _) = Prepared(present: 0);

        var refused = Assert.Throws<DomainException>(() => session.OpenVoting(Now));
        Assert.Contains("Chưa điểm danh", refused.Message, StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.Preparing, session.Status);
    }

    [Fact]
    public void While_voting_the_agenda_members_and_attendance_cannot_change()
    {
        var (session, a, _) = Prepared();
        session.OpenVoting(Now);
        var another = Eligible(103, "Lê Văn Cường");

        Assert.Throws<DomainException>(() => session.AddToAgenda(another, NoiVu, Now));
        Assert.Throws<DomainException>(() => session.RemoveFromAgenda(session.Agenda[0], NoiVu, Now));
        Assert.Throws<DomainException>(() => session.RecordAttendance(["u1"]));
        Assert.Throws<DomainException>(() => session.InviteMembers([("u1", "A")]));
        Assert.Throws<DomainException>(() => session.OpenVoting(Now));
        Assert.Equal((2, 9, NominationStatus.InSession, NominationStatus.Eligible), (session.Agenda.Count, session.PresentCount, a.Status, another.Status));
    }

    [Fact]
    public void A_present_member_casts_a_receipt_and_votes_that_share_nothing_but_the_session()
    {
        var (session, _, _) = Prepared();
        session.OpenVoting(Now);

        var (receipt, votes) = session.CastBallot("u3", Choices(VoteChoice.Agree, VoteChoice.Disagree), Now);

        Assert.Equal((5, "u3", Now), (receipt.SessionId, receipt.UserId, receipt.SubmittedAtUtc));
        Assert.Equal(2, votes.Count);
        Assert.Single(votes.Select(v => v.BallotId).Distinct());
        Assert.NotEqual(Guid.Empty, votes[0].BallotId);
        Assert.All(votes, v => Assert.Equal(5, v.SessionId));
        Assert.Equal(new[] { (101, VoteChoice.Agree), (102, VoteChoice.Disagree) }, votes.Select(v => (v.NominationId, v.Choice)).Order().ToList());
        Assert.DoesNotContain(typeof(BallotVote).GetProperties(), p => p.PropertyType == typeof(DateTime) || p.Name.Contains("User", StringComparison.Ordinal));
        Assert.NotEqual(session.CastBallot("u4", Choices(VoteChoice.Agree, VoteChoice.Agree), Now).Votes[0].BallotId, votes[0].BallotId);
    }

    [Theory]
    [InlineData("u9", "có mặt")]
    [InlineData("stranger", "có mặt")]
    public void Only_a_present_invited_member_may_vote(string userId, string expected)
    {
        var (session, _, _) = Prepared(present: 8);
        session.OpenVoting(Now);

        var refused = Assert.Throws<DomainException>(() => session.CastBallot(userId, Choices(VoteChoice.Agree, VoteChoice.Agree), Now));
        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ballot_needs_exactly_one_valid_choice_per_agenda_nomination()
    {
        var (session, _, _) = Prepared();
        session.OpenVoting(Now);

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
        session.OpenVoting(Now);
        session.Close(new Dictionary<int, (int, int, int)>(), NoiVu, Now);

        Assert.Contains("đã kết thúc", Assert.Throws<DomainException>(() => session.CastBallot("u1", Choices(VoteChoice.Agree, VoteChoice.Agree), Now)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_is_only_possible_while_voting_and_only_once()
    {
        var (session, _, _) = Prepared();
        var counts = new Dictionary<int, (int, int, int)>();

        Assert.Throws<DomainException>(() => session.Close(counts, NoiVu, Now));
        session.OpenVoting(Now);
        session.Close(counts, NoiVu, Now.AddHours(1));

        Assert.Equal((CouncilSessionStatus.Closed, Now.AddHours(1)), (session.Status, session.ClosedAtUtc));
        Assert.Throws<DomainException>(() => session.Close(counts, NoiVu, Now));
    }

    [Fact]
    public void Closing_records_each_result_and_marks_nominations_passed_or_failed()
    {
        var (session, a, b) = Prepared(members: 10, present: 10);
        session.OpenVoting(Now);

        var results = session.Close(new Dictionary<int, (int, int, int)> { [101] = (7, 2, 1), [102] = (6, 3, 1) }, NoiVu, Now);

        Assert.Equal(new[] { true, false }, results.Select(r => r.Outcome.Passed).ToList());
        Assert.Equal((NominationStatus.Passed, NominationStatus.Failed), (a.Status, b.Status));
        var first = session.Agenda[0];
        Assert.Equal((7, 2, 1, 10, 10, true, true), (first.AgreeCount, first.DisagreeCount, first.AbstainCount, first.PresentCount, first.MemberCount, first.QuorumMet, first.Passed));
        Assert.False(session.Agenda[1].Passed);
        Assert.Equal("Có mặt 10/10; đồng ý 7, không đồng ý 2, không biểu quyết 1; cần 7 phiếu đồng ý.", a.Transitions[^1].Comment);
        Assert.Equal(NoiVu.UserName, a.Transitions[^1].UserName);
    }

    [Fact]
    public void Closing_without_quorum_fails_every_nomination_and_uncounted_ones_have_zero_votes()
    {
        var (session, a, b) = Prepared(members: 9, present: 5);
        session.OpenVoting(Now);

        var results = session.Close(new Dictionary<int, (int, int, int)> { [101] = (5, 0, 0) }, NoiVu, Now);

        Assert.All(results, r => Assert.False(r.Outcome.QuorumMet));
        Assert.Equal((NominationStatus.Failed, NominationStatus.Failed), (a.Status, b.Status));
        Assert.Equal((0, 0, 0), (session.Agenda[1].AgreeCount, session.Agenda[1].DisagreeCount, session.Agenda[1].AbstainCount));
    }
}
