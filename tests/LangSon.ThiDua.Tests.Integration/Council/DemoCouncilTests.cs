using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Council;

public sealed class DemoCouncilFactory : PortalFactory
{
    protected override bool SeedDemoPlans => true;
}

/// <summary>
/// A fresh demo shows the council's round under way: a closed session with results, an issued decision on the public
/// page, a session being prepared that its members read, and one eligible dossier still waiting for a session.
/// </summary>
public sealed class DemoCouncilTests(DemoCouncilFactory factory) : IClassFixture<DemoCouncilFactory>
{
    [Fact]
    public async Task A_fresh_demo_has_a_closed_session_an_issued_decision_and_a_session_in_preparation()
    {
        var sessions = await factory.WithDbAsync(db => db.CouncilSessions.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Status }).ToListAsync());
        Assert.Equal([CouncilSessionStatus.Closed, CouncilSessionStatus.Preparing], sessions.Select(s => s.Status));
        var (closed, preparing) = (sessions[0].Id, sessions[1].Id);

        using var noivu = await factory.SignInAsync("noivu");
        var results = await noivu.GetPageAsync($"/Council/Results/{closed}");
        Assert.Equal(3, results.QuerySelectorAll("#results tr[data-nomination]").Length);
        Assert.Equal(2, results.QuerySelectorAll("#results [data-col=outcome]")
            .Count(c => c.TextContent.Trim() == "Thông qua"));
        Assert.Equal("1", results.QuerySelector("#attendance [data-count=written]")!.TextContent.Trim());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Nominations.CountAsync(
            n => n.Status == NominationStatus.Eligible && n.AwardForm!.Code == CouncilBuilder.BangKhenTinh)));

        using var visitor = factory.CreatePortalClient();
        var publicPage = await visitor.GetPageAsync("/PublicResults");
        Assert.Contains("2865/QĐ-UBND", publicPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var member = await factory.SignInAsync("hoidong4");
        var upcoming = await member.GetPageAsync($"/Council/Details/{preparing}");
        var dossier = upcoming.QuerySelector("#agenda a[href^='/Nominations/Details/']")!.GetAttribute("href")!;
        Assert.Equal(System.Net.HttpStatusCode.OK, (await member.GetAsync(dossier)).StatusCode);
    }
}
