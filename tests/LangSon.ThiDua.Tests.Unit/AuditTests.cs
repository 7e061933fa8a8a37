using System.Text.Json;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Auditing;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.UnitTests;

public sealed class AuditTests : IDisposable
{
    private readonly MemoryDatabase database = new();

    private sealed class Actor : IAuditActor
    {
        public string UserName => "admin";

        public string? IpAddress => "10.0.0.7";
    }

    private AppDbContext NewContext() => database.NewContext(new Actor());

    [Fact]
    public async Task Insert_update_and_delete_are_recorded_with_who_where_and_old_to_new_values()
    {
        await using (var db = NewContext())
        {
            db.EmulationGroups.Add(new EmulationGroup { Name = "Khối thử" });
            await db.SaveChangesAsync();
            var group = await db.EmulationGroups.SingleAsync();
            group.Name = "Khối thử nghiệm";
            await db.SaveChangesAsync();
            db.EmulationGroups.Remove(group);
            await db.SaveChangesAsync();
        }

        await using var read = NewContext();
        var entries = await read.AuditEntries.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditActions.Insert, AuditActions.Update, AuditActions.Delete], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("admin", "10.0.0.7", nameof(EmulationGroup)), (e.UserName, e.IpAddress, e.EntityType)));
        Assert.Equal(entries[0].EntityId, entries[1].EntityId);
        Assert.NotEqual("0", entries[0].EntityId);
        var inserted = JsonDocument.Parse(entries[0].Changes!).RootElement;
        Assert.Equal(entries[0].EntityId, inserted.GetProperty("Id").GetProperty("new").GetRawText());

        var change = JsonDocument.Parse(entries[1].Changes!).RootElement.GetProperty("Name");
        Assert.Equal("Khối thử", change.GetProperty("old").GetString());
        Assert.Equal("Khối thử nghiệm", change.GetProperty("new").GetString());
        Assert.Contains("Khối thử nghiệm", entries[2].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_without_changes_writes_no_audit_row()
    {
        await using var db = NewContext();
        await db.SaveChangesAsync();

        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Password_hashes_never_reach_the_audit_log()
    {
        await using (var db = NewContext())
        {
            db.Users.Add(new AppUser { UserName = "x", FullName = "Nguyễn Văn X", PasswordHash = "BI-MAT", SecurityStamp = "STAMP" });
            await db.SaveChangesAsync();
        }

        await using var read = NewContext();
        var entry = await read.AuditEntries.SingleAsync();
        Assert.DoesNotContain("BI-MAT", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("STAMP", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn X", entry.Changes, StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();
}
