using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

/// <summary>
/// Requests and background jobs lease their DbContext from EF Core's pool (docs/performance.md, "Where the time goes"):
/// what one scope left in its context must not reach the next scope that leases it.
/// </summary>
public sealed class DbContextPoolTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_scope_leases_its_DbContext_from_the_pool()
    {
        var first = await factory.WithDbAsync(db => Task.FromResult(db.ContextId));
        var second = await factory.WithDbAsync(db => Task.FromResult(db.ContextId));

        Assert.NotEqual(0, first.Lease); // a context made for one scope only has no lease
        Assert.NotEqual(0, second.Lease);
    }

    [Fact]
    public async Task Outside_production_EF_Core_refuses_a_DbContext_used_by_two_threads_at_once()
    {
        Assert.True(await factory.WithDbAsync(db => Task.FromResult(ThreadSafetyChecks(db))));
    }

    /// <summary>Whether the context's options keep EF Core's check against concurrent use.</summary>
    public static bool ThreadSafetyChecks(AppDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ThreadSafetyChecksEnabled ?? true;

    [Fact]
    public async Task A_returned_context_comes_back_closed_with_nothing_tracked_and_auditing_on()
    {
        const string note = "Ghi chú bỏ dở của một phạm vi trước";
        var unitId = await factory.WithDbAsync(db => db.Units.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync());
        await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync(); // as a request does (OneConnectionPerRequest)
            (await db.Units.SingleAsync(u => u.Id == unitId)).Note = note; // never saved
            db.AuditEnabled = false;
            return 0;
        });

        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State);
            Assert.Empty(db.ChangeTracker.Entries());
            Assert.True(db.AuditEnabled);

            var unit = await db.Units.SingleAsync(u => u.Id == unitId);
            Assert.NotEqual(note, unit.Note);
            unit.Note = "Ghi chú của phạm vi sau";
            await db.SaveChangesAsync();
            return 0;
        });

        var audited = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Unit" && a.EntityId == unitId.ToString())
            .OrderByDescending(a => a.Id).Select(a => a.Changes).FirstOrDefaultAsync());
        Assert.Contains("Ghi chú của phạm vi sau", audited ?? string.Empty, StringComparison.Ordinal);
    }
}
