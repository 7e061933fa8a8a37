using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.UnitTests;

/// <summary>AwardDecision.Record: which nominations a Quyết định or a Tờ trình may cover, and what it does to them.</summary>
public sealed class AwardDecisionTests
{
    private static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");
    private static readonly DateTime Now = new(2026, 1, 20, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Signed = new(2026, 1, 20);

    private readonly Dictionary<string, AwardForm> forms = AwardFormSeed.Create()
        .Select((f, i) => { f.Id = i + 1; return f; })
        .ToDictionary(f => f.Code);

    private readonly Campaign campaign = NewCampaign(1);

    private int nextId;

    [Fact]
    public void A_decision_on_the_provincial_Bang_khen_moves_every_covered_nomination_to_Decided_with_its_history()
    {
        var form = forms[AwardFormSeed.BangKhenTinh];
        var collective = Passed(form, NomineeKind.Collective, "Phòng Nghiệp vụ Y");
        var person = Passed(form, NomineeKind.Individual, "Nguyễn Thị Mai");

        var decision = AwardDecision.Record(form, " 1234/QĐ-UBND ", Signed, " Hồ Tiến Thiệu ", "Chủ tịch", [collective, person], NoiVu, Now);

        Assert.Equal(AwardDecisionKind.Decision, decision.Kind);
        Assert.Equal(("1234/QĐ-UBND", "Hồ Tiến Thiệu", "Chủ tịch"), (decision.Number, decision.SignerName, decision.SignerTitle));
        Assert.Equal((campaign.Id, form.Id, "noivu", Now), (decision.CampaignId, decision.AwardFormId, decision.RecordedByUserName, decision.RecordedAtUtc));
        Assert.Equal([collective, person], decision.Nominations);
        Assert.All(decision.Nominations, n =>
        {
            Assert.Equal(NominationStatus.Decided, n.Status);
            Assert.Same(decision, n.AwardDecision);
            var last = n.Transitions[^1];
            Assert.Equal((NominationStatus.Passed, NominationStatus.Decided, "noivu", Now, "1234/QĐ-UBND"), (last.From!.Value, last.To, last.UserName, last.AtUtc, last.Comment));
        });
    }

    [Fact]
    public void A_To_trinh_on_the_Prime_Ministers_Bang_khen_forwards_the_nominations()
    {
        var form = forms[AwardFormSeed.BangKhenThuTuong];
        var nomination = Passed(form, NomineeKind.Individual, "Hoàng Văn Dũng");

        var submission = AwardDecision.Record(form, "56/TTr-UBND", Signed, "Hồ Tiến Thiệu", "Chủ tịch", [nomination], NoiVu, Now);

        Assert.Equal(AwardDecisionKind.ForwardingSubmission, submission.Kind);
        Assert.Equal(NominationStatus.Forwarded, nomination.Status);
        Assert.Equal(NominationStatus.Forwarded, nomination.Transitions[^1].To);
    }

    [Fact]
    public void Giay_khen_is_decided_by_the_unit_and_has_no_provincial_document()
    {
        var form = forms[AwardFormSeed.GiayKhen];
        var nomination = Draft(form, NomineeKind.Individual, "Lương Văn Hùng");

        var refused = Assert.Throws<DomainException>(() => AwardDecision.Record(form, "9/QĐ-UBND", Signed, "A", "Chủ tịch", [nomination], NoiVu, Now));

        Assert.Equal("Hình thức \"Giấy khen\" do đơn vị tự quyết định, không cần quyết định của tỉnh.", refused.Message);
        Assert.Equal(NominationStatus.Draft, nomination.Status);
    }

    [Fact]
    public void A_decision_needs_at_least_one_nomination()
    {
        var refused = Assert.Throws<DomainException>(() =>
            AwardDecision.Record(forms[AwardFormSeed.BangKhenTinh], "1/QĐ-UBND", Signed, "A", "Chủ tịch", [], NoiVu, Now));

        Assert.Equal("Hãy chọn ít nhất một hồ sơ đã được Hội đồng thông qua.", refused.Message);
    }

    [Theory]
    [InlineData(" ", "Hồ Tiến Thiệu", "Chủ tịch")]
    [InlineData("1/QĐ-UBND", "", "Chủ tịch")]
    [InlineData("1/QĐ-UBND", "Hồ Tiến Thiệu", "  ")]
    public void A_decision_needs_a_number_a_signer_and_the_signers_title(string number, string signer, string title)
    {
        var form = forms[AwardFormSeed.BangKhenTinh];
        var nomination = Passed(form, NomineeKind.Individual, "Vi Thị Hằng");

        var refused = Assert.Throws<DomainException>(() => AwardDecision.Record(form, number, Signed, signer, title, [nomination], NoiVu, Now));

        Assert.Equal("Hãy nhập số văn bản, người ký và chức vụ người ký.", refused.Message);
        Assert.Equal(NominationStatus.Passed, nomination.Status);
    }

    [Fact]
    public void A_nomination_for_another_award_form_cannot_be_covered()
    {
        var provincial = forms[AwardFormSeed.BangKhenTinh];
        var own = Passed(provincial, NomineeKind.Individual, "Nông Văn Tài");
        var other = Passed(forms[AwardFormSeed.BangKhenThuTuong], NomineeKind.Individual, "Lộc Thị Thu");

        var refused = Assert.Throws<DomainException>(() => AwardDecision.Record(provincial, "2/QĐ-UBND", Signed, "A", "Chủ tịch", [own, other], NoiVu, Now));

        Assert.Equal("Hồ sơ \"Lộc Thị Thu\" đề nghị hình thức khác, không thể đưa vào văn bản về \"Bằng khen của Chủ tịch UBND tỉnh\".", refused.Message);
        Assert.Equal((NominationStatus.Passed, NominationStatus.Passed), (own.Status, other.Status));
    }

    [Fact]
    public void Nominations_of_two_campaigns_cannot_share_a_decision()
    {
        var form = forms[AwardFormSeed.BangKhenTinh];
        var first = Passed(form, NomineeKind.Individual, "Chu Văn An");
        var second = Passed(form, NomineeKind.Individual, "Đinh Thị Lan", NewCampaign(2));

        var refused = Assert.Throws<DomainException>(() => AwardDecision.Record(form, "3/QĐ-UBND", Signed, "A", "Chủ tịch", [first, second], NoiVu, Now));

        Assert.Equal("Các hồ sơ phải thuộc cùng một phong trào.", refused.Message);
    }

    [Theory]
    [InlineData(NominationStatus.Eligible)]
    [InlineData(NominationStatus.Failed)]
    [InlineData(NominationStatus.Decided)]
    public void Only_a_nomination_the_council_passed_can_be_covered(NominationStatus status)
    {
        var form = forms[AwardFormSeed.BangKhenTinh];
        var nomination = status switch
        {
            NominationStatus.Eligible => Eligible(form, NomineeKind.Individual, "Triệu Văn Long"),
            NominationStatus.Failed => Voted(form, NomineeKind.Individual, "Triệu Văn Long", campaign, agree: 3),
            _ => Decided(form, "Triệu Văn Long"),
        };

        var refused = Assert.Throws<DomainException>(() => AwardDecision.Record(form, "4/QĐ-UBND", Signed, "A", "Chủ tịch", [nomination], NoiVu, Now));

        Assert.Equal($"Không thể đưa vào quyết định khen thưởng hồ sơ \"Triệu Văn Long\" khi đang ở trạng thái \"{status.DisplayName()}\".", refused.Message);
        Assert.Equal(status, nomination.Status);
    }

    private static Campaign NewCampaign(int id)
    {
        var campaign = new Campaign { Id = id, Code = $"C{id}", Title = "Phong trào thi đua", LegalBasis = "Căn cứ", StartDate = new(2025, 10, 1) };
        campaign.Activate();
        return campaign;
    }

    private Nomination Draft(AwardForm form, NomineeKind kind, string name, Campaign? inCampaign = null)
    {
        var nomination = Nomination.Draft((inCampaign ?? campaign).Id, 7, form, kind, name, "Thành tích tiêu biểu năm 2025.", TaskRating.Excellent, NoiVu, Now.AddDays(-60));
        nomination.Id = ++nextId;
        foreach (var kindOfDocument in new[] { DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes })
        {
            nomination.Attachments.Add(new Attachment
            {
                DocumentKind = kindOfDocument, FileName = "hoso.pdf", ContentType = "application/pdf", Sha256 = "00", StoragePath = "x", UploadedBy = "canbo.soyte",
            });
        }

        return nomination;
    }

    private Nomination Eligible(AwardForm form, NomineeKind kind, string name, Campaign? inCampaign = null)
    {
        var c = inCampaign ?? campaign;
        var nomination = Draft(form, kind, name, c);
        NominationBatch.Submit(c, 7, "12/TTr-SYT", Signed.AddDays(-50), [nomination], null, NoiVu, Now.AddDays(-50), Signed.AddDays(-50));
        nomination.StartReview(NoiVu, Now.AddDays(-40));
        nomination.MarkEligible(NoiVu, Now.AddDays(-40), null);
        return nomination;
    }

    /// <summary>Through a council session of 9 members, all present, with <paramref name="agree"/> agree votes (7 of 9 pass).</summary>
    private Nomination Voted(AwardForm form, NomineeKind kind, string name, Campaign inCampaign, int agree)
    {
        var nomination = Eligible(form, kind, name, inCampaign);
        var session = new CouncilSession { CampaignId = inCampaign.Id, Title = "Phiên họp", Place = "UBND tỉnh", CreatedByUserName = "noivu" };
        session.InviteMembers(Enumerable.Range(1, 9).Select(i => ($"u{i}", $"Thành viên {i}")));
        session.RecordAttendance(session.Members.Select(m => m.UserId).ToList());
        session.AddToAgenda(nomination, NoiVu, Now.AddDays(-30));
        session.OpenVoting("test-key", Now.AddDays(-20));
        session.Close(
            Ballot.FromCounts(new Dictionary<int, (int, int, int)> { [nomination.Id] = (agree, 9 - agree, 0) }),
            NoiVu, Now.AddDays(-20));
        return nomination;
    }

    private Nomination Passed(AwardForm form, NomineeKind kind, string name, Campaign? inCampaign = null) =>
        Voted(form, kind, name, inCampaign ?? campaign, agree: 9);

    private Nomination Decided(AwardForm form, string name)
    {
        var nomination = Passed(form, NomineeKind.Individual, name);
        AwardDecision.Record(form, "1/QĐ-UBND", Signed, "A", "Chủ tịch", [nomination], NoiVu, Now);
        return nomination;
    }
}
