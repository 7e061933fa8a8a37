using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Features.ExemplaryModels;
using LangSon.ThiDua.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.PublicModels;

/// <summary>The demo's exemplary models: what a newcomer sees on the public page, without any private detail.</summary>
public sealed class PublicModelsDemoTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_demo_seeder_publishes_six_models_across_the_content_areas_and_leaves_two_proposals_waiting_once_only()
    {
        await factory.WithDbAsync(async db => { await DemoExemplarySeeder.SeedAsync(db, TimeProvider.System); return 0; });
        await factory.WithDbAsync(async db => { await DemoExemplarySeeder.SeedAsync(db, TimeProvider.System); return 0; });

        var models = await factory.WithDbAsync(db => db.ExemplaryModels.Select(m => new { m.Status, m.ContentAreaId, m.ProposedBy, m.Story }).ToListAsync());
        Assert.Equal(6, models.Count(m => m.Status == ExemplaryStatus.Published));
        Assert.Equal(5, models.Where(m => m.Status == ExemplaryStatus.Published).Select(m => m.ContentAreaId).Distinct().Count());
        Assert.Equal(["canbo.soyte", "mttq"], models.Where(m => m.Status == ExemplaryStatus.Proposed).Select(m => m.ProposedBy).Order());
        Assert.All(models, m => Assert.InRange(m.Story.Length, 100, 10000));

        using var anonymous = factory.CreatePortalClient();
        var page = await anonymous.GetPageAsync("/PublicModels");
        Assert.Equal(6, page.QuerySelectorAll("article.model-card").Length);
        Assert.NotNull((await anonymous.GetPageAsync("/PublicModels?q=HOP TAC XA nong nghiep")).QuerySelector("article.model-card"));
        foreach (var proposer in new[] { "Đàm Văn Lợi", "Nguyễn Thị Hương", "Lý Thị Ngọc", "Hoàng Thị Thu Hà" })
        {
            Assert.DoesNotContain(proposer, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        }

        var waiting = await factory.WithDbAsync(db => db.ExemplaryModels.Where(m => m.Status == ExemplaryStatus.Proposed).Select(m => m.Id).ToListAsync());
        foreach (var id in waiting)
        {
            using var response = await anonymous.GetAsync($"/PublicModels/Details/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
