using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Nominations;
using LangSon.ThiDua.Tests.Integration.Plans;

namespace LangSon.ThiDua.Tests.Integration.Home;

/// <summary>Every home page lists the work waiting on its user as counts with links, a unit's own work only.</summary>
public sealed class WaitingWorkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>The waiting list's line whose label contains <paramref name="label"/>: its count and link.</summary>
    public static (string Count, string Link) Waiting(IHtmlDocument home, string label)
    {
        var item = home.QuerySelectorAll("#waiting-work .waiting-item")
            .Single(i => i.QuerySelector(".waiting-label")!.TextContent.Contains(label, StringComparison.Ordinal));
        return (item.QuerySelector(".waiting-count")!.TextContent.Trim(),
            item.QuerySelector("a")!.GetAttribute("href")!);
    }

    [Fact]
    public async Task Noi_vu_home_counts_the_plans_waiting_for_review_with_a_link_to_the_queue()
    {
        await factory.RemovePlanAsync("05986");
        await factory.CreatePlanAsync("SYT", PlanStatus.Submitted, PlanBuilder.SomeTargets());
        using var noivu = await factory.SignInAsync("noivu");

        var home = await noivu.GetPageAsync("/");

        Assert.Equal(("1", "/Plans?status=1"), Waiting(home, "Kế hoạch của đơn vị chờ duyệt"));
        var queue = await noivu.GetPageAsync(Waiting(home, "Kế hoạch của đơn vị chờ duyệt").Link);
        Assert.Contains("Sở Y tế", queue.QuerySelector("table tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/NominationReview", Waiting(home, "Hồ sơ khen thưởng chờ thẩm định").Link);
        Assert.Equal("/Feedback?status=0", Waiting(home, "Phản ánh chờ trả lời").Link);
    }

    [Fact]
    public async Task A_unit_sees_only_its_own_waiting_work_never_another_units()
    {
        var soYte = await factory.CreatePlanAsync("SYT", PlanStatus.Returned, PlanBuilder.SomeTargets());
        await factory.RemovePlanAsync(NominationBuilder.TamThanh);
        await factory.SetNominationDeadlineAsync(PlanBuilder.Today.AddDays(30));
        await factory.ReturnedAsync("Hoàng Văn Chờ Bổ Sung", NominationBuilder.SoYte);
        await factory.DraftAsync("Lý Thị Dự Thảo", unitCode: NominationBuilder.SoYte);
        using var soYteHead = await factory.SignInAsync("truongdonvi.soyte");
        using var tamThanh = await factory.SignInAsync("canbo.tamthanh");

        var own = await soYteHead.GetPageAsync("/");
        var other = await tamThanh.GetPageAsync("/");

        Assert.Equal(("1", $"/Plans/Details/{soYte.PlanId}"), Waiting(own, "Kế hoạch bị trả lại"));
        Assert.Equal("1", Waiting(own, "Hồ sơ khen thưởng bị trả lại").Count);
        Assert.Equal("1", Waiting(own, "Hồ sơ khen thưởng dự thảo chưa trình").Count);
        Assert.Equal(("1", "/Plans/Mine"), Waiting(other, "Kế hoạch của đơn vị chưa lập"));
        Assert.Equal("0", Waiting(other, "Hồ sơ khen thưởng bị trả lại").Count);
        Assert.Equal("0", Waiting(other, "Hồ sơ khen thưởng dự thảo chưa trình").Count);
        var otherList = other.QuerySelector("#waiting-work")!.InnerHtml;
        Assert.DoesNotContain($"/Plans/Details/{soYte.PlanId}", otherList, StringComparison.Ordinal);
        Assert.DoesNotContain("/NominationReview", otherList, StringComparison.Ordinal);
    }
}
