using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests;

public sealed class PlanAmendmentTests
{
    private static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    private static readonly Actor Reviewer = new("noivu", "Hoàng Thị Thu Hà");
    private static readonly DateTime Now = new(2026, 6, 10, 2, 0, 0, DateTimeKind.Utc);

    private static string AreaName(int id) => $"Nội dung {id}";

    /// <summary>An accepted plan with two saved targets (ids 1 and 2), as loaded from the database.</summary>
    private static UnitPlan Accepted()
    {
        var plan = UnitPlan.Start(1, 11, Head, Now);
        plan.Id = 7;
        foreach (var (id, title) in new[] { (1, "Tỷ lệ hồ sơ đúng hạn"), (2, "Tổ chức hội nghị điển hình tiên tiến") })
        {
            plan.AddTarget(new PlanTarget
            {
                Id = id, ContentAreaId = 4, Title = title, ResponsibleName = "Nguyễn Văn A",
                Deadline = new DateOnly(2026, 12, 31), TargetValue = 100, UnitOfMeasure = "%",
            });
        }

        plan.Submit(Head, Now);
        plan.Accept(Reviewer, Now.AddDays(1), "Đồng ý");
        return plan;
    }

    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Returned)]
    public void Only_an_accepted_plan_can_be_asked_to_amend(PlanStatus status)
    {
        var plan = UnitPlan.Start(1, 11, Head, Now);
        plan.AddTarget(new PlanTarget { Title = "x", ResponsibleName = "y" });
        if (status != PlanStatus.Draft)
        {
            plan.Submit(Head, Now);
        }

        if (status == PlanStatus.Returned)
        {
            plan.Return(Reviewer, Now, "Bổ sung");
        }

        Assert.NotNull(plan.AmendmentRequestRefusal());
        Assert.Throws<DomainException>(() => plan.RequestAmendment(Head, Now, "Lý do"));
        Assert.Equal(status, plan.Status);
    }

    [Fact]
    public void A_request_without_reason_is_refused_and_a_refusal_without_reason_too()
    {
        var plan = Accepted();

        Assert.Throws<DomainException>(() => plan.RequestAmendment(Head, Now, "  "));
        Assert.Equal(PlanStatus.Accepted, plan.Status);
        plan.RequestAmendment(Head, Now.AddDays(2), "Bổ sung chỉ tiêu giữa năm");
        Assert.Throws<DomainException>(() => plan.RefuseAmendment(Reviewer, Now, ""));
        Assert.Equal(PlanStatus.AmendmentRequested, plan.Status);
    }

    [Fact]
    public void A_refused_request_leaves_the_plan_accepted_as_version_1_and_keeps_nothing()
    {
        var plan = Accepted();
        plan.RequestAmendment(Head, Now.AddDays(2), "Bổ sung chỉ tiêu giữa năm");

        plan.RefuseAmendment(Reviewer, Now.AddDays(3), "Chưa có căn cứ điều chỉnh");

        Assert.Equal(PlanStatus.Accepted, plan.Status);
        Assert.Equal(1, plan.AcceptedVersionCount);
        Assert.Empty(plan.Versions);
        Assert.NotNull(plan.EditRefusal());
    }

    [Fact]
    public void A_reopened_plan_keeps_version_1_is_editable_stays_in_force_and_shows_its_changes()
    {
        var plan = Accepted();
        plan.RequestAmendment(Head, Now.AddDays(2), "Bổ sung chỉ tiêu giữa năm");

        plan.ApproveAmendment(Reviewer, Now.AddDays(3), null);
        plan.Targets[0].TargetValue = 120;
        plan.RemoveTarget(plan.Targets[1]);
        plan.AddTarget(new PlanTarget { Id = 3, ContentAreaId = 2, Title = "Mới", ResponsibleName = "B", Deadline = new DateOnly(2026, 11, 30) });
        plan.Submit(Head, Now.AddDays(4));
        plan.Accept(Reviewer, Now.AddDays(5), null);

        var kept = Assert.Single(plan.Versions);
        Assert.Equal((1, "noivu", 2), (kept.Number, kept.AcceptedByUserName, kept.Targets().Count));
        Assert.Equal(2, plan.AcceptedVersionCount);
        Assert.True(plan.HasBeenAccepted);
        Assert.Null(PlanTarget.ReportRefusal(PlanStatus.Amending, plan.HasBeenAccepted));
        var diff = PlanDiff.Between(kept, plan, AreaName);
        Assert.Equal(
            [(TargetChangeKind.Added, 3), (TargetChangeKind.Changed, 1), (TargetChangeKind.Removed, 2)],
            diff.Targets.Select(c => (c.Kind, c.TargetId)));
        Assert.Equal(new FieldChange("Giá trị mục tiêu", "100", "120"), Assert.Single(diff.Targets[1].Fields));
    }

    [Fact]
    public void A_plan_never_accepted_may_not_be_reported_on()
    {
        Assert.NotNull(PlanTarget.ReportRefusal(PlanStatus.Amending));
        Assert.NotNull(PlanTarget.ReportRefusal(PlanStatus.Submitted, planWasAccepted: false));
    }
}
