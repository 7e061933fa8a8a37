using System.Data.Common;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LangSon.ThiDua.UnitTests;

/// <summary>
/// An audited save writes the change and its audit rows in two saves inside one transaction (AppDbContext): in a
/// transaction of its own it sets no savepoint (a failure rolls the whole of it back), in a caller's it keeps them.
/// </summary>
public sealed class AuditedSaveTests : IDisposable
{
    private readonly SavepointCounter savepoints = new();
    private readonly MemoryDatabase database;

    public AuditedSaveTests() => database = new MemoryDatabase(savepoints);

    [Fact]
    public async Task A_save_in_its_own_transaction_sets_no_savepoint_and_writes_the_change_with_its_audit()
    {
        await using (var db = NewContext())
        {
            db.EmulationGroups.Add(new EmulationGroup { Name = "Khối thử" });
            await db.SaveChangesAsync();
            Assert.True(db.Database.AutoSavepointsEnabled);
        }

        Assert.Equal(0, savepoints.Count);
        await using var read = NewContext();
        Assert.Equal(1, await read.EmulationGroups.CountAsync());
        Assert.Equal(1, await read.AuditEntries.CountAsync(a => a.EntityType == nameof(EmulationGroup)));
    }

    [Fact]
    public void A_synchronous_save_in_its_own_transaction_sets_no_savepoint_either()
    {
        using var db = NewContext();
        db.EmulationGroups.Add(new EmulationGroup { Name = "Khối thử" });

        db.SaveChanges();

        Assert.Equal(0, savepoints.Count);
        Assert.True(db.Database.AutoSavepointsEnabled);
    }

    [Fact]
    public async Task In_a_callers_transaction_the_savepoints_stay()
    {
        await using var db = NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.EmulationGroups.Add(new EmulationGroup { Name = "Khối thử" });

        await db.SaveChangesAsync();

        Assert.Equal(2, savepoints.Count);
    }

    [Fact]
    public async Task A_failed_save_leaves_neither_the_change_nor_an_audit_row()
    {
        await using (var db = NewContext())
        {
            db.EmulationGroups.Add(new EmulationGroup { Name = "Khối đúng" });
            db.EmulationGroups.Add(new EmulationGroup { Name = "Khối sai", LeadUnitId = 999 });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.True(db.Database.AutoSavepointsEnabled);
        }

        await using var read = NewContext();
        Assert.Equal(0, await read.EmulationGroups.CountAsync());
        Assert.Equal(0, await read.AuditEntries.CountAsync());
    }

    public void Dispose() => database.Dispose();

    private AppDbContext NewContext() => database.NewContext();

    private sealed class SavepointCounter : DbTransactionInterceptor
    {
        public int Count { get; private set; }

        public override InterceptionResult CreatingSavepoint(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            Count++;
            return base.CreatingSavepoint(transaction, eventData, result);
        }

        public override ValueTask<InterceptionResult> CreatingSavepointAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
            CancellationToken cancellationToken = default)
        {
            Count++;
            return base.CreatingSavepointAsync(transaction, eventData, result, cancellationToken);
        }
    }
}
