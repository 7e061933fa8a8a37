using System.Globalization;
using LangSon.ThiDua.Domain;
using Microsoft.Data.Sqlite;

namespace LangSon.ThiDua.Web.Infrastructure.Maintenance;

public sealed record BackupResult(bool Succeeded, string Directory, BackupManifest? Manifest, IReadOnlyList<string> Problems);

/// <summary>
/// An online backup of a running (or stopped) instance into one folder: the SQLite database through SQLite's online
/// backup API (a consistent snapshot, committed WAL content included, writers never blocked), then the attachment
/// folder, then manifest.json with the size and SHA-256 of every file.
/// <para>
/// Order matters. An evidence file is written before the row that refers to it is saved, and never changed after,
/// so every row in a snapshot taken FIRST refers to a file that already existed. One case remains: a row deleted
/// after the snapshot whose file is removed before the copy reaches it (a draft's dossier file or a deleted draft
/// nomination). Then the snapshot refers to a file that is gone; the backup sees it (every Attachment row is checked
/// against the copied files by size and SHA-256) and takes the snapshot again, in which that row is gone too.
/// </para>
/// </summary>
public sealed class DatabaseBackup(MaintenanceTarget target, TextWriter output, TimeProvider time)
{
    private const int MaxSnapshots = 3;

    /// <summary>Test hook: runs after each database snapshot (1, 2, …), before the attachments are copied.</summary>
    internal Func<int, Task>? AfterSnapshot { get; init; }

    /// <summary>DataDirectory/backups/yyyyMMdd-HHmmss (UTC) unless <paramref name="toDirectory"/> is given.</summary>
    public async Task<BackupResult> RunAsync(string? toDirectory, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var directory = Path.GetFullPath(toDirectory
            ?? Path.Combine(target.DataDirectory, "backups", now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            return Fail(directory, $"Thư mục đích đã có dữ liệu, không ghi đè / target folder is not empty: {directory}");
        }

        Directory.CreateDirectory(directory);
        output.WriteLine($"Sao lưu / Backup: {target.DataDirectory} → {directory}");
        var copied = new SortedDictionary<string, BackupFile>(StringComparer.Ordinal);
        var rowCounts = new Dictionary<string, long>();
        string? migration = null;
        string? integrity = null;
        var attempts = 0;
        if (target.IsSqlite)
        {
            var source = target.DatabasePath!;
            if (!File.Exists(source))
            {
                return Fail(directory, $"Không thấy cơ sở dữ liệu / database not found: {source}");
            }

            var snapshot = Path.Combine(directory, MaintenanceTarget.DatabaseFileName);
            List<string> missing;
            do
            {
                attempts++;
                TakeSnapshot(source, snapshot);
                if (AfterSnapshot is not null)
                {
                    await AfterSnapshot(attempts);
                }

                await CopyAttachmentsAsync(directory, copied, ct);
                missing = CheckReferencedFiles(snapshot, copied);
                if (missing.Count > 0)
                {
                    output.WriteLine($"  {missing.Count} tệp đính kèm bị xóa trong lúc sao lưu, chụp lại cơ sở dữ liệu / attachment(s) deleted during the copy, taking the snapshot again");
                }
            }
            while (missing.Count > 0 && attempts < MaxSnapshots);

            if (missing.Count > 0)
            {
                return Fail(directory, "Tệp đính kèm thiếu hoặc sai SHA-256 / attachments missing or with a wrong SHA-256: " + string.Join(", ", missing));
            }

            using (var check = SqliteFiles.Open(snapshot, SqliteOpenMode.ReadOnly))
            {
                integrity = SqliteFiles.IntegrityCheck(check);
                rowCounts = SqliteFiles.RowCounts(check);
                migration = SqliteFiles.LastMigration(check);
            }

            if (integrity != "ok")
            {
                return Fail(directory, $"PRAGMA integrity_check trên bản sao / on the copy: {integrity}");
            }

            var (size, sha) = await BackupManifest.HashAsync(snapshot, ct);
            copied[MaintenanceTarget.DatabaseFileName] = new BackupFile(MaintenanceTarget.DatabaseFileName, size, sha);
        }
        else
        {
            output.WriteLine("  Database:Provider = SqlServer: lệnh này chỉ sao lưu thư mục tệp đính kèm / this command copies the attachments only.");
            output.WriteLine("  Sao lưu cơ sở dữ liệu trên SQL Server TRƯỚC / back up the database on SQL Server FIRST (docs/backup.md):");
            var name = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(target.ConnectionString).InitialCatalog;
            output.WriteLine($"    BACKUP DATABASE [{name}] TO DISK = N'…/{name}-{now:yyyyMMdd}.bak' WITH COPY_ONLY, COMPRESSION, CHECKSUM;");
            output.WriteLine($"    RESTORE VERIFYONLY FROM DISK = N'…/{name}-{now:yyyyMMdd}.bak' WITH CHECKSUM;");
            await CopyAttachmentsAsync(directory, copied, ct);
        }

        var manifest = new BackupManifest
        {
            CreatedUtc = now,
            AppVersion = BackupManifest.AppVersionOf(typeof(DatabaseBackup).Assembly),
            Provider = target.Provider,
            MigrationId = migration,
            IntegrityCheck = integrity,
            SnapshotAttempts = attempts,
            SourceDataDirectory = target.DataDirectory,
            Machine = Environment.MachineName,
            RowCounts = rowCounts,
            Files = [.. copied.Values],
        };
        await manifest.WriteAsync(directory, ct);

        var attachments = manifest.Files.Count(f => f.Path.StartsWith("attachments/", StringComparison.Ordinal));
        var bytes = manifest.Files.Sum(f => f.Size);
        var auditProblem = await MaintenanceAudit.TryRecordAsync(target, AuditActions.Backup, Path.GetFileName(directory),
            $"Sao lưu vào {directory}: {attachments} tệp đính kèm, {bytes} byte, migration {migration ?? "—"}", time, ct);
        if (auditProblem is not null)
        {
            output.WriteLine($"  Cảnh báo: không ghi được nhật ký / warning, audit row not written: {auditProblem}");
        }

        output.WriteLine($"  Cơ sở dữ liệu / database: {(target.IsSqlite ? $"{MaintenanceTarget.DatabaseFileName}, integrity_check = {integrity}, migration {migration}" : "SQL Server (BACKUP DATABASE riêng / separately)")}");
        foreach (var (table, count) in rowCounts)
        {
            output.WriteLine($"    {table}: {count}");
        }

        output.WriteLine($"  Tệp đính kèm / attachments: {attachments}; tổng / total {bytes} byte; manifest: {Path.Combine(directory, BackupManifest.FileName)}");
        output.WriteLine("Sao lưu thành công / Backup succeeded.");
        return new BackupResult(true, directory, manifest, []);
    }

    private static void TakeSnapshot(string source, string snapshot)
    {
        File.Delete(snapshot);
        using (var from = SqliteFiles.Open(source, SqliteOpenMode.ReadWrite))
        using (var to = SqliteFiles.Open(snapshot, SqliteOpenMode.ReadWriteCreate))
        {
            from.BackupDatabase(to);
            // One self-contained file: the copy leaves WAL mode (the app turns it on again when it starts on it).
            SqliteFiles.Execute(to, "PRAGMA journal_mode = DELETE;");
        }
    }

    /// <summary>
    /// Copies the files of the attachment folder (Storage:AttachmentsPath) not copied yet, without pending imports
    /// (they are write-once) and without the ballot keys of an open vote (a backup must never hold them). A file being
    /// written right now (locked) or deleted meanwhile is left out: no row of the snapshot can refer to it yet (see the
    /// class notes).
    /// </summary>
    private async Task CopyAttachmentsAsync(string directory, SortedDictionary<string, BackupFile> copied, CancellationToken ct)
    {
        var root = target.AttachmentsRoot;
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var inside = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            var relative = "attachments/" + inside;
            // Pending imports are write-once scratch; ballot keys must never leave the server (docs/security.md).
            if (copied.ContainsKey(relative) || inside.StartsWith(".imports/", StringComparison.Ordinal)
                || inside.StartsWith(Ballots.BallotKeyStore.FolderName + "/", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            try
            {
                File.Copy(file, destination, overwrite: true);
            }
            catch (IOException ex)
            {
                output.WriteLine($"  Bỏ qua / skipped {relative}: {ex.Message}");
                File.Delete(destination);
                continue;
            }

            var (size, sha) = await BackupManifest.HashAsync(destination, ct);
            copied[relative] = new BackupFile(relative, size, sha);
        }
    }

    /// <summary>The Attachment rows of the snapshot whose file is not in the backup with the row's size and SHA-256.</summary>
    private static List<string> CheckReferencedFiles(string snapshot, SortedDictionary<string, BackupFile> copied)
    {
        List<(string StoragePath, long Size, string Sha256)> rows;
        using (var connection = SqliteFiles.Open(snapshot, SqliteOpenMode.ReadOnly))
        {
            rows = SqliteFiles.Attachments(connection);
        }

        return [.. rows
            .Where(r => !copied.TryGetValue("attachments/" + r.StoragePath.Replace('\\', '/'), out var file)
                || file.Size != r.Size
                || !string.Equals(file.Sha256, r.Sha256, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.StoragePath)];
    }

    private BackupResult Fail(string directory, string problem)
    {
        output.WriteLine($"LỖI / ERROR: {problem}");
        output.WriteLine("Sao lưu KHÔNG thành công / Backup FAILED.");
        return new BackupResult(false, directory, null, [problem]);
    }
}
