using System.Text.RegularExpressions;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

public sealed partial class SeedingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_unit_list_holds_the_65_commune_level_units_with_their_codes_and_origins()
    {
        var communes = await factory.WithDbAsync(db => db.Units.AsNoTracking()
            .Where(u => u.Kind == UnitKind.Commune || u.Kind == UnitKind.Ward).ToListAsync());

        Assert.Equal(65, communes.Count);
        Assert.Equal(61, communes.Count(u => u.Kind == UnitKind.Commune));
        Assert.Equivalent(new[] { "UBND phường Đông Kinh", "UBND phường Kỳ Lừa", "UBND phường Lương Văn Tri", "UBND phường Tam Thanh" },
            communes.Where(u => u.Kind == UnitKind.Ward).Select(u => u.Name), strict: true);
        Assert.All(communes, u => Assert.Matches("^[0-9]{5}$", u.Code));
        Assert.All(communes, u => Assert.False(string.IsNullOrWhiteSpace(u.FormedFrom)));
        var tamThanh = communes.Single(u => u.Code == "05986");
        Assert.Equal("Phường Tam Thanh, Xã Hoàng Đồng", tamThanh.FormedFrom);
    }

    [Fact]
    public async Task Every_unit_belongs_to_a_khoi_or_cum_led_by_one_of_its_members()
    {
        var groups = await factory.WithDbAsync(db => db.EmulationGroups.AsNoTracking().Include(g => g.Units).ToListAsync());
        var units = await factory.WithDbAsync(db => db.Units.AsNoTracking().ToListAsync());

        Assert.All(units, u => Assert.NotNull(u.EmulationGroupId));
        Assert.Equal(11, groups.Count(g => g.Kind == EmulationGroupKind.Territory));
        Assert.Equal(4, groups.Count(g => g.Kind == EmulationGroupKind.Sector));
        Assert.All(groups, g => Assert.Contains(g.Units, u => u.Id == g.LeadUnitId));
        Assert.All(units.Where(u => u.Kind is UnitKind.Commune or UnitKind.Ward),
            u => Assert.Equal(EmulationGroupKind.Territory, groups.Single(g => g.Id == u.EmulationGroupId).Kind));
    }

    [Fact]
    public async Task The_five_content_areas_read_exactly_as_in_the_plan()
    {
        var plan = await ReadPlanAsync();
        var section = plan[plan.IndexOf("II. NỘI DUNG THI ĐUA", StringComparison.Ordinal)..plan.IndexOf("III. THỜI GIAN THI ĐUA", StringComparison.Ordinal)];
        var expected = Numbered().Split(Whitespace().Replace(section, " ").Replace("II. NỘI DUNG THI ĐUA", string.Empty, StringComparison.Ordinal))
            .Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

        var areas = await factory.WithDbAsync(db => db.ContentAreas.AsNoTracking()
            .Where(a => a.Campaign!.Code == CampaignSeed.Code).OrderBy(a => a.Number).ToListAsync());

        Assert.Equal(5, expected.Count);
        Assert.Equal([1, 2, 3, 4, 5], areas.Select(a => a.Number));
        Assert.Equal(expected, areas.Select(a => a.FullText));

        using var client = await factory.SignInAsync("canbo.tamthanh");
        var page = await client.GetPageAsync("/Home/Campaign");
        Assert.Equal(expected, page.QuerySelectorAll("[data-content-area]").Select(e => e.TextContent));
    }

    [Fact]
    public async Task The_campaign_carries_the_plan_period_and_legal_basis_and_the_award_forms_their_vote_rules()
    {
        var campaign = await factory.WithDbAsync(db => db.Campaigns.AsNoTracking().SingleAsync(c => c.Code == CampaignSeed.Code));
        var forms = await factory.WithDbAsync(db => db.AwardForms.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync());

        Assert.Equal(new DateOnly(2025, 10, 1), campaign.StartDate);
        Assert.Null(campaign.EndDate);
        Assert.Contains("2437/QĐ-TTg ngày 04/11/2025", campaign.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(CampaignStatus.Active, campaign.Status);
        Assert.Equal(
            [
                "Giấy khen", "Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh",
                "Bằng khen của Thủ tướng Chính phủ",
            ],
            forms.Select(f => f.Name));
        Assert.Equal([null, 70m, 70m, null], forms.Select(f => f.GroupVotePercent));
        Assert.Equal([null, 1, 2, null], forms.Select(f => f.GroupQuota));
        Assert.Equal(NomineeKinds.Collective, forms[1].NomineeKinds);
        Assert.False(forms[0].RequiresCouncilVote);
        Assert.All(forms.Skip(1), f => Assert.True(f.RequiresCouncilVote && f.QuorumPercent > 0 && f.PassThresholdPercent > 0));
        Assert.All(forms, f => Assert.True(f.MinimumTaskRating >= TaskRating.Good));
    }

    [Fact]
    public async Task Seeding_again_changes_nothing_and_keeps_what_Admin_edited()
    {
        await factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "SYT");
            unit.Name = "Sở Y tế tỉnh Lạng Sơn";
            return await db.SaveChangesAsync();
        });
        var before = await CountsAsync();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await new ReferenceDataSeeder(scope.ServiceProvider.GetRequiredService<AppDbContext>()).SeedAsync();
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(demoMode: true);
        }

        Assert.Equal(before, await CountsAsync());
        Assert.Equal("Sở Y tế tỉnh Lạng Sơn", await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "SYT").Select(u => u.Name).SingleAsync()));
    }

    private Task<string> CountsAsync() => factory.WithDbAsync(async db => string.Join(",",
        await db.Campaigns.CountAsync(), await db.ContentAreas.CountAsync(), await db.AwardForms.CountAsync(),
        await db.Units.CountAsync(), await db.EmulationGroups.CountAsync(), await db.Users.CountAsync(),
        await db.UserRoles.CountAsync(), await db.Roles.CountAsync(), await db.AuditEntries.CountAsync()));

    private static async Task<string> ReadPlanAsync()
    {
        await using var stream = typeof(CampaignSeed).Assembly.GetManifestResourceStream("seed/ke-hoach-phong-trao-thi-dua.txt")!;
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?:^|\s)[1-5]\.\s")]
    private static partial Regex Numbered();
}
