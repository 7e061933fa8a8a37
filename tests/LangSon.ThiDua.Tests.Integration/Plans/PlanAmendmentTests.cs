using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Plans;

/// <summary>
/// An accepted plan is amended: the head asks with a reason, Sở Nội vụ reopens it (or refuses), the unit edits and
/// resubmits, Sở Nội vụ accepts; the accepted version stays readable, reports stay on their targets, changes show.
/// </summary>
public sealed class PlanAmendmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string> NoFields = [];

    [Fact]
    public async Task An_amended_and_reaccepted_plan_shows_its_changes_keeps_version_1_readable_and_its_reports()
    {
        var targets = PlanBuilder.SomeTargets();
        targets[0] = targets[0] with { ReportedValue = 40m };
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Accepted, targets);
        var (reported, edited, removed) = (built.TargetIds[0], built.TargetIds[1], built.TargetIds[2]);
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        using var staff = await factory.SignInAsync("canbo.soyte");
        using var noivu = await factory.SignInAsync("noivu");
        var details = $"/Plans/Details/{built.PlanId}";

        Assert.NotNull((await head.GetPageAsync(details)).QuerySelector($"a[href='/Plans/RequestAmendment/{built.PlanId}']"));
        await head.FollowAsync(await head.PostFormAsync(
            $"/Plans/RequestAmendment/{built.PlanId}", new Dictionary<string, string> { ["Reason"] = PlanAmendmentBuilder.Reason }));
        Assert.Equal(PlanStatus.AmendmentRequested, await factory.StatusAsync(built.PlanId));
        Assert.Contains(await factory.AmendmentNotificationsAsync(),
            n => n.UserName == "noivu" && n.Link == $"/Plans/Amendment/{built.PlanId}" && n.Title.Contains("Sở Y tế", StringComparison.Ordinal));
        var home = await noivu.GetPageAsync("/");
        Assert.Equal(("1", $"/Plans?status={(int)PlanStatus.AmendmentRequested}"), Waiting(home, "Đề nghị điều chỉnh kế hoạch"));
        var request = await noivu.GetPageAsync($"/Plans/Amendment/{built.PlanId}");
        Assert.Contains(PlanAmendmentBuilder.Reason, request.QuerySelector(".amendment-request")!.TextContent, StringComparison.Ordinal);

        await noivu.FollowAsync(await noivu.PostFormAsync(
            $"/Plans/Amendment/{built.PlanId}", new Dictionary<string, string> { ["Comment"] = "", ["Decision"] = "Approve" }));
        Assert.Equal(PlanStatus.Amending, await factory.StatusAsync(built.PlanId));
        Assert.Contains(await factory.AmendmentNotificationsAsync(),
            n => n.UserName == "canbo.soyte" && n.Title.Contains("đồng ý cho điều chỉnh", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/Progress/Create?targetId={reported}")).StatusCode);

        var fields = FormFields.Read(await staff.GetPageAsync($"/Targets/Edit/{reported}"));
        fields["TargetValue"] = "120";
        await staff.FollowAsync(await staff.PostFormAsync($"/Targets/Edit/{reported}", fields));
        fields = FormFields.Read(await staff.GetPageAsync($"/Targets/Edit/{edited}"));
        fields["Title"] = "Tỷ lệ cơ sở khám, chữa bệnh liên thông dữ liệu (bổ sung trạm y tế xã)";
        await staff.FollowAsync(await staff.PostFormAsync($"/Targets/Edit/{edited}", fields));
        var refused = await staff.FollowAsync(await staff.PostAsSignedInUserAsync($"/Targets/Delete/{reported}", NoFields));
        Assert.Equal(PlanTarget.DeleteRefusal(hasReports: true), refused.FlashError());
        Assert.Equal(PlanTarget.DeleteRefusal(hasReports: true), (await staff.FollowAsync(await staff.GetAsync($"/Targets/Delete/{reported}"))).FlashError());
        await staff.FollowAsync(await staff.PostFormAsync($"/Targets/Delete/{removed}", NoFields));
        await head.FollowAsync(await head.PostFormAsync($"/Plans/Submit/{built.PlanId}", NoFields));

        var review = await noivu.GetPageAsync($"/Plans/Review/{built.PlanId}");
        Assert.Equal(ExpectedChanges(reported, edited, removed), Changes(review));
        var accepted = await noivu.FollowAsync(await noivu.PostFormAsync($"/Plans/Review/{built.PlanId}",
            new Dictionary<string, string> { ["Comment"] = "", ["Decision"] = "Accept" }));

        Assert.Equal(PlanStatus.Accepted, await factory.StatusAsync(built.PlanId));
        Assert.Equal(ExpectedChanges(reported, edited, removed), Changes(accepted));
        Assert.Equal(["Giá trị mục tiêu: 100 → 120"], accepted
            .QuerySelectorAll($".plan-changes tr[data-target-id='{reported}'] .field-change").Select(f => Words(f.TextContent)));
        Assert.Equal(["1", "2"], accepted.QuerySelectorAll(".versions [data-version]").Select(v => v.GetAttribute("data-version")!));
        Assert.Contains("Đề nghị điều chỉnh", accepted.QuerySelector("table.history")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Đang điều chỉnh", accepted.QuerySelector("table.history")!.TextContent, StringComparison.Ordinal);

        var version1 = await staff.GetPageAsync($"/Plans/Version/{built.PlanId}?number=1");
        Assert.Equal(built.TargetIds.Order(), version1.QuerySelectorAll("table.version-targets tr[data-target-id]")
            .Select(r => int.Parse(r.GetAttribute("data-target-id")!, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Contains("Hoàn thành đề án nâng cao chất lượng khám, chữa bệnh", version1.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ProgressReports.CountAsync(r => r.PlanTargetId == reported)));
        Assert.Equal(120m, await factory.WithDbAsync(db => db.PlanTargets.Where(t => t.Id == reported).Select(t => t.TargetValue).SingleAsync()));
    }

    [Fact]
    public async Task A_request_needs_a_reason_and_an_accepted_plan_and_a_refusal_needs_a_reason_and_keeps_the_plan()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Submitted, PlanBuilder.SomeTargets());
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        using var noivu = await factory.SignInAsync("noivu");
        var url = $"/Plans/RequestAmendment/{built.PlanId}";

        var notAccepted = await head.FollowAsync(await head.GetAsync(url));
        Assert.StartsWith("Chỉ đề nghị điều chỉnh được kế hoạch đã được Sở Nội vụ chấp thuận", notAccepted.FlashError(), StringComparison.Ordinal);

        built = await factory.CreatePlanAsync("SYT", PlanStatus.Accepted, PlanBuilder.SomeTargets());
        url = $"/Plans/RequestAmendment/{built.PlanId}";
        var empty = await head.PostFormAsync(url, new Dictionary<string, string> { ["Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Hãy ghi rõ lý do đề nghị điều chỉnh kế hoạch.", (await PortalClient.ParseAsync(empty)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Accepted, await factory.StatusAsync(built.PlanId));

        await factory.RequestAmendmentAsync(built.PlanId);
        var decide = $"/Plans/Amendment/{built.PlanId}";
        var noReason = await noivu.PostFormAsync(decide, new Dictionary<string, string> { ["Comment"] = "", ["Decision"] = "Refuse" });
        Assert.Contains("Hãy ghi rõ lý do không đồng ý điều chỉnh kế hoạch.", (await PortalClient.ParseAsync(noReason)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.AmendmentRequested, await factory.StatusAsync(built.PlanId));

        const string why = "Chỉ tiêu đã giao theo Quyết định của UBND tỉnh, chưa có căn cứ điều chỉnh.";
        await noivu.FollowAsync(await noivu.PostFormAsync(decide, new Dictionary<string, string> { ["Comment"] = why, ["Decision"] = "Refuse" }));

        Assert.Equal(PlanStatus.Accepted, await factory.StatusAsync(built.PlanId));
        Assert.Contains(await factory.AmendmentNotificationsAsync(),
            n => n.UserName == "truongdonvi.soyte" && n.Title.Contains("không đồng ý", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.PlanVersions.CountAsync(v => v.UnitPlanId == built.PlanId)));
        var page = await head.GetPageAsync($"/Plans/Details/{built.PlanId}");
        Assert.Contains(why, page.QuerySelector("table.history")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".plan-changes"));
        Assert.Equal(["1"], page.QuerySelectorAll(".versions [data-version]").Select(v => v.GetAttribute("data-version")!));
        var again = await noivu.FollowAsync(await noivu.GetAsync(decide));
        Assert.StartsWith("Kế hoạch không có đề nghị điều chỉnh nào đang chờ xem xét", again.FlashError(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_units_users_and_a_clerk_get_403_and_nothing_changes()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Accepted, PlanBuilder.SomeTargets());
        await factory.RequestAmendmentAsync(built.PlanId, reopen: true);
        await factory.WithDbAsync(async db =>
        {
            var plan = await db.UnitPlans.Include(p => p.Targets).SingleAsync(p => p.Id == built.PlanId);
            plan.Submit(PlanBuilder.Head, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        using var clerk = await factory.SignInAsync("canbo.soyte");
        using var otherHead = await factory.SignInAsync("truongdonvi.tamthanh");
        using var otherClerk = await factory.SignInAsync("canbo.tamthanh");
        var fields = new Dictionary<string, string> { ["Reason"] = PlanAmendmentBuilder.Reason };

        Assert.Equal(HttpStatusCode.Forbidden, (await otherHead.GetAsync($"/Plans/RequestAmendment/{built.PlanId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherHead.PostAsSignedInUserAsync($"/Plans/RequestAmendment/{built.PlanId}", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherClerk.GetAsync($"/Plans/Version/{built.PlanId}?number=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/Plans/RequestAmendment/{built.PlanId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsSignedInUserAsync($"/Plans/RequestAmendment/{built.PlanId}", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsSignedInUserAsync(
            $"/Plans/Amendment/{built.PlanId}", new Dictionary<string, string> { ["Decision"] = "Approve" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/Plans/Version/{built.PlanId}?number=1")).StatusCode);
        Assert.Equal(PlanStatus.Submitted, await factory.StatusAsync(built.PlanId));
    }

    [Fact]
    public async Task A_clerk_sees_no_request_button_on_an_accepted_plan_the_head_does()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Accepted, PlanBuilder.SomeTargets());
        using var clerk = await factory.SignInAsync("canbo.soyte");
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        var link = $"a[href='/Plans/RequestAmendment/{built.PlanId}']";

        Assert.Null((await clerk.GetPageAsync($"/Plans/Details/{built.PlanId}")).QuerySelector(link));
        Assert.NotNull((await head.GetPageAsync($"/Plans/Details/{built.PlanId}")).QuerySelector(link));
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static (string Label, string Link) Waiting(IHtmlDocument home, string label)
    {
        var item = home.QuerySelectorAll("#waiting-work .waiting-item")
            .Single(i => i.QuerySelector(".waiting-label")!.TextContent.Contains(label, StringComparison.Ordinal));
        return (item.QuerySelector(".waiting-count")!.TextContent.Trim(), item.QuerySelector("a")!.GetAttribute("href")!);
    }

    private static List<(string Change, int Target)> ExpectedChanges(int reported, int edited, int removed) =>
        [("Changed", reported), ("Changed", edited), ("Removed", removed)];

    private static List<(string Change, int Target)> Changes(IHtmlDocument page) =>
        page.QuerySelectorAll(".plan-changes tr[data-change]")
            .Select(r => (r.GetAttribute("data-change")!, int.Parse(r.GetAttribute("data-target-id")!, System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(c => c.Item2).ToList();
}
