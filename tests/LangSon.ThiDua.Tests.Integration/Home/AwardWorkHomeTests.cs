using LangSon.ThiDua.Tests.Integration.Council;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using static LangSon.ThiDua.Tests.Integration.Home.WaitingWorkTests;

namespace LangSon.ThiDua.Tests.Integration.Home;

/// <summary>The home pages count the award work waiting for each role and link to it.</summary>
public sealed class AwardWorkHomeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Card(AngleSharp.Html.Dom.IHtmlDocument page, string label) =>
        page.QuerySelectorAll(".stat-card").Single(c => c.TextContent.Contains(label, StringComparison.Ordinal))
            .QuerySelector(".display-6")!.TextContent.Trim();

    [Fact]
    public async Task Noi_vu_sees_eligible_dossiers_waiting_for_the_council_and_members_see_the_open_session()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Hà Thị Quyên", "Vy Văn Đức");
        using var noivu = await factory.SignInAsync("noivu");
        using var member = await factory.SignInAsync("hoidong1");
        using var unit = await factory.SignInAsync("canbo.soyte");

        Assert.Equal("2", Waiting(await noivu.GetPageAsync("/"), "Hồ sơ đủ điều kiện chờ Hội đồng xét").Count);
        Assert.Equal("0", Waiting(await member.GetPageAsync("/"), "Phiên họp đang bỏ phiếu chờ phiếu của bạn").Count);
        Assert.Equal("2", Card(await unit.GetPageAsync("/"), "Hồ sơ đề nghị khen thưởng của đơn vị"));

        await factory.SessionAsync(3, 3, ids);

        Assert.Equal("0", Waiting(await noivu.GetPageAsync("/"), "Hồ sơ đủ điều kiện chờ Hội đồng xét").Count);
        Assert.Equal("1", Waiting(await member.GetPageAsync("/"), "Phiên họp đang bỏ phiếu chờ phiếu của bạn").Count);
    }
}
