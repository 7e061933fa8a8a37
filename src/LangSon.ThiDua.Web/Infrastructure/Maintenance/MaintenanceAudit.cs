using System.Text.Json;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Maintenance;

/// <summary>
/// Audit rows of the command-line maintenance: actor "hệ thống" (no request; the operating-system account is in the
/// detail). A backup is recorded in the live database after it is taken (so it is not inside the backup itself); a
/// restore in the restored database. Recording is best effort: a failure is reported, the backup still stands.
/// </summary>
internal static class MaintenanceAudit
{
    public static async Task<string?> TryRecordAsync(MaintenanceTarget target, string action, string entityId, string detail, TimeProvider time, CancellationToken ct)
    {
        try
        {
            await using var db = target.CreateDbContext();
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = time.GetUtcNow().UtcDateTime,
                UserName = SystemAuditActor.Name,
                Action = action,
                EntityType = "Database",
                EntityId = entityId,
                Changes = JsonSerializer.Serialize(new { detail, by = $"{Environment.UserName}@{Environment.MachineName}" }, AuditJson.Options),
            });
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (Exception ex) when (ex is DbUpdateException or SqliteException or InvalidOperationException or Microsoft.Data.SqlClient.SqlException)
        {
            return ex.Message;
        }
    }
}
