using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Plans;

/// <summary>
/// Isolation: users of UBND phường Tam Thanh try every plan and target route with the ids of Sở Y tế's plan;
/// read-only roles read but never write; anonymous visitors are sent to the login page.
/// </summary>
public sealed class PlanAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, PlanStatus> OtherUnitUsers => new()
    {
        { "canbo.tamthanh", PlanStatus.Draft },
        { "truongdonvi.tamthanh", PlanStatus.Draft },
        { "canbo.tamthanh", PlanStatus.Submitted },
        { "truongdonvi.tamthanh", PlanStatus.Submitted },
    };

    [Theory]
    [MemberData(nameof(OtherUnitUsers))]
    public async Task Users_of_another_unit_get_403_on_every_route_with_the_ids_of_So_Y_te_and_nothing_changes(string userName, PlanStatus status)
    {
        var built = await factory.CreatePlanAsync("SYT", status, PlanBuilder.SomeTargets());
        await factory.CreatePlanAsync("05986", PlanStatus.Draft, PlanBuilder.SomeTargets());
        var before = await factory.SnapshotAsync(built.PlanId);
        using var client = await factory.SignInAsync(userName);

        foreach (var url in ReadRoutes(built).Concat(WriteRoutes(built)))
        {
            Assert.True(HttpStatusCode.Forbidden == (await client.GetAsync(url)).StatusCode, $"GET {url} by {userName}");
        }

        foreach (var (url, fields) in CraftedPosts(built))
        {
            Assert.True(HttpStatusCode.Forbidden == (await client.PostAsSignedInUserAsync(url, fields)).StatusCode, $"POST {url} by {userName}");
        }

        Assert.Equal(before, await factory.SnapshotAsync(built.PlanId));
        var own = await client.GetAsync("/Plans/Mine");
        Assert.NotEqual($"/Plans/Details/{built.PlanId}", own.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("mttq")]
    [InlineData("hoidong1")]
    public async Task Read_only_roles_read_the_plans_but_get_403_on_every_write_route(string userName)
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft, PlanBuilder.SomeTargets());
        var before = await factory.SnapshotAsync(built.PlanId);
        using var client = await factory.SignInAsync(userName);

        var list = await client.GetPageAsync("/Plans");
        var details = await client.GetPageAsync($"/Plans/Details/{built.PlanId}");
        Assert.Contains("Sở Y tế", list.QuerySelector("table.plans")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, details.QuerySelectorAll("tr[data-target-id]").Length);
        Assert.Empty(details.QuerySelectorAll("main form[method=post]"));
        Assert.Null(details.QuerySelector("a[href^='/Targets/'], a[href^='/Plans/Edit/'], a[href^='/Plans/Submit/'], a[href^='/Plans/Review/']"));

        foreach (var url in WriteRoutes(built))
        {
            Assert.True(HttpStatusCode.Forbidden == (await client.GetAsync(url)).StatusCode, $"GET {url} by {userName}");
        }

        foreach (var (url, fields) in CraftedPosts(built).Append(("/Plans/Start", [])))
        {
            Assert.True(HttpStatusCode.Forbidden == (await client.PostAsSignedInUserAsync(url, fields)).StatusCode, $"POST {url} by {userName}");
        }

        Assert.Equal(before, await factory.SnapshotAsync(built.PlanId));
    }

    [Fact]
    public async Task NoiVu_reads_and_reviews_but_cannot_edit_a_unit_plan()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Submitted, PlanBuilder.SomeTargets());
        var before = await factory.SnapshotAsync(built.PlanId);
        using var noivu = await factory.SignInAsync("noivu");

        var details = await noivu.GetPageAsync($"/Plans/Details/{built.PlanId}");
        Assert.NotNull(details.QuerySelector($"a[href='/Plans/Review/{built.PlanId}']"));
        foreach (var url in WriteRoutes(built).Where(u => !u.StartsWith("/Plans/Review/", StringComparison.Ordinal)))
        {
            Assert.True(HttpStatusCode.Forbidden == (await noivu.GetAsync(url)).StatusCode, $"GET {url}");
        }

        foreach (var (url, fields) in CraftedPosts(built).Where(p => !p.Url.StartsWith("/Plans/Review/", StringComparison.Ordinal)))
        {
            Assert.True(HttpStatusCode.Forbidden == (await noivu.PostAsSignedInUserAsync(url, fields)).StatusCode, $"POST {url}");
        }

        Assert.Equal(before, await factory.SnapshotAsync(built.PlanId));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page_and_cannot_post()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Submitted, PlanBuilder.SomeTargets());
        var before = await factory.SnapshotAsync(built.PlanId);
        using var anonymous = factory.CreatePortalClient();

        foreach (var url in ReadRoutes(built).Concat(WriteRoutes(built)).Append("/Plans").Append("/Plans/Mine"))
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var (url, fields) in CraftedPosts(built))
        {
            var response = await anonymous.PostAsAnonymousAsync(url, fields);
            Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Equal(before, await factory.SnapshotAsync(built.PlanId));
    }

    private static IEnumerable<string> ReadRoutes(BuiltPlan plan) => [$"/Plans/Details/{plan.PlanId}"];

    private static IEnumerable<string> WriteRoutes(BuiltPlan plan) =>
    [
        $"/Plans/Edit/{plan.PlanId}",
        $"/Plans/Submit/{plan.PlanId}",
        $"/Plans/Review/{plan.PlanId}",
        $"/Targets/Create?planId={plan.PlanId}&areaId={plan.AreaIds[1]}",
        $"/Targets/Edit/{plan.TargetIds[0]}",
        $"/Targets/Delete/{plan.TargetIds[0]}",
    ];

    private static IEnumerable<(string Url, Dictionary<string, string> Fields)> CraftedPosts(BuiltPlan plan)
    {
        var target = new Dictionary<string, string>
        {
            ["ContentAreaId"] = plan.AreaIds[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Title"] = "Mục tiêu do đơn vị khác chèn vào",
            ["MeasureKind"] = "0",
            ["UnitOfMeasure"] = "%",
            ["Direction"] = "0",
            ["TargetValue"] = "100",
            ["ResponsibleName"] = "Người ngoài",
            ["Deadline"] = "2026-12-31",
            ["Version"] = "0",
        };
        return
        [
            ($"/Plans/Edit/{plan.PlanId}", new() { ["DocumentNumber"] = "99/KH-GIA", ["Summary"] = "Sửa trộm", ["Version"] = "1" }),
            ($"/Plans/Submit/{plan.PlanId}", []),
            ($"/Plans/Review/{plan.PlanId}", new() { ["Decision"] = "Return", ["Comment"] = "Trả lại trộm" }),
            ($"/Plans/Review/{plan.PlanId}", new() { ["Decision"] = "Accept" }),
            ($"/Targets/Create?planId={plan.PlanId}", target),
            ($"/Targets/Edit/{plan.TargetIds[0]}", target),
            ($"/Targets/Delete/{plan.TargetIds[0]}", []),
            ($"/Targets/Move/{plan.TargetIds[1]}?direction=down", []),
            ($"/Targets/Move/{plan.TargetIds[2]}?direction=up", []),
        ];
    }
}
