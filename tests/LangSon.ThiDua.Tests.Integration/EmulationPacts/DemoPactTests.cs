using System.Net;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.EmulationPacts;

public sealed class DemoPactFactory : PortalFactory
{
    protected override bool SeedDemoPlans => true;
}

/// <summary>
/// A fresh demo has one khối with its pact signed by every member, a criteria table and scoring under way, and one cụm
/// whose scoring is closed with a ranking.
/// </summary>
public sealed class DemoPactTests(DemoPactFactory factory) : IClassFixture<DemoPactFactory>
{
    [Fact]
    public async Task The_demo_khoi_has_a_signed_pact_and_a_criteria_table_that_its_member_reads()
    {
        using var member = await factory.SignInAsync("canbo.soyte");
        var groupId = await factory.WithDbAsync(db => db.EmulationGroups
            .Where(g => g.Name == "Khối các cơ quan văn hóa - xã hội").Select(g => g.Id).SingleAsync());
        var year = await factory.WithDbAsync(db => db.EmulationPacts.Where(p => p.EmulationGroupId == groupId)
            .Select(p => p.Year).SingleAsync());

        var page = await member.GetPageAsync($"/EmulationPacts/Group/{groupId}?year={year}");

        Assert.Equal("Đang chấm điểm", page.QuerySelector("#pact-status")!.TextContent.Trim());
        Assert.Equal(6, page.QuerySelectorAll("#signatories tbody tr").Length);
        Assert.Equal("100", page.QuerySelector("#total-points")!.TextContent.Trim());
        Assert.Equal(2, page.QuerySelectorAll("#adjustments li").Length);
        Assert.Null(page.QuerySelector("a[href*='/EmulationCriteria/']")); // a member reads, the lead edits
    }

    [Fact]
    public async Task The_demo_khoi_is_mid_scoring_with_the_health_department_sheet_in_progress()
    {
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        var (pactId, health) = await factory.WithDbAsync(async db => (
            await db.EmulationPacts.Where(p => p.EmulationGroup!.Name == "Khối các cơ quan văn hóa - xã hội")
                .Select(p => p.Id).SingleAsync(),
            await db.Units.Where(u => u.Code == "SYT").Select(u => u.Id).SingleAsync()));
        var statuses = await factory.WithDbAsync(db => db.ScoreSheets.Where(s => s.PactId == pactId)
            .Select(s => s.Status).ToListAsync());

        var page = await head.GetPageAsync($"/EmulationScoring/Sheet/{pactId}/{health}");

        Assert.Equal(2, statuses.Count(s => s >= Domain.SheetStatus.Submitted));
        Assert.Equal(1, statuses.Count(s => s == Domain.SheetStatus.Reviewed));
        Assert.Equal("Đang tự chấm", page.QuerySelector("#sheet-status")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("input[name='Lines[2].Points']")); // still editable
        Assert.NotEmpty(page.QuerySelectorAll(".facts li")); // its plan targets beside the criteria
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/EmulationScoring/Ranking/{pactId}")).StatusCode);
    }

    [Fact]
    public async Task The_demo_cum_is_closed_with_a_ranking_and_its_tie_ordered_by_the_rule()
    {
        using var noiVu = await factory.SignInAsync("noivu");
        var pactId = await factory.WithDbAsync(db => db.EmulationPacts
            .Where(p => p.EmulationGroup!.Name == "Cụm thi đua khu vực huyện Văn Lãng (cũ)").Select(p => p.Id)
            .SingleAsync());

        var page = await noiVu.GetPageAsync($"/EmulationScoring/Ranking/{pactId}");

        var totals = page.QuerySelectorAll("#ranking td.total").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["102", "93", "92", "92", "86"], totals);
        Assert.Equal(2, page.QuerySelectorAll("#ranking .badge").Length);
        Assert.Contains("nhóm I", page.QuerySelector("#tie-note")!.TextContent, StringComparison.Ordinal);
    }
}
