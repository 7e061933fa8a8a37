using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LangSon.ThiDua.Web.Infrastructure.Maintenance;

/// <summary>Small SQLite chores of the backup and restore: connections that do not linger in a pool, checks, counts.</summary>
internal static class SqliteFiles
{
    /// <summary>The tables whose row counts a manifest records and a restore compares.</summary>
    public static readonly string[] MainTables =
    [
        "AspNetUsers", "Units", "EmulationGroups", "Campaigns", "AwardForms", "UnitPlans", "PlanTargets", "ProgressReports",
        "Attachments", "Reminders", "Nominations", "CouncilSessions", "BallotReceipts", "AwardDecisions", "AuditEntries",
    ];

    /// <summary>Not pooled: a pooled connection would keep the file (and its -wal/-shm) open after the command.</summary>
    public static string ConnectionString(string path, SqliteOpenMode mode, int timeoutSeconds = 30) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Pooling = false,
        DefaultTimeout = timeoutSeconds,
    }.ToString();

    public static SqliteConnection Open(string path, SqliteOpenMode mode, int timeoutSeconds = 30)
    {
        var connection = new SqliteConnection(ConnectionString(path, mode, timeoutSeconds));
        connection.Open();
        return connection;
    }

    /// <summary>"ok", or the problems PRAGMA integrity_check lists.</summary>
    public static string IntegrityCheck(SqliteConnection connection)
    {
        var lines = Query(connection, "PRAGMA integrity_check;", r => r.GetString(0));
        return string.Join("; ", lines);
    }

    public static Dictionary<string, long> RowCounts(SqliteConnection connection)
    {
        var existing = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table';", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in MainTables.Where(existing.Contains))
        {
            counts[table] = Scalar(connection, $"SELECT COUNT(*) FROM \"{table}\";");
        }

        return counts;
    }

    /// <summary>The last migration applied to the database (EF Core's history table), or null on an empty file.</summary>
    public static string? LastMigration(SqliteConnection connection)
    {
        var exists = Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';") > 0;
        return exists
            ? Query(connection, "SELECT MigrationId FROM \"__EFMigrationsHistory\" ORDER BY MigrationId DESC LIMIT 1;", r => r.GetString(0)).FirstOrDefault()
            : null;
    }

    /// <summary>StoragePath, Size and SHA-256 of every Attachment row: what the database says the folder must hold.</summary>
    public static List<(string StoragePath, long Size, string Sha256)> Attachments(SqliteConnection connection) =>
        Query(connection, "SELECT StoragePath, Size, Sha256 FROM \"Attachments\";", r => (r.GetString(0), r.GetInt64(1), r.GetString(2)));

    /// <summary>
    /// True when another connection (a running portal) has the WAL database open. SQLite's last connection to close
    /// checkpoints the -wal file and deletes it and the -shm file; so this opens and closes one connection and looks:
    /// files still there mean someone else holds the database. When nobody does, that close also folds a leftover -wal
    /// (the last writes of a portal that crashed) into the database file. A portal whose pooled connections were all
    /// closed while idle is not seen: stop the portal before a restore (docs/backup.md).
    /// </summary>
    public static bool InUse(string path)
    {
        using (var connection = Open(path, SqliteOpenMode.ReadWrite, timeoutSeconds: 5))
        {
            Execute(connection, "SELECT COUNT(*) FROM sqlite_master;");
        }

        return File.Exists(path + "-wal") || File.Exists(path + "-shm");
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<T>();
        while (reader.Read())
        {
            result.Add(read(reader));
        }

        return result;
    }
}
