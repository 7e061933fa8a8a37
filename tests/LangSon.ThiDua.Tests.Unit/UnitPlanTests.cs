using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests;

public sealed class UnitPlanTests
{
    private static readonly Actor Clerk = new("canbo.soyte", "Nguyễn Thị Hương");
    private static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    private static readonly Actor Reviewer = new("noivu", "Hoàng Thị Thu Hà");
    private static readonly DateTime Now = new(2025, 11, 10, 2, 0, 0, DateTimeKind.Utc);

    private static PlanTarget Target(int area, string title = "Tỷ lệ hồ sơ đúng hạn") =>
        new() { ContentAreaId = area, Title = title, ResponsibleName = "Nguyễn Văn A", Deadline = new DateOnly(2025, 12, 31), TargetValue = 100, UnitOfMeasure = "%" };

    private static UnitPlan DraftWithTarget()
    {
        var plan = UnitPlan.Start(1, 11, Clerk, Now);
        plan.AddTarget(Target(4));
        return plan;
    }

    [Fact]
    public void A_new_plan_is_a_draft_with_its_first_history_row()
    {
        var plan = UnitPlan.Start(1, 11, Clerk, Now);

        Assert.Equal(PlanStatus.Draft, plan.Status);
        var created = Assert.Single(plan.Transitions);
        Assert.Equal((null, PlanStatus.Draft, "canbo.soyte"), (created.From, created.To, created.UserName));
    }

    [Fact]
    public void A_plan_without_targets_cannot_be_submitted()
    {
        var plan = UnitPlan.Start(1, 11, Clerk, Now);

        var refused = Assert.Throws<DomainException>(() => plan.Submit(Head, Now));
        Assert.Contains("chưa có mục tiêu", refused.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void Returned_plan_can_be_edited_and_resubmitted_and_then_accepted()
    {
        var plan = DraftWithTarget();
        plan.Submit(Head, Now);
        plan.Return(Reviewer, Now.AddDays(1), "Bổ sung chỉ tiêu về cải cách hành chính");

        Assert.Equal(PlanStatus.Returned, plan.Status);
        Assert.Equal("Bổ sung chỉ tiêu về cải cách hành chính", plan.ReviewComment);
        plan.AddTarget(Target(4, "Tỷ lệ hồ sơ trực tuyến"));
        plan.Submit(Head, Now.AddDays(2));
        plan.Accept(Reviewer, Now.AddDays(3), null);

        Assert.Equal(PlanStatus.Accepted, plan.Status);
        Assert.Equal(
            [PlanStatus.Draft, PlanStatus.Submitted, PlanStatus.Returned, PlanStatus.Submitted, PlanStatus.Accepted],
            plan.Transitions.Select(t => t.To));
        Assert.Equal("Bổ sung chỉ tiêu về cải cách hành chính", plan.Transitions[2].Comment);
    }

    [Fact]
    public void A_return_needs_a_comment()
    {
        var plan = DraftWithTarget();
        plan.Submit(Head, Now);

        Assert.Throws<DomainException>(() => plan.Return(Reviewer, Now, "  "));
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void Only_a_submitted_plan_is_reviewed()
    {
        var plan = DraftWithTarget();

        Assert.Throws<DomainException>(() => plan.Accept(Reviewer, Now, null));
        Assert.Throws<DomainException>(() => plan.Return(Reviewer, Now, "Lý do"));
    }

    [Fact]
    public void Submitted_and_accepted_plans_refuse_changes_to_their_targets()
    {
        var plan = DraftWithTarget();
        plan.Submit(Head, Now);

        Assert.Throws<DomainException>(() => plan.AddTarget(Target(1)));
        Assert.Throws<DomainException>(() => plan.RemoveTarget(plan.Targets[0]));
        plan.Accept(Reviewer, Now, "Đồng ý");
        Assert.Throws<DomainException>(() => plan.MoveTarget(plan.Targets[0], 1));
        Assert.Throws<DomainException>(() => plan.Submit(Head, Now));
    }

    [Fact]
    public void Targets_are_numbered_within_their_area_and_can_be_moved()
    {
        var plan = UnitPlan.Start(1, 11, Clerk, Now);
        var a = plan.AddTarget(Target(1, "A"));
        var b = plan.AddTarget(Target(1, "B"));
        var other = plan.AddTarget(Target(2, "C"));

        Assert.Equal((1, 2, 1), (a.SortOrder, b.SortOrder, other.SortOrder));
        plan.MoveTarget(b, -1);
        Assert.Equal((2, 1), (a.SortOrder, b.SortOrder));
        plan.MoveTarget(b, -1);
        Assert.Equal((2, 1), (a.SortOrder, b.SortOrder));
    }

    [Fact]
    public void Progress_is_reported_on_accepted_plans_only_and_keeps_its_percent()
    {
        var target = new PlanTarget { Title = "Thu ngân sách", ResponsibleName = "A", Baseline = 40, TargetValue = 80, Deadline = new DateOnly(2025, 12, 31) };
        ProgressReport Report(decimal value) => new() { AsOfDate = new DateOnly(2025, 11, 30), Value = value, Narrative = "Đã thực hiện", ReporterUserName = "canbo.soyte", ReporterFullName = "Nguyễn Thị Hương" };

        Assert.Throws<DomainException>(() => target.Report(Report(60), PlanStatus.Submitted));
        var report = target.Report(Report(60), PlanStatus.Accepted);

        Assert.Equal(50m, report.Percent);
        Assert.Single(target.Reports);
        Assert.Throws<DomainException>(() => target.Report(new ProgressReport { Narrative = "x", ReporterUserName = "a", ReporterFullName = "b" }, PlanStatus.Accepted));
    }
}
