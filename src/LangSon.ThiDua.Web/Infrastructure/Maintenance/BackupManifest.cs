using System.Reflection;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LangSon.ThiDua.Web.Infrastructure.Maintenance;

/// <summary>One file of a backup: its path inside the backup folder ('/'-separated), size and lower-case hex SHA-256.</summary>
public sealed record BackupFile(string Path, long Size, string Sha256);

/// <summary>DIR/manifest.json: what a backup holds, so that a restore can prove every byte before copying any.</summary>
public sealed record BackupManifest
{
    public const string FileName = "manifest.json";

    public int Format { get; init; } = 1;

    public DateTime CreatedUtc { get; init; }

    public required string AppVersion { get; init; }

    /// <summary>Sqlite (database file + attachments) or SqlServer (attachments only: the database has its own BACKUP).</summary>
    public required string Provider { get; init; }

    /// <summary>The last EF Core migration applied to the backed-up database.</summary>
    public string? MigrationId { get; init; }

    public string? IntegrityCheck { get; init; }

    /// <summary>How many database snapshots were needed (more than one when an attachment was deleted during the copy).</summary>
    public int SnapshotAttempts { get; init; } = 1;

    public required string SourceDataDirectory { get; init; }

    public required string Machine { get; init; }

    public IReadOnlyDictionary<string, long> RowCounts { get; init; } = new Dictionary<string, long>();

    public IReadOnlyList<BackupFile> Files { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string AppVersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "?";

    public async Task WriteAsync(string directory, CancellationToken ct = default)
    {
        await using var stream = File.Create(System.IO.Path.Combine(directory, FileName));
        await JsonSerializer.SerializeAsync(stream, this, Json, ct);
    }

    /// <summary>The manifest of <paramref name="directory"/>, or null (with the reason) when it is missing or unreadable.</summary>
    public static async Task<(BackupManifest? Manifest, string? Error)> ReadAsync(string directory, CancellationToken ct = default)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return (null, $"Không thấy {FileName} trong {directory} / no {FileName} in {directory}");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, ct);
            return manifest is null ? (null, $"{FileName} rỗng / empty") : (manifest, null);
        }
        catch (JsonException ex)
        {
            return (null, $"{FileName} không đọc được / unreadable: {ex.Message}");
        }
    }

    /// <summary>Size and SHA-256 of a file, streamed.</summary>
    public static async Task<(long Size, string Sha256)> HashAsync(string path, CancellationToken ct = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, ct);
        return (stream.Length, Convert.ToHexStringLower(hash));
    }
}
