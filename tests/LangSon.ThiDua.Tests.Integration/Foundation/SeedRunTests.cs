using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LangSon.ThiDua.Tests.Integration.Foundation.TwoInstances;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

/// <summary>
/// A start skips the seeders while the stored fingerprint is the running build's (docs/performance.md "Cold start").
/// Each start is a further portal on the same data folder (a disposed test portal deletes its folder).
/// </summary>
public sealed class SeedRunTests
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "thidua-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_start_of_the_same_build_skips_the_seeders_and_another_build_runs_them_again()
    {
        await using var first = new SharedFolderFactory(directory);
        var fingerprint = await first.WithDbAsync(db => db.SeedRuns.Select(r => r.Fingerprint).SingleAsync());
        // Seeded rows the seeders would add again if they ran.
        Assert.True(await first.WithDbAsync(db => db.CertificateBlanks.ExecuteDeleteAsync()) > 0);

        await using var second = new SharedFolderFactory(directory);
        Assert.Equal(0, await second.WithDbAsync(db => db.CertificateBlanks.CountAsync()));
        await second.WithDbAsync(db => db.SeedRuns.ExecuteUpdateAsync(
            r => r.SetProperty(x => x.Fingerprint, "an earlier build")));

        await using var third = new SharedFolderFactory(directory);
        Assert.True(await third.WithDbAsync(db => db.CertificateBlanks.CountAsync()) > 0);
        var run = await third.WithDbAsync(db => db.SeedRuns.AsNoTracking().SingleAsync());
        Assert.Equal((SeedRun.SingleId, fingerprint), (run.Id, run.Fingerprint));
        Assert.EndsWith(".demo=True.plans=False", fingerprint, StringComparison.Ordinal);
    }
}
