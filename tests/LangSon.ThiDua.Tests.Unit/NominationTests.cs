using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.UnitTests;

public sealed class NominationTests
{
    private static readonly Actor Clerk = new("canbo.soyte", "Nguyễn Thị Hương");
    private static readonly Actor Reviewer = new("noivu", "Hoàng Thị Thu Hà");
    private static readonly DateTime Now = new(2025, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    internal static AwardForm Form(string code)
    {
        var form = AwardFormSeed.Create().Single(f => f.Code == code);
        form.Id = code switch { AwardFormSeed.GiayKhen => 1, AwardFormSeed.BangKhenTinh => 2, _ => 3 };
        return form;
    }

    internal static Nomination Draft(string code = AwardFormSeed.BangKhenTinh, TaskRating rating = TaskRating.Good, NomineeKind kind = NomineeKind.Individual) =>
        Nomination.Draft(1, 11, Form(code), kind, "  Nguyễn Văn Ánh  ", "Thành tích xuất sắc.", rating, Clerk, Now);

    internal static void AttachAll(Nomination nomination)
    {
        foreach (var kind in new[] { DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes })
        {
            nomination.Attachments.Add(new Attachment
            {
                FileName = kind + ".pdf", ContentType = "application/pdf", Sha256 = "", StoragePath = "x", UploadedBy = "canbo.soyte", DocumentKind = kind,
            });
        }
    }

    [Fact]
    public void A_new_nomination_is_a_draft_with_a_trimmed_name_its_folded_search_name_and_a_first_history_row()
    {
        var nomination = Draft();

        Assert.Equal(NominationStatus.Draft, nomination.Status);
        Assert.True(nomination.IsEditable);
        Assert.Equal("Nguyễn Văn Ánh", nomination.NomineeName);
        Assert.Equal("nguyen van anh", nomination.NomineeSearchName);
        var created = Assert.Single(nomination.Transitions);
        Assert.Equal((null, NominationStatus.Draft, "canbo.soyte"), (created.From, created.To, created.UserName));
    }

    [Fact]
    public void A_form_that_does_not_take_the_nominee_kind_is_refused()
    {
        var form = Form(AwardFormSeed.BangKhenTinh);
        form.NomineeKinds = NomineeKinds.Collective;

        var refused = Assert.Throws<DomainException>(() => Nomination.Draft(1, 11, form, NomineeKind.Individual, "A", "B", TaskRating.Good, Clerk, Now));
        Assert.Equal("Hình thức \"Bằng khen của Chủ tịch UBND tỉnh\" không áp dụng cho cá nhân.", refused.Message);
    }

    [Theory]
    [InlineData(AwardFormSeed.BangKhenTinh, TaskRating.Completed, false)]
    [InlineData(AwardFormSeed.BangKhenTinh, TaskRating.Good, true)]
    [InlineData(AwardFormSeed.BangKhenThuTuong, TaskRating.Good, false)]
    [InlineData(AwardFormSeed.BangKhenThuTuong, TaskRating.Excellent, true)]
    public void The_rating_must_reach_the_forms_minimum(string code, TaskRating rating, bool accepted)
    {
        var nomination = Draft(code, rating);
        AttachAll(nomination);

        var problems = nomination.SubmissionProblems(Form(code));

        Assert.Equal(accepted, problems.Count == 0);
        if (!accepted)
        {
            Assert.StartsWith($"Mức xếp loại \"{rating.DisplayName()}\" chưa đạt yêu cầu của", Assert.Single(problems), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_missing_required_document_is_named_and_the_units_To_trinh_is_never_missing()
    {
        var nomination = Draft();
        var form = Form(AwardFormSeed.BangKhenTinh);

        Assert.Equal([DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes], nomination.MissingDocuments(form));
        Assert.Equal(
            ["Thiếu tài liệu bắt buộc: Báo cáo thành tích.", "Thiếu tài liệu bắt buộc: Biên bản họp xét của đơn vị."],
            nomination.SubmissionProblems(form));
        AttachAll(nomination);
        Assert.Empty(nomination.MissingDocuments(form));
    }

    [Fact]
    public void An_inactive_form_blocks_submission()
    {
        var nomination = Draft();
        AttachAll(nomination);
        var form = Form(AwardFormSeed.BangKhenTinh);
        form.IsActive = false;

        Assert.Equal("Hình thức \"Bằng khen của Chủ tịch UBND tỉnh\" đã ngừng áp dụng.", Assert.Single(nomination.SubmissionProblems(form)));
    }

    [Fact]
    public void Linking_targets_keeps_each_once_and_drops_those_no_longer_chosen()
    {
        var nomination = Draft();
        nomination.LinkTargets([5, 7, 7]);
        nomination.LinkTargets([7, 9]);

        Assert.Equal([7, 9], nomination.Targets.Select(t => t.PlanTargetId).Order());
    }

    [Fact]
    public void A_submitted_nomination_cannot_be_edited_until_it_is_returned_with_a_comment()
    {
        var nomination = Draft();
        AttachAll(nomination);
        NominationBatch.Submit(NominationBatchTests.ActiveCampaign(null), 11, "45/TTr-SYT", new DateOnly(2025, 12, 1), [nomination], null, Clerk, Now, new DateOnly(2025, 12, 1));

        Assert.False(nomination.IsEditable);
        var refused = Assert.Throws<DomainException>(() => nomination.LinkTargets([1]));
        Assert.Contains("không thể sửa", refused.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => nomination.ChangeAwardForm(Form(AwardFormSeed.GiayKhen)));
        Assert.Throws<DomainException>(() => nomination.Return(Reviewer, Now, " "));

        nomination.Return(Reviewer, Now.AddDays(1), "Bổ sung minh chứng.");

        Assert.True(nomination.IsEditable);
        Assert.Equal("Bổ sung minh chứng.", nomination.ReviewComment);
        nomination.LinkTargets([1]);
        Assert.Single(nomination.Targets);
    }

    [Fact]
    public void Review_transitions_follow_the_workflow_and_refuse_illegal_steps()
    {
        var nomination = Draft();
        AttachAll(nomination);

        Assert.Throws<DomainException>(() => nomination.StartReview(Reviewer, Now));
        Assert.Throws<DomainException>(() => nomination.MarkEligible(Reviewer, Now, null));
        NominationBatch.Submit(NominationBatchTests.ActiveCampaign(null), 11, "45/TTr-SYT", new DateOnly(2025, 12, 1), [nomination], null, Clerk, Now, new DateOnly(2025, 12, 1));
        nomination.StartReview(Reviewer, Now);
        Assert.Throws<DomainException>(() => nomination.MarkIneligible(Reviewer, Now, ""));
        nomination.MarkEligible(Reviewer, Now, "Đủ điều kiện.");

        Assert.Equal(
            [NominationStatus.Draft, NominationStatus.Submitted, NominationStatus.UnderReview, NominationStatus.Eligible],
            nomination.Transitions.Select(t => t.To));
        Assert.Throws<DomainException>(() => nomination.StartReview(Reviewer, Now));
    }
}
