using System.Buffers.Binary;
using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

public enum VoteChoice
{
    [Display(Name = "Đồng ý")]
    Agree = 1,

    [Display(Name = "Không đồng ý")]
    Disagree = 2,

    [Display(Name = "Không biểu quyết")]
    Abstain = 3,
}

/// <summary>
/// One member's ballot: a choice for every nomination on the agenda, and nothing else — no member, no time. While the
/// vote is open it only exists sealed (<see cref="SealedBallot"/>); at closing it is counted and laid in the
/// ballot box.
/// </summary>
public sealed class Ballot
{
    private const int BytesPerChoice = 5;

    public Ballot(IReadOnlyDictionary<int, VoteChoice> choices) => Choices = choices;

    public IReadOnlyDictionary<int, VoteChoice> Choices { get; }

    /// <summary>
    /// Fixed-length bytes (per nomination, by id: 4 bytes id, 1 byte choice): every ballot of a session is as long.
    /// </summary>
    public byte[] Encode()
    {
        var bytes = new byte[Choices.Count * BytesPerChoice];
        var at = 0;
        foreach (var (nominationId, choice) in Choices.OrderBy(c => c.Key))
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(at, 4), nominationId);
            bytes[at + 4] = (byte)choice;
            at += BytesPerChoice;
        }

        return bytes;
    }

    /// <summary>
    /// Ballots that add up to the given counts per nomination (every nomination must have the same total: each ballot
    /// has a choice on each): the first ballots agree, the next disagree, the rest abstain. For demo and generated
    /// data, where the result is chosen first.
    /// </summary>
    public static IReadOnlyList<Ballot> FromCounts(
        IReadOnlyDictionary<int, (int Agree, int Disagree, int Abstain)> counts)
    {
        var totals = counts.Values.Select(c => c.Agree + c.Disagree + c.Abstain).Distinct().ToList();
        if (totals.Count > 1)
        {
            throw new ArgumentException("Every nomination needs the same number of votes: one per ballot.",
                nameof(counts));
        }

        return Enumerable.Range(0, totals.FirstOrDefault())
            .Select(i => new Ballot(counts.ToDictionary(
                c => c.Key,
                c => i < c.Value.Agree ? VoteChoice.Agree
                    : i < c.Value.Agree + c.Value.Disagree ? VoteChoice.Disagree
                    : VoteChoice.Abstain)))
            .ToList();
    }

    public static Ballot Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % BytesPerChoice != 0)
        {
            throw new DomainException("Phiếu niêm phong không đọc được.");
        }

        var choices = new Dictionary<int, VoteChoice>();
        for (var at = 0; at < bytes.Length; at += BytesPerChoice)
        {
            choices[BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(at, 4))] = (VoteChoice)bytes[at + 4];
        }

        return new Ballot(choices);
    }
}

/// <summary>Who voted: member, session, time. Nothing here or anywhere links it to a ballot's content.</summary>
public sealed class BallotReceipt
{
    public long Id { get; set; }

    public int SessionId { get; set; }

    public required string UserId { get; set; }

    public DateTime SubmittedAtUtc { get; set; }
}

/// <summary>
/// A ballot while the vote is open: its bytes encrypted (AES-GCM) under the session's key, which is kept outside the
/// database and destroyed when the session closes. Saved with the member's receipt in one transaction; deleted, unread
/// by anyone, once counted (or when the vote is postponed or cancelled).
/// </summary>
public sealed class SealedBallot
{
    public Guid Id { get; set; }

    public int SessionId { get; set; }

    public required byte[] Content { get; set; }
}

/// <summary>
/// The ballot box of a closed session: every counted ballot, numbered in the order of its choices (never in the order
/// it was cast), one row per agenda nomination. Written in one go at closing; no member, no time.
/// </summary>
public sealed class BallotVote
{
    public int SessionId { get; set; }

    /// <summary>
    /// Phiếu số 1, 2, …: the ballots sorted by their choices, so that the number says nothing of who or when.
    /// </summary>
    public int BallotNumber { get; set; }

    public int NominationId { get; set; }

    public VoteChoice Choice { get; set; }
}
