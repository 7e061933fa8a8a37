using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>
/// Watches the app's SQLite file from a connection of its own: whether anything was committed since the last look
/// (PRAGMA data_version, cheap), a fingerprint of every row of every table except the audit trail (to prove a refused
/// request saved nothing, not even an update), and whether a text was stored exactly as posted (round trip).
/// </summary>
public sealed class DbProbe : IDisposable
{
    /// <summary>Tables a refused request may legitimately write to: the audit trail records refusals too.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "AuditEntries", "__EFMigrationsHistory" };

    /// <summary>
    /// Rows any request may rewrite, refused or not: the signed-in session itself, renewed by the sliding expiration
    /// and the security-stamp check (once a minute) whatever the request does.
    /// </summary>
    private static readonly Dictionary<string, string> RowsOfRequests = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AspNetUserTokens"] = $"WHERE \"LoginProvider\" <> '{LangSon.ThiDua.Domain.SignInSessions.LoginProvider}'",
    };

    private readonly SqliteConnection connection;
    private readonly List<(string Table, List<string> TextColumns)> tables = [];
    private long dataVersion;

    public DbProbe(string databasePath)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        foreach (var table in Strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        {
            var text = new List<string>();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name, type FROM pragma_table_info('{table}')";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.GetString(1).Contains("TEXT", StringComparison.OrdinalIgnoreCase))
                {
                    text.Add(reader.GetString(0));
                }
            }

            tables.Add((table, text));
        }

        dataVersion = DataVersion();
        last = TableFingerprints();
    }

    private Dictionary<string, string> last;

    /// <summary>The tables (audit trail aside) whose rows changed since the last call; cheap when nothing was committed.</summary>
    public List<string> Changes()
    {
        var version = DataVersion();
        if (version == dataVersion)
        {
            return [];
        }

        dataVersion = version;
        var now = TableFingerprints();
        var changed = now.Where(t => last.GetValueOrDefault(t.Key) != t.Value).Select(t => t.Key).ToList();
        last = now;
        return changed;
    }

    private Dictionary<string, string> TableFingerprints() =>
        tables.Where(t => !Ignored.Contains(t.Table)).ToDictionary(t => t.Table, t => TableHash(t.Table));

    /// <summary>True when some text column of some table holds exactly <paramref name="text"/>.</summary>
    public bool Stores(string text)
    {
        foreach (var (table, columns) in tables.Where(t => !Ignored.Contains(t.Table)))
        {
            foreach (var column in columns)
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT 1 FROM \"{table}\" WHERE \"{column}\" = $v LIMIT 1";
                command.Parameters.AddWithValue("$v", text);
                if (command.ExecuteScalar() is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private string TableHash(string table)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" {RowsOfRequests.GetValueOrDefault(table)}";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "\u2400" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                hash.AppendData(Encoding.UTF8.GetBytes(value + "\u001F"));
            }

            hash.AppendData("\u001E"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private long DataVersion()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }

    private List<string> Strings(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    public void Dispose() => connection.Dispose();
}
