using System.Globalization;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.PlanImport;

/// <summary>
/// Keeps a valid upload under &lt;Storage:AttachmentsPath&gt;/.imports/&lt;guid&gt;.xlsx (shared by all web servers: the
/// confirmation may reach another server than the upload) until the user confirms it, with a small
/// "&lt;guid&gt;.owner" note of the plan and user it was uploaded for: a token only works for them, and only once.
/// Leftovers older than a day are removed on the next upload.
/// </summary>
public sealed class ImportFileStore(PortalOptions options, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    private string Folder => Path.Combine(options.AttachmentsDirectory, ".imports");

    public async Task<string> SaveAsync(IFormFile file, int planId, string userName, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        RemoveStale();
        var token = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        await using (var target = File.Create(DataPath(token)))
        {
            await file.CopyToAsync(target, ct);
        }

        await File.WriteAllTextAsync(OwnerPath(token), Owner(planId, userName), ct);
        return token;
    }

    /// <summary>
    /// Takes the kept file of <paramref name="token"/> if it was uploaded for this plan by this user. Taking it renames
    /// it first, so that a double click on "Xác nhận" cannot import the same file twice: the second request finds nothing.
    /// </summary>
    public async Task<Stream?> ClaimAsync(Guid token, int planId, string userName, CancellationToken ct)
    {
        var name = token.ToString("N", CultureInfo.InvariantCulture);
        if (!File.Exists(DataPath(name)) || !File.Exists(OwnerPath(name)))
        {
            return null;
        }

        var owner = await File.ReadAllTextAsync(OwnerPath(name), ct);
        if (!string.Equals(owner, Owner(planId, userName), StringComparison.Ordinal))
        {
            return null;
        }

        var claimed = DataPath(name) + ".claimed";
        try
        {
            File.Move(DataPath(name), claimed);
        }
        catch (IOException)
        {
            return null;
        }

        var content = await File.ReadAllBytesAsync(claimed, ct);
        File.Delete(claimed);
        File.Delete(OwnerPath(name));
        return new MemoryStream(content, writable: false);
    }

    private static string Owner(int planId, string userName) => string.Create(CultureInfo.InvariantCulture, $"{planId}\n{userName}");

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
