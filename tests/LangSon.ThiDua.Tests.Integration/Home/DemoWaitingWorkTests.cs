using LangSon.ThiDua.Tests.Integration.Foundation;

namespace LangSon.ThiDua.Tests.Integration.Home;

/// <summary>A fresh demo shows every role something waiting on it, so that a newcomer sees the lists at work.</summary>
public sealed class DemoWaitingWorkTests(DemoPlansFactory factory) : IClassFixture<DemoPlansFactory>
{
    [Theory]
    [InlineData("admin")]
    [InlineData("noivu")]
    [InlineData("hoidong1")]
    [InlineData("truongdonvi.soyte")]
    [InlineData("canbo.soyte")]
    [InlineData("truongdonvi.tamthanh")]
    [InlineData("canbo.tamthanh")]
    [InlineData("mttq")]
    public async Task The_demo_leaves_work_waiting_on_every_role(string userName)
    {
        using var client = await factory.SignInAsync(userName);

        var home = await client.GetPageAsync("/");

        var waiting = home.QuerySelectorAll("#waiting-work .waiting-item")
            .Where(i => i.GetAttribute("data-count") != "0").ToList();
        Assert.NotEmpty(waiting);
        Assert.All(waiting, i =>
            Assert.StartsWith("/", i.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_demo_noivu_sees_the_submitted_plan_dossiers_and_feedback_waiting()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var home = await noivu.GetPageAsync("/");

        Assert.Equal("1", WaitingWorkTests.Waiting(home, "Kế hoạch của đơn vị chờ duyệt").Count);
        Assert.NotEqual("0", WaitingWorkTests.Waiting(home, "Hồ sơ khen thưởng chờ thẩm định").Count);
        Assert.NotEqual("0", WaitingWorkTests.Waiting(home, "Phản ánh chờ trả lời").Count);
    }

    [Fact]
    public async Task The_demo_noivu_sees_a_request_to_amend_an_accepted_plan_waiting_and_finds_it_in_the_list()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var home = await noivu.GetPageAsync("/");
        var waiting = WaitingWorkTests.Waiting(home, "Đề nghị điều chỉnh kế hoạch chờ xem xét");
        var list = await noivu.GetPageAsync(waiting.Link);

        Assert.Equal("1", waiting.Count);
        Assert.Contains("Sở Tài chính", list.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_request_to_amend_rings_noivus_bell_and_the_bell_opens_the_request()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var bell = (await noivu.GetPageAsync("/")).QuerySelector("#notification-count");
        var list = await noivu.GetPageAsync("/Notifications");
        var item = list.QuerySelectorAll("main a").FirstOrDefault(a => a.TextContent.Trim()
            == "Sở Tài chính đề nghị điều chỉnh kế hoạch triển khai đã chấp thuận");

        Assert.NotNull(bell);
        Assert.NotNull(item);
        using var open = await noivu.GetAsync(item.GetAttribute("href")!);
        Assert.StartsWith("/Plans/Amendment/", open.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
