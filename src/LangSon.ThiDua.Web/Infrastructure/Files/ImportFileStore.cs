using System.Globalization;

namespace LangSon.ThiDua.Web.Infrastructure.Files;

/// <summary>
/// Keeps a valid upload under &lt;Storage:AttachmentsPath&gt;/.imports/&lt;guid&gt;.xlsx (shared by all web
/// servers: the confirmation may reach another server than the upload) until the user confirms it, with a small
/// "&lt;guid&gt;.owner" note of what it was uploaded for (a plan, the award register: the scope), by whom and under
/// which file name: a token only works for them, and only once. Leftovers older than a day are removed on the next
/// upload.
/// </summary>
public sealed class ImportFileStore(PortalOptions options, TimeProvider time)
{
    /// <summary>The rate-limiting policy that bounds the imports read at the same time (PlanDocumentsSetup).</summary>
    public const string ReadPolicy = "plan-import";

    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    private string Folder => Path.Combine(options.AttachmentsDirectory, ".imports");

    public async Task<string> SaveAsync(IFormFile file, string scope, string userName, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        RemoveStale();
        var token = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        await using (var target = File.Create(DataPath(token)))
        {
            await file.CopyToAsync(target, ct);
        }

        // The file's name after the owner, for the confirmation's message and audit (never read from the form).
        var name = Path.GetFileName(file.FileName).ReplaceLineEndings(" ");
        await File.WriteAllTextAsync(OwnerPath(token), Owner(scope, userName) + "\n" + name, ct);
        return token;
    }

    /// <summary>
    /// Takes the kept file of <paramref name="token"/> if it was uploaded for this scope by this user. Taking it
    /// renames it first, so that a double click on "Xác nhận" cannot import the same file twice: the second request
    /// finds nothing.
    /// </summary>
    public async Task<Stream?> ClaimAsync(Guid token, string scope, string userName, CancellationToken ct) =>
        (await ClaimNamedAsync(token, scope, userName, ct)).Content;

    /// <summary>As <see cref="ClaimAsync"/>, with the name the file had when it was uploaded.</summary>
    public async Task<(Stream? Content, string? FileName)> ClaimNamedAsync(
        Guid token, string scope, string userName, CancellationToken ct)
    {
        var name = token.ToString("N", CultureInfo.InvariantCulture);
        if (!File.Exists(DataPath(name)) || !File.Exists(OwnerPath(name)))
        {
            return default;
        }

        var note = await File.ReadAllTextAsync(OwnerPath(name), ct);
        var owner = Owner(scope, userName);
        if (!note.StartsWith(owner + "\n", StringComparison.Ordinal))
        {
            return default;
        }

        var claimed = DataPath(name) + ".claimed";
        try
        {
            File.Move(DataPath(name), claimed);
        }
        catch (IOException)
        {
            return default;
        }

        var content = await File.ReadAllBytesAsync(claimed, ct);
        File.Delete(claimed);
        File.Delete(OwnerPath(name));
        return (new MemoryStream(content, writable: false), note[(owner.Length + 1)..]);
    }

    private static string Owner(string scope, string userName) => $"{scope}\n{userName}";

    private string DataPath(string token) => Path.Combine(Folder, token + ".xlsx");

    private string OwnerPath(string token) => Path.Combine(Folder, token + ".owner");

    private void RemoveStale()
    {
        var cutoff = time.GetUtcNow().UtcDateTime - KeepFor;
        foreach (var path in Directory.EnumerateFiles(Folder))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(path) < cutoff)
                {
                    File.Delete(path);
                }
            }
            catch (IOException)
            {
                // Another request is using it; it goes next time.
            }
        }
    }
}
