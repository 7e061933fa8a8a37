using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.EmulationPacts;

public sealed class DemoPactFactory : PortalFactory
{
    protected override bool SeedDemoPlans => true;
}

/// <summary>A fresh demo has one khối with its pact signed by every member and a criteria table (no scoring yet).</summary>
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

        Assert.Equal("Đã ký kết", page.QuerySelector("#pact-status")!.TextContent.Trim());
        Assert.Equal(6, page.QuerySelectorAll("#signatories tbody tr").Length);
        Assert.Equal("100", page.QuerySelector("#total-points")!.TextContent.Trim());
        Assert.Equal(2, page.QuerySelectorAll("#adjustments li").Length);
        Assert.Null(page.QuerySelector("a[href*='/EmulationCriteria/']")); // a member reads, the lead edits
    }
}
