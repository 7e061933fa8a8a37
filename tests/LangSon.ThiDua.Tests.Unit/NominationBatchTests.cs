using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.UnitTests;

public sealed class NominationBatchTests
{
    private static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    private static readonly DateTime Now = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Deadline = new(2025, 12, 31);

    internal static Campaign ActiveCampaign(DateOnly? deadline)
    {
        var campaign = new Campaign { Id = 1, Code = "TD", Title = "Phong trào", LegalBasis = "KH", StartDate = new DateOnly(2025, 10, 1), NominationDeadline = deadline };
        campaign.Activate();
        return campaign;
    }

    private static Nomination Ready(string code = AwardFormSeed.BangKhenTinh, int unitId = 11)
    {
        var nomination = NominationTests.Draft(code, TaskRating.Excellent);
        nomination.UnitId = unitId;
        NominationTests.AttachAll(nomination);
        return nomination;
    }

    private static NominationReopening Reopened(DateOnly until) =>
        new() { CampaignId = 1, UnitId = 11, OpenUntil = until, Reason = "Bổ sung", ReopenedByUserName = "noivu" };

    private static NominationBatch Submit(Campaign campaign, DateOnly today, NominationReopening? reopening, params Nomination[] nominations) =>
        NominationBatch.Submit(campaign, 11, " 45/TTr-SYT ", today, nominations, reopening, Head, Now, today);

    [Fact]
    public void Submitting_on_the_deadline_moves_every_nomination_into_the_batch()
    {
        var first = Ready();
        var second = Ready(AwardFormSeed.BangKhenThuTuong);

        var batch = Submit(ActiveCampaign(Deadline), Deadline, null, first, second);

        Assert.Equal("45/TTr-SYT", batch.DocumentNumber);
        Assert.Equal(("truongdonvi.soyte", 11, 2), (batch.SubmittedByUserName, batch.UnitId, batch.Nominations.Count));
        Assert.All([first, second], n => Assert.Equal((NominationStatus.Submitted, batch), (n.Status, n.Batch)));
        Assert.Equal(NominationStatus.Submitted, first.Transitions[^1].To);
    }

    [Fact]
    public void Giay_khen_is_decided_by_the_unit_itself()
    {
        var nomination = Ready(AwardFormSeed.GiayKhen);

        Submit(ActiveCampaign(Deadline), Deadline, null, nomination);

        Assert.Equal(NominationStatus.UnitDecided, nomination.Status);
        Assert.False(nomination.IsEditable);
    }

    [Fact]
    public void The_day_after_the_deadline_is_refused_without_a_reopening()
    {
        var nomination = Ready();

        var refused = Assert.Throws<DomainException>(() => Submit(ActiveCampaign(Deadline), Deadline.AddDays(1), null, nomination));

        Assert.Equal("Đã quá hạn đề nghị khen thưởng (31/12/2025). Đơn vị chỉ trình được khi Sở Nội vụ mở lại việc tiếp nhận hồ sơ cho đơn vị.", refused.Message);
        Assert.Equal(NominationStatus.Draft, nomination.Status);
    }

    [Fact]
    public void A_reopening_allows_submission_until_its_last_day_inclusive()
    {
        var until = new DateOnly(2026, 1, 10);

        Submit(ActiveCampaign(Deadline), until, Reopened(until), Ready());
        Assert.Throws<DomainException>(() => Submit(ActiveCampaign(Deadline), until.AddDays(1), Reopened(until), Ready()));
    }

    [Fact]
    public void Without_a_deadline_submission_is_always_open()
    {
        Assert.Single(Submit(ActiveCampaign(null), new DateOnly(2030, 1, 1), null, Ready()).Nominations);
    }

    [Fact]
    public void One_nomination_with_a_problem_refuses_the_whole_batch_naming_it()
    {
        var good = Ready();
        var missing = NominationTests.Draft();

        var refused = Assert.Throws<DomainException>(() => Submit(ActiveCampaign(Deadline), Deadline, null, good, missing));

        Assert.Contains("\"Nguyễn Văn Ánh\": Thiếu tài liệu bắt buộc: Báo cáo thành tích.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Draft, good.Status);
        Assert.Null(good.Batch);
    }

    [Fact]
    public void Nominations_of_another_unit_an_empty_batch_a_missing_number_or_an_inactive_campaign_are_refused()
    {
        var campaign = ActiveCampaign(Deadline);

        Assert.Contains("chính đơn vị", Assert.Throws<DomainException>(() => Submit(campaign, Deadline, null, Ready(unitId: 12))).Message, StringComparison.Ordinal);
        Assert.Equal("Hãy chọn ít nhất một hồ sơ để trình.", Assert.Throws<DomainException>(() => Submit(campaign, Deadline, null)).Message);
        Assert.Equal("Hãy nhập số Tờ trình của đơn vị.", Assert.Throws<DomainException>(() =>
            NominationBatch.Submit(campaign, 11, " ", Deadline, [Ready()], null, Head, Now, Deadline)).Message);
        campaign.Close();
        Assert.Contains("không nhận hồ sơ", Assert.Throws<DomainException>(() => Submit(campaign, Deadline, null, Ready())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_returned_nomination_is_resubmitted_under_a_new_batch()
    {
        var nomination = Ready();
        var first = Submit(ActiveCampaign(Deadline), Deadline, null, nomination);
        nomination.Return(new Actor("noivu", "Hoàng Thị Thu Hà"), Now, "Bổ sung.");

        var second = Submit(ActiveCampaign(Deadline), Deadline, null, nomination);

        Assert.NotSame(first, second);
        Assert.Same(second, nomination.Batch);
        Assert.Null(nomination.ReviewComment);
        Assert.Equal(NominationStatus.Submitted, nomination.Status);
    }
}
