using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Infrastructure.Ballots;

/// <summary>
/// Seals a ballot with its session's key (AES-256-GCM: a random 12-byte nonce, the ciphertext, a 16-byte tag; the
/// session's id is authenticated with it, so a sealed ballot cannot be moved to another session) and opens the sealed
/// ballots again at closing. Every ballot of a session has the same length, so the sealed bytes say nothing either.
/// </summary>
public sealed class BallotSeal(BallotKeyStore keys)
{
    private const int NonceBytes = 12;

    private const int TagBytes = 16;

    public SealedBallot Seal(CouncilSession session, Ballot ballot)
    {
        var key = keys.Read(session);
        var plain = ballot.Encode();
        var content = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = content.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plain, content.AsSpan(NonceBytes, plain.Length), content.AsSpan(NonceBytes + plain.Length),
            Context(session.Id));
        return new SealedBallot { Id = Guid.NewGuid(), SessionId = session.Id, Content = content };
    }

    /// <summary>
    /// Opens every sealed ballot of the session; a ballot that does not open (altered, or another key) stops the count.
    /// </summary>
    public IReadOnlyList<Ballot> Open(CouncilSession session, IEnumerable<SealedBallot> sealedBallots)
    {
        var key = keys.Read(session);
        using var aes = new AesGcm(key, TagBytes);
        var ballots = new List<Ballot>();
        foreach (var sealedBallot in sealedBallots)
        {
            var content = sealedBallot.Content;
            if (sealedBallot.SessionId != session.Id || content.Length < NonceBytes + TagBytes)
            {
                throw Unreadable();
            }

            var plain = new byte[content.Length - NonceBytes - TagBytes];
            try
            {
                aes.Decrypt(content.AsSpan(0, NonceBytes), content.AsSpan(NonceBytes, plain.Length),
                    content.AsSpan(NonceBytes + plain.Length), plain, Context(session.Id));
            }
            catch (AuthenticationTagMismatchException)
            {
                throw Unreadable();
            }

            ballots.Add(Ballot.Decode(plain));
        }

        return ballots;
    }

    private static byte[] Context(int sessionId) =>
        Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"LangSon.ThiDua ballot, session {sessionId}"));

    private static DomainException Unreadable() =>
        new("Có phiếu niêm phong không mở được (đã bị sửa hoặc không thuộc phiên họp này) nên không thể kiểm phiếu. " +
            "Hãy báo quản trị hệ thống.");
}
