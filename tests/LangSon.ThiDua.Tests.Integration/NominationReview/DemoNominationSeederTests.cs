using System.Security.Cryptography;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Foundation;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Demo;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.NominationReview;

/// <summary>Runs the demo nomination seeder over the app's own services, as the start-up does in demo mode.</summary>
internal static class DemoNominationSeeding
{
    public static async Task SeedNominationsAsync(this PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DemoNominationSeeder>().SeedAsync();
    }

    public static Task<string> CountsAsync(this PortalFactory factory) =>
        factory.WithDbAsync(async db => string.Join('|',
            await db.Nominations.CountAsync(), await db.NominationBatches.CountAsync(), await db.NominationTransitions.CountAsync(),
            await db.Attachments.CountAsync(a => a.NominationId != null), await db.NominationTargets.CountAsync(), await db.NominationReopenings.CountAsync()));
}

public sealed class DemoNominationSeederTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_demo_seeder_creates_nominations_in_every_review_state_and_is_idempotent()
    {
        await factory.SeedNominationsAsync();
        var counts = await factory.CountsAsync();
        await factory.SeedNominationsAsync();

        Assert.Equal(counts, await factory.CountsAsync());
        var nominations = await factory.WithDbAsync(db => db.Nominations.AsNoTracking()
            .Include(n => n.AwardForm).Include(n => n.Attachments).Include(n => n.Transitions).Include(n => n.Unit).Include(n => n.Batch)
            .ToListAsync());
        foreach (var code in new[] { "SYT", "05986" })
        {
            var states = nominations.Where(n => n.Unit!.Code == code).Select(n => n.Status).ToHashSet();
            Assert.Superset(
                new HashSet<NominationStatus> { NominationStatus.Draft, NominationStatus.Submitted, NominationStatus.Eligible, NominationStatus.Returned, NominationStatus.UnitDecided },
                states);
        }

        Assert.Contains(nominations, n => n.Status == NominationStatus.UnderReview);
        Assert.Contains(nominations, n => n.NomineeKind == NomineeKind.Collective && n.Status != NominationStatus.Draft);
        Assert.Contains(nominations, n => n.NomineeKind == NomineeKind.Individual && n.Status != NominationStatus.Draft);
        Assert.True(nominations.Count(n => n.Status == NominationStatus.Eligible && n.AwardForm!.Code == AwardFormSeed.BangKhenTinh) >= 3);
        Assert.All(nominations.Where(n => n.AwardForm!.Code == AwardFormSeed.GiayKhen), n => Assert.Equal(NominationStatus.UnitDecided, n.Status));
        Assert.All(nominations.Where(n => n.Status == NominationStatus.Returned), n => Assert.False(string.IsNullOrWhiteSpace(n.ReviewComment)));

        foreach (var n in nominations.Where(n => n.Status != NominationStatus.Draft))
        {
            Assert.Empty(n.MissingDocuments(n.AwardForm!));
            Assert.NotNull(n.Batch);
            Assert.True(n.TaskRating >= n.AwardForm!.MinimumTaskRating);
        }

        var eligible = nominations.First(n => n.Status == NominationStatus.Eligible);
        Assert.Equal(
            new NominationStatus?[] { null, NominationStatus.Draft, NominationStatus.Submitted, NominationStatus.UnderReview },
            eligible.Transitions.OrderBy(t => t.AtUtc).Select(t => t.From));
        Assert.Equal("noivu", eligible.Transitions.OrderBy(t => t.AtUtc).Last().UserName);

        foreach (var file in nominations.SelectMany(n => n.Attachments))
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(factory.DataDirectory, "attachments", file.StoragePath));
            Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(bytes, 0, 8), StringComparison.Ordinal);
            Assert.Equal((file.Sha256, (long)bytes.Length), (Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Size));
            Assert.EndsWith(".pdf", file.FileName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NoiVu_finds_the_seeded_dossiers_waiting_in_the_queue()
    {
        await factory.SeedNominationsAsync();
        using var noivu = await factory.SignInAsync("noivu");

        var queue = await noivu.GetPageAsync("/NominationReview");
        var names = queue.QuerySelectorAll("table.nominations tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Contains("Lương Thị Hạnh", names);
        Assert.Contains("Hoàng Thị Mai", names);
        Assert.Contains("Nông Văn Quý", names);
        Assert.DoesNotContain("Vi Văn Nam", names);
    }
}

/// <summary>With the demo plans present, the seeded dossiers cite the units' own targets and show their latest results.</summary>
public sealed class DemoNominationSeederWithPlansTests(DemoPlansFactory factory) : IClassFixture<DemoPlansFactory>
{
    [Fact]
    public async Task Seeded_dossiers_cite_the_units_targets_and_the_review_page_shows_their_latest_results()
    {
        await factory.SeedNominationsAsync();
        var id = await factory.WithDbAsync(db => db.Nominations.Where(n => n.NomineeName == "Lê Văn Thắng").Select(n => n.Id).SingleAsync());
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/NominationReview/Review/{id}");

        var evidence = page.QuerySelector("table.evidence tbody")!.TextContent;
        Assert.Contains("VNeID", evidence, StringComparison.Ordinal);
        Assert.Contains("số liệu ngày", evidence, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("table.checklist tbody tr"), row => Assert.Equal("true", row.GetAttribute("data-present")));
    }
}
