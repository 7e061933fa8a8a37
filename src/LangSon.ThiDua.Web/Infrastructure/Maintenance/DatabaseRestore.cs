using System.Globalization;
using LangSon.ThiDua.Domain;
using Microsoft.Data.Sqlite;

namespace LangSon.ThiDua.Web.Infrastructure.Maintenance;

public sealed record RestoreResult(bool Succeeded, string? MovedAsideTo, IReadOnlyList<string> Problems);

/// <summary>
/// Restores a backup folder into a data folder on which NO portal is running. Every file of the manifest is checked
/// (size and SHA-256) before anything is copied; a folder that already holds a database or attachments is refused
/// unless forced, and then its files are moved aside to DataDirectory/before-restore-&lt;time&gt;/, never deleted.
/// </summary>
public sealed class DatabaseRestore(MaintenanceTarget target, TextWriter output, TimeProvider time)
{
    public async Task<RestoreResult> RunAsync(string fromDirectory, bool force, CancellationToken ct = default)
    {
        var from = Path.GetFullPath(fromDirectory);
        output.WriteLine($"Khôi phục / Restore: {from} → {target.DataDirectory}");
        var (manifest, error) = await BackupManifest.ReadAsync(from, ct);
        if (manifest is null)
        {
            return Fail(error!);
        }

        if (manifest.Provider != target.Provider)
        {
            return Fail($"Bản sao lưu của {manifest.Provider}, cấu hình hiện tại là {target.Provider} / backup provider differs from Database:Provider");
        }

        var problems = await VerifyAsync(from, manifest, ct);
        if (problems.Count > 0)
        {
            return Fail("Bản sao lưu không toàn vẹn, không chép gì / backup does not match its manifest, nothing copied: " + string.Join("; ", problems));
        }

        output.WriteLine($"  Đã kiểm tra {manifest.Files.Count} tệp theo SHA-256 / {manifest.Files.Count} files verified");
        var occupied = Occupied();
        string? aside = null;
        if (occupied.Count > 0)
        {
            if (!force)
            {
                return Fail($"Thư mục dữ liệu không trống ({string.Join(", ", occupied.Select(Path.GetFileName))}); dùng --force để dời dữ liệu cũ sang một bên / data folder is not empty, use --force to move the old files aside");
            }

            if (target.DatabasePath is { } live && File.Exists(live) && SqliteFiles.InUse(live))
            {
                return Fail($"Cơ sở dữ liệu đang được mở (cổng thông tin còn chạy?) / the database is in use, stop the portal first: {live}");
            }

            aside = MoveAside(occupied);
            output.WriteLine($"  Dữ liệu cũ đã dời sang / old files moved to: {aside}");
        }

        await CopyAsync(from, manifest, ct);
        if (target.IsSqlite)
        {
            var checkProblem = CheckRestoredDatabase(manifest);
            if (checkProblem is not null)
            {
                return Fail(checkProblem, aside);
            }

            var auditProblem = await MaintenanceAudit.TryRecordAsync(target, AuditActions.Restore, manifest.CreatedUtc.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture),
                $"Khôi phục từ {from} (sao lưu lúc {manifest.CreatedUtc:yyyy-MM-dd HH:mm:ss} UTC)" + (aside is null ? string.Empty : $"; dữ liệu cũ ở {aside}"), time, ct);
            if (auditProblem is not null)
            {
                output.WriteLine($"  Cảnh báo: không ghi được nhật ký / warning, audit row not written: {auditProblem}");
            }

            output.WriteLine($"  Cơ sở dữ liệu / database: integrity_check = ok, migration {manifest.MigrationId}, số dòng khớp manifest / row counts match");
        }
        else
        {
            output.WriteLine("  Database:Provider = SqlServer: chỉ khôi phục tệp đính kèm / attachments only. Khôi phục cơ sở dữ liệu bằng / restore the database with:");
            output.WriteLine("    RESTORE DATABASE [ThiDua] FROM DISK = N'…/ThiDua-yyyyMMdd.bak' WITH MOVE …, CHECKSUM, RECOVERY;  (docs/backup.md)");
        }

        output.WriteLine($"  Tệp đính kèm / attachments: {manifest.Files.Count(f => f.Path.StartsWith("attachments/", StringComparison.Ordinal))}");
        output.WriteLine("Khôi phục thành công / Restore succeeded. Khởi động cổng thông tin trên thư mục này / start the portal on this folder.");
        return new RestoreResult(true, aside, []);
    }

    /// <summary>Every file of the manifest is inside the backup folder and has the recorded size and SHA-256.</summary>
    private async Task<List<string>> VerifyAsync(string from, BackupManifest manifest, CancellationToken ct)
    {
        var problems = new List<string>();
        if (target.IsSqlite && !manifest.Files.Any(f => f.Path == MaintenanceTarget.DatabaseFileName))
        {
            problems.Add($"manifest không có / lists no {MaintenanceTarget.DatabaseFileName}");
        }

        foreach (var file in manifest.Files)
        {
            var path = SourcePath(from, file);
            if (path is null)
            {
                problems.Add($"{file.Path}: đường dẫn không hợp lệ / invalid path");
            }
            else if (!File.Exists(path))
            {
                problems.Add($"{file.Path}: thiếu / missing");
            }
            else
            {
                var (size, sha) = await BackupManifest.HashAsync(path, ct);
                if (size != file.Size || !string.Equals(sha, file.Sha256, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{file.Path}: SHA-256 không khớp / mismatch");
                }
            }
        }

        return problems;
    }

    /// <summary>A manifest path is relative, '/'-separated, and only names a database file or something under attachments/.</summary>
    private static string? SourcePath(string from, BackupFile file)
    {
        var ok = file.Path == MaintenanceTarget.DatabaseFileName
            || (file.Path.StartsWith("attachments/", StringComparison.Ordinal) && !file.Path.Split('/').Any(s => s is "" or "." or ".."));
        if (!ok || file.Path.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var root = Path.GetFullPath(from) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, file.Path));
        return path.StartsWith(root, StringComparison.Ordinal) ? path : null;
    }

    /// <summary>What a fresh data folder does not have: a database (or its -wal/-shm/-journal), attachments, pending imports.</summary>
    private List<string> Occupied()
    {
        var found = new List<string>();
        if (target.DatabasePath is { } db)
        {
            found.AddRange(new[] { db, db + "-wal", db + "-shm", db + "-journal" }.Where(File.Exists));
        }

        foreach (var folder in new[] { target.AttachmentsRoot })
        {
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                found.Add(folder);
            }
        }

        return found;
    }

    private string MoveAside(List<string> paths)
    {
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var aside = Path.Combine(target.DataDirectory, $"before-restore-{stamp}");
        for (var n = 2; Directory.Exists(aside); n++)
        {
            aside = Path.Combine(target.DataDirectory, $"before-restore-{stamp}-{n}");
        }

        Directory.CreateDirectory(aside);
        foreach (var path in paths)
        {
            var destination = Path.Combine(aside, Path.GetFileName(path));
            if (Directory.Exists(path))
            {
                Directory.Move(path, destination);
            }
            else
            {
                File.Move(path, destination);
            }
        }

        return aside;
    }

    /// <summary>The database is copied under a temporary name and renamed, so no half-copied file ever bears its name.</summary>
    private async Task CopyAsync(string from, BackupManifest manifest, CancellationToken ct)
    {
        Directory.CreateDirectory(target.DataDirectory);
        foreach (var file in manifest.Files)
        {
            var source = SourcePath(from, file)!;
            var destination = file.Path == MaintenanceTarget.DatabaseFileName
                ? target.DatabasePath!
                : Path.Combine(target.DataDirectory, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var temporary = destination + ".restoring";
            await using (var input = File.OpenRead(source))
            await using (var copy = File.Create(temporary))
            {
                await input.CopyToAsync(copy, ct);
            }

            File.Move(temporary, destination, overwrite: false);
        }
    }

    /// <summary>integrity_check on the restored file, and the manifest's row counts and migration: null when all agree.</summary>
    private string? CheckRestoredDatabase(BackupManifest manifest)
    {
        using var connection = SqliteFiles.Open(target.DatabasePath!, SqliteOpenMode.ReadOnly);
        var integrity = SqliteFiles.IntegrityCheck(connection);
        if (integrity != "ok")
        {
            return $"PRAGMA integrity_check sau khi chép / after the copy: {integrity}";
        }

        var counts = SqliteFiles.RowCounts(connection);
        var differing = manifest.RowCounts.Where(c => !counts.TryGetValue(c.Key, out var n) || n != c.Value).Select(c => c.Key).ToList();
        if (differing.Count > 0)
        {
            return "Số dòng khác manifest / row counts differ: " + string.Join(", ", differing);
        }

        var migration = SqliteFiles.LastMigration(connection);
        return migration == manifest.MigrationId ? null : $"Migration {migration} khác manifest / differs from the manifest ({manifest.MigrationId})";
    }

    private RestoreResult Fail(string problem, string? aside = null)
    {
        output.WriteLine($"LỖI / ERROR: {problem}");
        output.WriteLine("Khôi phục KHÔNG thành công / Restore FAILED." + (aside is null ? string.Empty : $" Dữ liệu cũ ở / old files are in {aside}"));
        return new RestoreResult(false, aside, [problem]);
    }
}
