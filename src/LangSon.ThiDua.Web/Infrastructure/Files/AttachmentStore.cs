using System.Globalization;
using System.Security.Cryptography;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Infrastructure.Files;

/// <summary>
/// Evidence files on disk, outside the database: &lt;DataDirectory&gt;/attachments/yyyy/MM/&lt;random guid&gt;.
/// The client's file name never takes part in the path; it is kept (made safe) on the Attachment row only.
/// </summary>
public sealed class AttachmentStore(PortalOptions options, UploadOptions limits, TimeProvider time)
{
    private const int BufferSize = 81920;

    public string Root { get; } = options.AttachmentsDirectory;

    /// <summary>
    /// Writes a file that <see cref="EvidenceInspector"/> accepted, computing its SHA-256 while streaming, and
    /// returns the Attachment to save with its owner. The caller deletes the file if that save fails.
    /// </summary>
    public async Task<Attachment> SaveAsync(Stream content, EvidenceCheck check, string uploadedBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(check);
        if (!check.Accepted)
        {
            throw new InvalidOperationException("Only an accepted evidence file can be stored.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var storagePath = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}");
        var path = FullPath(storagePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var completed = false;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > limits.MaxFileBytes)
                    {
                        throw new InvalidOperationException("The evidence file grew beyond the limit while it was stored.");
                    }

                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }

            completed = true;
        }
        finally
        {
            if (!completed)
            {
                File.Delete(path);
            }
        }

        return new Attachment
        {
            FileName = check.FileName,
            ContentType = check.Kind!.ContentType,
            Size = size,
            Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset()),
            StoragePath = storagePath,
            UploadedBy = uploadedBy,
            UploadedAtUtc = now,
        };
    }

    /// <summary>The stored file for reading, or null when it is missing.</summary>
    public Stream? OpenRead(string storagePath)
    {
        var path = FullPath(storagePath);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true)
            : null;
    }

    /// <summary>Removes a stored file (no error when it is already gone).</summary>
    public void Delete(string storagePath)
    {
        var path = FullPath(storagePath);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>The absolute path of a stored file; a path that would leave the attachment folder is refused.</summary>
    public string FullPath(string storagePath)
    {
        var root = Path.GetFullPath(Root) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, storagePath));
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("An attachment path must stay inside the attachment folder.");
        }

        return path;
    }
}
