namespace LangSon.ThiDua.Domain;

/// <summary>
/// Sở Nội vụ's decision on two lines of the register that may be the same person (same folded name, a date of birth
/// missing on one side): the same person (the lines join one history) or not (the line no longer shows as possible).
/// One decision per pair, kept with the lower record id first; deciding again replaces it (the audit log keeps both).
/// </summary>
public sealed class AwardRecipientLink
{
    public int Id { get; set; }

    public int FirstRecordId { get; private set; }

    public int SecondRecordId { get; private set; }

    public bool IsSamePerson { get; private set; }

    public string DecidedBy { get; private set; } = "";

    public DateTime DecidedAtUtc { get; private set; }

    /// <summary>Why the two lines cannot be linked, or null: only a person's lines of the same folded name where a date
    /// of birth is missing on one side are ever in doubt.</summary>
    public static string? Refusal(AwardRecord one, AwardRecord other)
    {
        if (one.Id == other.Id)
        {
            return "Hãy chọn hai dòng khác nhau của sổ khen thưởng.";
        }

        if (one.RecipientKind != NomineeKind.Individual || other.RecipientKind != NomineeKind.Individual)
        {
            return "Chỉ xác nhận cùng người cho khen thưởng cá nhân.";
        }

        if (one.RecipientSearchName != other.RecipientSearchName)
        {
            return "Hai dòng không cùng họ tên nên không thể là cùng người.";
        }

        return one.DateOfBirth is not null && other.DateOfBirth is not null
            ? "Hai dòng đều có ngày sinh: cùng ngày sinh là cùng người, khác ngày sinh là hai người khác nhau."
            : null;
    }

    public static AwardRecipientLink Decide(
        AwardRecord one, AwardRecord other, bool samePerson, string decidedBy, DateTime atUtc)
    {
        if (Refusal(one, other) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        var link = new AwardRecipientLink
        {
            FirstRecordId = Math.Min(one.Id, other.Id),
            SecondRecordId = Math.Max(one.Id, other.Id),
        };
        link.Redecide(samePerson, decidedBy, atUtc);
        return link;
    }

    /// <summary>A new decision on the same pair (Sở Nội vụ corrects itself).</summary>
    public void Redecide(bool samePerson, string decidedBy, DateTime atUtc)
    {
        IsSamePerson = samePerson;
        DecidedBy = decidedBy;
        DecidedAtUtc = atUtc;
    }

    public bool Joins(int recordId) => FirstRecordId == recordId || SecondRecordId == recordId;

    public int Other(int recordId) => FirstRecordId == recordId ? SecondRecordId : FirstRecordId;
}

/// <summary>The decisions a history needs, read from the database.</summary>
public static class AwardRecipientLinkQueries
{
    /// <summary>Sở Nội vụ's decisions on pairs among these lines.</summary>
    public static IQueryable<AwardRecipientLink> Among(
        this IQueryable<AwardRecipientLink> links, IReadOnlyCollection<AwardRecord> records)
    {
        var ids = records.Select(r => r.Id).ToList();
        return links.Where(l => ids.Contains(l.FirstRecordId) && ids.Contains(l.SecondRecordId));
    }
}
