using System.Net;
using System.Security.Cryptography;
using System.Text;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Council;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Ballots;
using LangSon.ThiDua.Web.Infrastructure.Maintenance;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.Maintenance;

public sealed class BackupRestoreTests(BackupSourceFactory factory) : IClassFixture<BackupSourceFactory>, IDisposable
{
    private readonly List<string> folders = [];

    [Fact]
    public async Task A_backup_taken_while_users_write_restores_into_a_fresh_portal_with_the_same_plans_nominations_files_and_audit()
    {
        using (var admin = await factory.SignInAsync("admin"))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode);
        }

        var signInBefore = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.SignIn && a.UserName == "admin").OrderByDescending(a => a.Id).FirstAsync());

        // Users keep uploading while the backup runs: one file then its row, as the app does.
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await AddOwnerlessAttachmentAsync($"dong-thoi-{written}.pdf");
                Interlocked.Increment(ref written);
            }
        });
        await WaitUntilAsync(() => Volatile.Read(ref written) >= 1);

        var output = new StringWriter();
        var backup = await new DatabaseBackup(MaintenanceTarget.From(factory.Services), output, TimeProvider.System).RunAsync(NewFolder());
        var atBackupEnd = Volatile.Read(ref written);
        await WaitUntilAsync(() => Volatile.Read(ref written) >= atBackupEnd + 2);
        await stop.CancelAsync();
        await writer;

        Assert.True(backup.Succeeded, output.ToString());
        Assert.Contains("Sao lưu thành công / Backup succeeded.", output.ToString());
        var manifest = backup.Manifest!;
        var lastMigration = await factory.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).Last());
        Assert.Equal(lastMigration, manifest.MigrationId);
        Assert.Equal("ok", manifest.IntegrityCheck);
        Assert.Equal(await factory.WithDbAsync(db => db.Units.CountAsync()), manifest.RowCounts["Units"]);
        Assert.Contains(manifest.Files, f => f.Path == "thidua.db");
        Assert.True(manifest.Files.Count(f => f.Path.StartsWith("attachments/", StringComparison.Ordinal)) >= 8);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Backup && a.UserName == "hệ thống")));

        var target = NewFolder();
        var restoreOutput = new StringWriter();
        var restore = await new DatabaseRestore(MaintenanceTarget.SqliteIn(target), restoreOutput, TimeProvider.System).RunAsync(backup.Directory, force: false);
        Assert.True(restore.Succeeded, restoreOutput.ToString());
        Assert.Null(restore.MovedAsideTo);

        using var restored = new RestoredPortalFactory(target);
        foreach (var (user, url, expect) in new[] { ("noivu", "/Plans", "Sở Y tế"), ("noivu", "/NominationReview", "Lương Thị Hạnh"), ("truongdonvi.soyte", "/Nominations", "Lê Văn Thắng") })
        {
            using var before = await factory.SignInAsync(user);
            using var after = await restored.SignInAsync(user);
            var expected = TableText(await before.GetPageAsync(url));
            Assert.True(expected.Contains(expect, StringComparison.Ordinal), $"{url}: {expected}");
            Assert.Equal(expected, TableText(await after.GetPageAsync(url)));
        }

        // An evidence file downloads from the restored portal byte for byte as it was stored in the first one.
        var evidence = await factory.WithDbAsync(db => db.ProgressReports.AsNoTracking()
            .Where(r => r.PlanTarget!.UnitPlan!.Unit!.Code == "SYT").SelectMany(r => r.Attachments).OrderBy(a => a.Id).FirstAsync());
        using (var clerk = await restored.SignInAsync("canbo.soyte"))
        using (var download = await clerk.GetAsync($"/Evidence/Download/{evidence.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(factory.DataDirectory, "attachments", evidence.StoragePath)), await download.Content.ReadAsByteArrayAsync());
        }

        // A point-in-time copy: the uploads made during the backup are there as an unbroken run, the later ones are not,
        // and every attachment row of the restored portal has its file with its SHA-256.
        var concurrent = await restored.WithDbAsync(db => db.Attachments.AsNoTracking().Where(a => a.FileName.StartsWith("dong-thoi-")).Select(a => a.FileName).ToListAsync());
        Assert.NotEmpty(concurrent);
        Assert.Equal(Enumerable.Range(0, concurrent.Count).Select(i => $"dong-thoi-{i}.pdf").Order(), concurrent.Order());
        Assert.True(concurrent.Count < Volatile.Read(ref written));
        foreach (var row in await restored.WithDbAsync(db => db.Attachments.AsNoTracking().ToListAsync()))
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(target, "attachments", row.StoragePath));
            Assert.Equal(row.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        // The audit trail came along; the restore itself is recorded, by the system.
        var audit = await restored.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        Assert.Contains(audit, a => a.Id == signInBefore.Id && a.Action == AuditActions.SignIn && a.UserName == "admin" && a.AtUtc == signInBefore.AtUtc);
        var restoreRow = Assert.Single(audit, a => a.Action == AuditActions.Restore);
        Assert.Equal("hệ thống", restoreRow.UserName);
        Assert.Contains(backup.Directory, restoreRow.Changes);
        Assert.DoesNotContain(audit, a => a.Action == AuditActions.Backup);
    }

    [Fact]
    public async Task A_backup_with_one_changed_byte_is_refused_and_nothing_is_copied()
    {
        var backup = await BackupAsync();
        var file = backup.Manifest!.Files.First(f => f.Path.StartsWith("attachments/", StringComparison.Ordinal));
        var path = Path.Combine(backup.Directory, file.Path);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        var target = NewFolder();
        var output = new StringWriter();
        var restore = await new DatabaseRestore(MaintenanceTarget.SqliteIn(target), output, TimeProvider.System).RunAsync(backup.Directory, force: false);

        Assert.False(restore.Succeeded);
        var problem = Assert.Single(restore.Problems);
        Assert.Contains($"{file.Path}: SHA-256 không khớp", problem);
        Assert.Contains("không chép gì", problem);
        Assert.Contains("Khôi phục KHÔNG thành công", output.ToString());
        Assert.False(Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Restore_refuses_a_folder_that_holds_a_database_unless_forced_and_then_moves_the_old_files_aside()
    {
        var backup = await BackupAsync();
        var target = NewFolder();
        var restore = new DatabaseRestore(MaintenanceTarget.SqliteIn(target), TextWriter.Null, TimeProvider.System);
        Assert.True((await restore.RunAsync(backup.Directory, force: false)).Succeeded);
        var database = Path.Combine(target, "thidua.db");
        var firstRestore = await File.ReadAllBytesAsync(database);

        var refused = await restore.RunAsync(backup.Directory, force: false);
        Assert.False(refused.Succeeded);
        Assert.Contains("--force", Assert.Single(refused.Problems));
        Assert.Equal(firstRestore, await File.ReadAllBytesAsync(database));
        Assert.Empty(Directory.GetDirectories(target, "before-restore-*"));

        var forced = await restore.RunAsync(backup.Directory, force: true);
        Assert.True(forced.Succeeded, string.Join("; ", forced.Problems));
        var aside = forced.MovedAsideTo!;
        Assert.StartsWith(Path.Combine(target, "before-restore-"), aside, StringComparison.Ordinal);
        Assert.Equal(firstRestore, await File.ReadAllBytesAsync(Path.Combine(aside, "thidua.db")));
        var attachmentCount = backup.Manifest!.Files.Count(f => f.Path.StartsWith("attachments/", StringComparison.Ordinal));
        Assert.Equal(attachmentCount, Directory.GetFiles(Path.Combine(aside, "attachments"), "*", SearchOption.AllDirectories).Length);
        Assert.Equal(attachmentCount, Directory.GetFiles(Path.Combine(target, "attachments"), "*", SearchOption.AllDirectories).Length);
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("PRAGMA integrity_check;", connection);
        Assert.Equal("ok", command.ExecuteScalar());
    }

    [Fact]
    public async Task Restore_refuses_to_replace_the_database_a_running_portal_has_open_even_when_forced()
    {
        var backup = await BackupAsync();
        using var running = new PortalFactory();
        var output = new StringWriter();

        // The portal is busy with a request: its context holds a connection to the database meanwhile.
        var restore = await running.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await db.Users.CountAsync();
            return await new DatabaseRestore(MaintenanceTarget.SqliteIn(running.DataDirectory), output, TimeProvider.System).RunAsync(backup.Directory, force: true);
        });

        Assert.False(restore.Succeeded);
        Assert.Contains("đang được mở", Assert.Single(restore.Problems));
        Assert.Empty(Directory.GetDirectories(running.DataDirectory, "before-restore-*"));
        Assert.True(File.Exists(running.DatabasePath));
        Assert.Equal(0, await running.WithDbAsync(db => db.UnitPlans.CountAsync()));
        using var client = running.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task An_attachment_deleted_between_the_snapshot_and_the_file_copy_makes_the_backup_take_the_snapshot_again()
    {
        var (id, storagePath) = await AddOwnerlessAttachmentAsync("se-bi-xoa.pdf");
        var backup = new DatabaseBackup(MaintenanceTarget.From(factory.Services), TextWriter.Null, TimeProvider.System)
        {
            AfterSnapshot = async attempt =>
            {
                if (attempt == 1)
                {
                    // What deleting a draft's dossier file does: the row first, then the file.
                    await factory.WithDbAsync(async db => await db.Attachments.Where(a => a.Id == id).ExecuteDeleteAsync());
                    File.Delete(Path.Combine(factory.DataDirectory, "attachments", storagePath));
                }
            },
        };

        var result = await backup.RunAsync(NewFolder());

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(2, result.Manifest!.SnapshotAttempts);
        Assert.DoesNotContain(result.Manifest.Files, f => f.Path == "attachments/" + storagePath);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(result.Directory, "thidua.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = new SqliteCommand($"SELECT COUNT(*) FROM Attachments WHERE Id = {id};", connection);
        Assert.Equal(0L, command.ExecuteScalar());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<BackupResult> BackupAsync()
    {
        var result = await new DatabaseBackup(MaintenanceTarget.From(factory.Services), TextWriter.Null, TimeProvider.System)
            .RunAsync(NewFolder());
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return result;
    }

    /// <summary>An evidence file without an owner, stored as the app stores one: the file first, then its row.</summary>
    private async Task<(long Id, string StoragePath)> AddOwnerlessAttachmentAsync(string fileName)
    {
        var content = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {fileName} {Guid.NewGuid()}\n%%EOF\n");
        var storagePath = $"{DateTime.UtcNow:yyyy}/{DateTime.UtcNow:MM}/{Guid.NewGuid():N}";
        var path = Path.Combine(factory.DataDirectory, "attachments", storagePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content);
        var attachment = new Attachment
        {
            FileName = fileName,
            ContentType = "application/pdf",
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            StoragePath = storagePath,
            UploadedBy = "canbo.soyte",
            UploadedAtUtc = DateTime.UtcNow,
        };
        await factory.WithDbAsync(async db =>
        {
            db.Attachments.Add(attachment);
            return await db.SaveChangesAsync();
        });
        return (attachment.Id, storagePath);
    }

    [Fact]
    public async Task A_backup_taken_while_a_council_votes_holds_the_sealed_ballots_but_never_their_key()
    {
        // The demo's session in preparation (its dossiers' files are real, the backup checks them) opens its vote.
        var keys = factory.Services.GetRequiredService<BallotKeyStore>();
        var sessionId = await factory.WithDbAsync(async db =>
        {
            var session = await db.CouncilSessions.Include(s => s.Members)
                .Include(s => s.Agenda).ThenInclude(a => a.Nomination).ThenInclude(n => n!.AwardForm)
                .SingleAsync(s => s.Status == CouncilSessionStatus.Preparing);
            session.RecordAttendance(session.Members.Select(m => m.UserId).ToList());
            session.OpenVoting(keys.Create(session.Id), DateTime.UtcNow);
            await db.SaveChangesAsync();
            return session.Id;
        });
        await factory.CastAsync("hoidong1", sessionId, VoteChoice.Agree);
        Assert.True(File.Exists(Path.Combine(keys.Folder, $"session-{sessionId}.key")));

        var backup = await BackupAsync();

        Assert.Equal(1, await factory.WithDbAsync(db => db.SealedBallots.CountAsync(b => b.SessionId == sessionId)));
        Assert.DoesNotContain(backup.Manifest!.Files, f => f.Path.Contains(".ballot-keys", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(backup.Directory, "*.key", SearchOption.AllDirectories));
    }

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "thidua-tests", "maintenance-" + Guid.NewGuid().ToString("N"));
        folders.Add(folder);
        return folder;
    }

    private static string TableText(AngleSharp.Html.Dom.IHtmlDocument page) =>
        string.Join(" ", (page.QuerySelector("table")?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "timed out");
    }
}
