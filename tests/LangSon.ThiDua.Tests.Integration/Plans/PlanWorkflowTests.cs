using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Plans;

/// <summary>Draft → Submitted (head) → Returned with a comment | Accepted (Sở Nội vụ) → resubmitted; who may do what.</summary>
public sealed class PlanWorkflowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string> NoFields = [];

    [Fact]
    public async Task The_clerk_starts_the_unit_plan_once_and_a_second_start_is_refused()
    {
        await factory.RemovePlanAsync("SYT");
        using var staff = await factory.SignInAsync("canbo.soyte");

        var mine = await staff.GetPageAsync("/Plans/Mine");
        Assert.Contains("Đơn vị chưa lập kế hoạch triển khai", mine.MainText(), StringComparison.Ordinal);
        var details = await staff.FollowAsync(await staff.PostFormAsync("/Plans/Start", NoFields, "/Plans/Mine"));
        var second = await staff.PostAsSignedInUserAsync("/Plans/Start", NoFields);

        var plans = await factory.WithDbAsync(db => db.UnitPlans.AsNoTracking().Include(p => p.Transitions)
            .Where(p => p.Unit!.Code == "SYT").ToListAsync());
        var plan = Assert.Single(plans);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        var start = Assert.Single(plan.Transitions);
        Assert.Equal(("canbo.soyte", (PlanStatus?)null, PlanStatus.Draft), (start.UserName, start.From, start.To));
        Assert.Contains("Đã lập kế hoạch dự thảo.", details.FlashSuccess(), StringComparison.Ordinal);
        Assert.Equal($"/Plans/Details/{plan.Id}", second.Headers.Location?.OriginalString);
        Assert.Contains("mỗi đơn vị chỉ lập một kế hoạch", (await staff.FollowAsync(second)).FlashError(), StringComparison.Ordinal);
        Assert.Equal($"/Plans/Details/{plan.Id}", (await staff.GetAsync("/Plans/Mine")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_head_submits_a_draft_and_the_history_shows_who_and_when()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft, PlanBuilder.SomeTargets());
        using var head = await factory.SignInAsync("truongdonvi.soyte");

        var details = await head.GetPageAsync($"/Plans/Details/{built.PlanId}");
        Assert.NotNull(details.QuerySelector($"a[href='/Plans/Submit/{built.PlanId}']"));
        var confirm = await head.GetPageAsync($"/Plans/Submit/{built.PlanId}");
        Assert.Contains("Bạn có chắc muốn trình kế hoạch với 3 mục tiêu đến Sở Nội vụ?", confirm.MainText(), StringComparison.Ordinal);
        var after = await head.FollowAsync(await head.PostFormAsync($"/Plans/Submit/{built.PlanId}", NoFields));

        Assert.Equal(PlanStatus.Submitted, await factory.StatusAsync(built.PlanId));
        var last = await LastTransitionAsync(built.PlanId);
        Assert.Equal(("truongdonvi.soyte", "Phạm Quốc Khánh", (PlanStatus?)PlanStatus.Draft, PlanStatus.Submitted), (last.UserName, last.FullName, last.From, last.To));
        Assert.Contains("Đã trình kế hoạch đến Sở Nội vụ.", after.FlashSuccess(), StringComparison.Ordinal);
        Assert.Equal("Đã trình", after.QuerySelector(".plan-header [data-status]")!.TextContent.Trim());
        var historyRow = after.QuerySelectorAll("table.history tbody tr")[^1].TextContent;
        Assert.Contains("Phạm Quốc Khánh", historyRow, StringComparison.Ordinal);
        Assert.Contains("(truongdonvi.soyte)", historyRow, StringComparison.Ordinal);
        Assert.Contains("Dự thảo → Đã trình", historyRow, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"a[href='/Plans/Edit/{built.PlanId}']"));
    }

    [Fact]
    public async Task The_clerk_cannot_submit_the_plan()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft, PlanBuilder.SomeTargets());
        using var staff = await factory.SignInAsync("canbo.soyte");

        var details = await staff.GetPageAsync($"/Plans/Details/{built.PlanId}");
        var page = await staff.GetAsync($"/Plans/Submit/{built.PlanId}");
        var post = await staff.PostAsSignedInUserAsync($"/Plans/Submit/{built.PlanId}", NoFields);

        Assert.Null(details.QuerySelector($"a[href='/Plans/Submit/{built.PlanId}']"));
        Assert.Contains("Thủ trưởng đơn vị đăng nhập để trình kế hoạch", details.MainText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(PlanStatus.Draft, await factory.StatusAsync(built.PlanId));
    }

    [Fact]
    public async Task Submitting_a_plan_without_targets_is_refused_in_Vietnamese()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft);
        using var head = await factory.SignInAsync("truongdonvi.soyte");

        var confirm = await head.GetPageAsync($"/Plans/Submit/{built.PlanId}");
        var response = await head.PostFormAsync($"/Plans/Submit/{built.PlanId}", NoFields);

        Assert.Contains("Kế hoạch chưa có mục tiêu, chỉ tiêu nào nên chưa thể trình.", confirm.MainText(), StringComparison.Ordinal);
        Assert.Equal($"/Plans/Details/{built.PlanId}", response.Headers.Location?.OriginalString);
        var page = await head.FollowAsync(response);
        Assert.Equal("Kế hoạch chưa có mục tiêu, chỉ tiêu nào nên chưa thể trình.", page.FlashError());
        Assert.Equal(PlanStatus.Draft, await factory.StatusAsync(built.PlanId));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PlanTransitions.CountAsync(t => t.UnitPlanId == built.PlanId)));
    }

    [Fact]
    public async Task NoiVu_returns_a_plan_with_a_comment_the_unit_sees_it_and_the_history_keeps_it()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Submitted, PlanBuilder.SomeTargets());
        using var noivu = await factory.SignInAsync("noivu");
        const string comment = "Chỉ tiêu giải ngân cần ghi rõ số vốn được giao (tỷ đồng).";

        var queue = await noivu.GetPageAsync($"/Plans?status={(int)PlanStatus.Submitted}");
        Assert.Contains("Sở Y tế", queue.QuerySelector("table.plans tbody")!.TextContent, StringComparison.Ordinal);
        var review = await noivu.GetPageAsync($"/Plans/Review/{built.PlanId}");
        var fields = FormFields.Read(review);
        fields["Comment"] = comment;
        fields["Decision"] = "Return";
        var after = await noivu.FollowAsync(await noivu.PostFormAsync($"/Plans/Review/{built.PlanId}", fields));

        var plan = await factory.WithDbAsync(db => db.UnitPlans.AsNoTracking().SingleAsync(p => p.Id == built.PlanId));
        Assert.Equal((PlanStatus.Returned, comment), (plan.Status, plan.ReviewComment));
        var last = await LastTransitionAsync(built.PlanId);
        Assert.Equal(("noivu", (PlanStatus?)PlanStatus.Submitted, PlanStatus.Returned, comment), (last.UserName, last.From, last.To, last.Comment));
        Assert.Contains("Đã trả lại kế hoạch của Sở Y tế", after.FlashSuccess(), StringComparison.Ordinal);

        using var staff = await factory.SignInAsync("canbo.soyte");
        var details = await staff.GetPageAsync($"/Plans/Details/{built.PlanId}");
        Assert.Contains(comment, details.QuerySelector(".review-comment")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(comment, details.QuerySelectorAll("table.history tbody tr")[^1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(details.QuerySelector($"a[href='/Plans/Edit/{built.PlanId}']"));
    }

    [Fact]
    public async Task Returning_without_a_comment_is_refused_and_the_plan_stays_submitted()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Submitted, PlanBuilder.SomeTargets());
        using var noivu = await factory.SignInAsync("noivu");

        var response = await noivu.PostFormAsync($"/Plans/Review/{built.PlanId}",
            new Dictionary<string, string> { ["Comment"] = "   ", ["Decision"] = "Return" }, $"/Plans/Review/{built.PlanId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy ghi rõ lý do trả lại kế hoạch để đơn vị chỉnh sửa.", (await PortalClient.ParseAsync(response)).ValidationMessages());
        Assert.Equal(PlanStatus.Submitted, await factory.StatusAsync(built.PlanId));
        Assert.Equal(2, await factory.WithDbAsync(db => db.PlanTransitions.CountAsync(t => t.UnitPlanId == built.PlanId)));
    }

    [Fact]
    public async Task A_returned_plan_is_fixed_resubmitted_and_accepted_with_the_whole_history()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Returned, PlanBuilder.SomeTargets());
        using var staff = await factory.SignInAsync("canbo.soyte");
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        using var noivu = await factory.SignInAsync("noivu");

        var edit = FormFields.Read(await staff.GetPageAsync($"/Plans/Edit/{built.PlanId}"));
        edit["Summary"] = "Kế hoạch đã bổ sung theo ý kiến của Sở Nội vụ.";
        await staff.FollowAsync(await staff.PostFormAsync($"/Plans/Edit/{built.PlanId}", edit));
        var target = FormFields.Read(await staff.GetPageAsync($"/Targets/Edit/{built.TargetIds[0]}"));
        target["Title"] = "Giải ngân 100% vốn đầu tư công được giao (120 tỷ đồng)";
        await staff.FollowAsync(await staff.PostFormAsync($"/Targets/Edit/{built.TargetIds[0]}", target));
        await head.FollowAsync(await head.PostFormAsync($"/Plans/Submit/{built.PlanId}", NoFields));
        var accepted = await noivu.FollowAsync(await noivu.PostFormAsync($"/Plans/Review/{built.PlanId}",
            new Dictionary<string, string> { ["Comment"] = "", ["Decision"] = "Accept" }));

        var plan = await factory.WithDbAsync(db => db.UnitPlans.AsNoTracking().Include(p => p.Transitions).Include(p => p.Targets)
            .SingleAsync(p => p.Id == built.PlanId));
        Assert.Equal(PlanStatus.Accepted, plan.Status);
        Assert.Equal("Kế hoạch đã bổ sung theo ý kiến của Sở Nội vụ.", plan.Summary);
        Assert.Contains(plan.Targets, t => t.Title == "Giải ngân 100% vốn đầu tư công được giao (120 tỷ đồng)");
        Assert.Equal(
            [PlanStatus.Draft, PlanStatus.Submitted, PlanStatus.Returned, PlanStatus.Submitted, PlanStatus.Accepted],
            plan.Transitions.OrderBy(t => t.AtUtc).ThenBy(t => t.Id).Select(t => t.To));
        Assert.Equal(5, accepted.QuerySelectorAll("table.history tbody tr").Length);
        Assert.Equal("Đã chấp thuận", accepted.QuerySelector(".plan-header [data-status]")!.TextContent.Trim());
        Assert.Null(accepted.QuerySelector(".review-comment"));
    }

    [Fact]
    public async Task An_accepted_plan_can_no_longer_be_changed_and_nothing_is_saved()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Accepted, PlanBuilder.SomeTargets());
        var before = await factory.SnapshotAsync(built.PlanId);
        using var staff = await factory.SignInAsync("canbo.soyte");
        const string refusal = "Kế hoạch đang ở trạng thái \"Đã chấp thuận\" nên không thể sửa. Chỉ sửa được kế hoạch "
            + "dự thảo, bị trả lại hoặc đang điều chỉnh; muốn sửa, Thủ trưởng đơn vị đề nghị điều chỉnh kế hoạch.";
        var target = built.TargetIds[1];
        var targetFields = new Dictionary<string, string>
        {
            ["ContentAreaId"] = built.AreaIds[1].ToString(), ["Title"] = "Không được lưu", ["MeasureKind"] = "0", ["UnitOfMeasure"] = "%",
            ["Direction"] = "0", ["TargetValue"] = "100", ["ResponsibleName"] = "Nguyễn Văn An", ["Deadline"] = "2026-12-31", ["Version"] = "0",
        };

        var details = await staff.GetPageAsync($"/Plans/Details/{built.PlanId}");
        Assert.Null(details.QuerySelector($"a[href='/Plans/Edit/{built.PlanId}']"));
        Assert.Null(details.QuerySelector("a[href^='/Targets/']"));
        Assert.Empty(details.QuerySelectorAll("form[action^='/Targets/Move/']"));
        Assert.NotNull(details.QuerySelector($"a[href='/Progress/Target/{target}']"));

        string[] pages = [$"/Targets/Create?planId={built.PlanId}&areaId={built.AreaIds[1]}", $"/Targets/Edit/{target}", $"/Targets/Delete/{target}", $"/Plans/Edit/{built.PlanId}"];
        foreach (var url in pages)
        {
            var response = await staff.GetAsync(url);
            Assert.Equal($"/Plans/Details/{built.PlanId}", response.Headers.Location?.OriginalString);
            Assert.Equal(refusal, (await staff.FollowAsync(response)).FlashError());
        }

        (string Url, Dictionary<string, string> Fields)[] posts =
        [
            ($"/Targets/Create?planId={built.PlanId}", targetFields),
            ($"/Targets/Edit/{target}", targetFields),
            ($"/Targets/Delete/{target}", NoFields),
            ($"/Targets/Move/{target}?direction=up", NoFields),
            ($"/Plans/Edit/{built.PlanId}", new Dictionary<string, string> { ["DocumentNumber"] = "99/KH", ["Summary"] = "Không được lưu", ["Version"] = "2" }),
        ];
        foreach (var (url, fields) in posts)
        {
            var response = await staff.PostAsSignedInUserAsync(url, fields);
            Assert.Equal($"/Plans/Details/{built.PlanId}", response.Headers.Location?.OriginalString);
            Assert.Equal(refusal, (await staff.FollowAsync(response)).FlashError());
        }

        Assert.Equal(before, await factory.SnapshotAsync(built.PlanId));
    }

    [Theory]
    [InlineData("canbo.soyte")]
    [InlineData("truongdonvi.soyte")]
    public async Task Unit_users_cannot_review_their_own_plan(string userName)
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Submitted, PlanBuilder.SomeTargets());
        using var client = await factory.SignInAsync(userName);

        var page = await client.GetAsync($"/Plans/Review/{built.PlanId}");
        var post = await client.PostAsSignedInUserAsync($"/Plans/Review/{built.PlanId}", new Dictionary<string, string> { ["Decision"] = "Accept" });

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(PlanStatus.Submitted, await factory.StatusAsync(built.PlanId));
    }

    [Fact]
    public async Task A_plan_that_is_not_submitted_cannot_be_reviewed()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft, PlanBuilder.SomeTargets());
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.FollowAsync(await noivu.GetAsync($"/Plans/Review/{built.PlanId}"));
        var post = await noivu.FollowAsync(await noivu.PostAsSignedInUserAsync($"/Plans/Review/{built.PlanId}", new Dictionary<string, string> { ["Decision"] = "Accept" }));

        Assert.Contains("không phải kế hoạch chờ duyệt", page.FlashError(), StringComparison.Ordinal);
        Assert.Contains("không phải kế hoạch chờ duyệt", post.FlashError(), StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, await factory.StatusAsync(built.PlanId));
    }

    private Task<PlanTransition> LastTransitionAsync(int planId) =>
        factory.WithDbAsync(db => db.PlanTransitions.AsNoTracking().Where(t => t.UnitPlanId == planId)
            .OrderByDescending(t => t.AtUtc).ThenByDescending(t => t.Id).FirstAsync());
}
