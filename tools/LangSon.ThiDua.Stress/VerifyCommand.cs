using Microsoft.Data.Sqlite;

namespace LangSon.ThiDua.Stress;

/// <summary>
/// verify: opens the portal's SQLite file (after the crash; SQLite replays the WAL on open), runs PRAGMA
/// integrity_check and foreign_key_check, and looks for every acknowledged marker in ProgressReports.Narrative.
/// Exit code 1 on a damaged database, a lost acknowledged write, or nothing acknowledged at all.
/// </summary>
internal sealed class VerifyCommand(string databasePath, string ackPath)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!File.Exists(databasePath))
        {
            await Console.Error.WriteLineAsync($"Không có tệp cơ sở dữ liệu {databasePath}.");
            return 1;
        }

        var acknowledged = File.Exists(ackPath)
            ? (await File.ReadAllLinesAsync(ackPath, ct)).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(ct);

        var integrity = await ColumnAsync(connection, "PRAGMA integrity_check;", ct);
        var foreignKeyProblems = (await ColumnAsync(connection, "PRAGMA foreign_key_check;", ct)).Count;
        var journalMode = (await ColumnAsync(connection, "PRAGMA journal_mode;", ct)).FirstOrDefault();
        var synchronous = (await ColumnAsync(connection, "PRAGMA synchronous;", ct)).FirstOrDefault();
        var version = (await ColumnAsync(connection, "SELECT sqlite_version();", ct)).FirstOrDefault();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var reports = 0;
        foreach (var narrative in await ColumnAsync(connection, "SELECT Narrative FROM ProgressReports WHERE Narrative LIKE '%[stress:%';", ct))
        {
            reports++;
            stored.UnionWith(ProgressReports.MarkersIn(narrative));
        }

        var missing = acknowledged.Where(m => !stored.Contains(m)).Order(StringComparer.Ordinal).ToList();
        var unacknowledged = stored.Count(m => !acknowledged.Contains(m));
        var integrityOk = integrity is ["ok"];

        Console.WriteLine($"Cơ sở dữ liệu: {databasePath} (SQLite {version}, journal_mode={journalMode}, synchronous={synchronous} trên kết nối này — 2 = FULL)");
        Console.WriteLine($"PRAGMA integrity_check: {string.Join("; ", integrity.Take(10))}");
        Console.WriteLine($"PRAGMA foreign_key_check: {foreignKeyProblems} dòng vi phạm");
        Console.WriteLine($"Ghi đã xác nhận: {acknowledged.Count}; có trong ProgressReports: {acknowledged.Count - missing.Count}; mất: {missing.Count}");
        Console.WriteLine($"Báo cáo thử tải trong cơ sở dữ liệu: {reports} (trong đó {unacknowledged} đã lưu nhưng chưa kịp xác nhận khi cổng bị dừng — được phép)");
        foreach (var marker in missing.Take(20))
        {
            Console.WriteLine($"  MẤT: {marker}");
        }

        if (!integrityOk || foreignKeyProblems > 0 || missing.Count > 0)
        {
            Console.Error.WriteLine("KIỂM TRA THẤT BẠI: cơ sở dữ liệu hỏng hoặc mất ghi đã xác nhận.");
            return 1;
        }

        if (acknowledged.Count == 0)
        {
            Console.Error.WriteLine("KIỂM TRA THẤT BẠI: không có ghi nào được xác nhận, phép thử không chứng minh được gì.");
            return 1;
        }

        Console.WriteLine("KIỂM TRA ĐẠT: cơ sở dữ liệu nguyên vẹn, không mất ghi nào đã xác nhận.");
        return 0;
    }

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.IsDBNull(0) ? string.Empty : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
