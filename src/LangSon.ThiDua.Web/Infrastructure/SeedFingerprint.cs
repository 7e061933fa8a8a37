using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// What the seeders' last complete run on a database depended on: the builds of the two assemblies that hold the
/// seeding code and data (their module ids change with any change of their code, and only then: builds are
/// deterministic) and the demo settings. The start skips the seeders while the stored fingerprint is this one
/// (<see cref="SeedRun"/>): they would only check, query by query, that what they added is still there (≈ 0.8 s of
/// a production start, 1.4 s with the demo). A new build, or another demo setting, runs them once again.
/// </summary>
internal static class SeedFingerprint
{
    public static string Of(PortalOptions portal) =>
        $"{typeof(ReferenceDataSeeder).Assembly.ManifestModule.ModuleVersionId:N}"
        + $".{typeof(SeedFingerprint).Assembly.ManifestModule.ModuleVersionId:N}"
        + $".demo={portal.DemoMode}.plans={portal.DemoPlans}";

    public static Task<bool> IsStoredAsync(AppDbContext db, string fingerprint) =>
        db.SeedRuns.AnyAsync(r => r.Id == SeedRun.SingleId && r.Fingerprint == fingerprint);

    public static async Task StoreAsync(AppDbContext db, string fingerprint, DateTime nowUtc)
    {
        var run = await db.SeedRuns.FindAsync(SeedRun.SingleId);
        if (run is null)
        {
            db.SeedRuns.Add(new SeedRun { Fingerprint = fingerprint, CompletedAtUtc = nowUtc });
        }
        else
        {
            (run.Fingerprint, run.CompletedAtUtc) = (fingerprint, nowUtc);
        }

        await db.SaveChangesAsync();
    }
}
