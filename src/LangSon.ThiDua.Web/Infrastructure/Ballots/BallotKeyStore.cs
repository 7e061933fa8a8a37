using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Infrastructure.Ballots;

/// <summary>
/// The keys that seal a council session's ballots while voting is open: 32 random bytes per session in a file of
/// &lt;Storage:AttachmentsPath&gt;/.ballot-keys (the folder every web server shares), readable by the portal's user
/// only, never in the database and left out of the portal's backups. Created when voting opens; overwritten and deleted
/// when the session closes, is postponed or cancelled — from then on the sealed ballots that any copy of the database
/// or its log still holds can never be read again, by anyone.
/// </summary>
public sealed class BallotKeyStore(PortalOptions options)
{
    public const string FolderName = ".ballot-keys";

    private const int KeyBytes = 32;

    private static readonly byte[] CheckLabel = Encoding.UTF8.GetBytes("LangSon.ThiDua ballot key check");

    public string Folder { get; } = Path.Combine(options.AttachmentsDirectory, FolderName);

    /// <summary>Writes a new key for the session (replacing any earlier one) and returns its fingerprint.</summary>
    public string Create(int sessionId)
    {
        Directory.CreateDirectory(Folder);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var path = PathOf(sessionId);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var file = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough
        };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, file))
        {
            stream.Write(key);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        return Check(key);
    }

    /// <summary>
    /// The session's key if it exists and is the one the session opened with; otherwise a Vietnamese refusal.
    /// </summary>
    public byte[] Read(CouncilSession session)
    {
        var path = PathOf(session.Id);
        var key = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (key is not { Length: KeyBytes } || session.BallotKeyCheck is null || Check(key) != session.BallotKeyCheck)
        {
            throw new DomainException(
                "Không đọc được khóa niêm phong phiếu của phiên họp (khóa đã bị xóa hoặc không khớp). Phiếu chưa " +
                "được ghi nhận. Hãy báo Sở Nội vụ: phiên họp cần hoãn bỏ phiếu và mở lại.");
        }

        return key;
    }

    /// <summary>Overwrites the key with zeros and deletes it. Nothing happens if there is none.</summary>
    public void Destroy(int sessionId)
    {
        var path = PathOf(sessionId);
        if (!File.Exists(path))
        {
            return;
        }

        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None, 4096,
            FileOptions.WriteThrough))
        {
            stream.Write(new byte[Math.Max(KeyBytes, (int)stream.Length)]);
            stream.Flush(flushToDisk: true);
        }

        File.Delete(path);
    }

    /// <summary>The sessions that have a key file.</summary>
    public IEnumerable<int> Sessions() =>
        !Directory.Exists(Folder)
            ? []
            : Directory.EnumerateFiles(Folder, "session-*.key")
                .Select(f => Path.GetFileNameWithoutExtension(f)["session-".Length..])
                .Select(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
                .Where(n => n > 0);

    /// <summary>
    /// A fingerprint of a key (HMAC of a fixed label): tells the right key from another, reveals nothing of it.
    /// </summary>
    public static string Check(byte[] key) => Convert.ToHexString(HMACSHA256.HashData(key, CheckLabel));

    private string PathOf(int sessionId) =>
        Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"session-{sessionId}.key"));
}
