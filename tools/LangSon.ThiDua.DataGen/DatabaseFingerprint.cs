using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace LangSon.ThiDua.DataGen;

/// <summary>
/// A SHA-256 over every row of every table, in rowid order (tables WITHOUT ROWID, such as the secret ballot's votes, in
/// the order of their key), so that two databases can be compared. The password hashes are left out: Identity
/// salts each hash at random, so they differ between runs by design.
/// </summary>
internal static class DatabaseFingerprint
{
    private static readonly HashSet<string> IgnoredColumns = new(StringComparer.Ordinal) { "PasswordHash" };

    public static async Task<string> ComputeAsync(string databasePath)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync();

        var tables = new List<(string Name, string Order)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // A WITHOUT ROWID table (the secret ballot's votes) has no insertion order: read it by its key.
                var withoutRowId = reader.GetString(1).Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase);
                tables.Add((reader.GetString(0), withoutRowId ? "1, 2" : "rowid"));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (table, order) in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {order}";
            await using var reader = await command.ExecuteReaderAsync();
            hash.AppendData(Encoding.UTF8.GetBytes($"#{table}\n"));
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!IgnoredColumns.Contains(reader.GetName(i)))
                    {
                        row.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\u001f');
                    }
                }

                hash.AppendData(Encoding.UTF8.GetBytes(row.Append('\n').ToString()));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
