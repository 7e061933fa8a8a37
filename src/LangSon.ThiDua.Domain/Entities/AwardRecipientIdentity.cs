namespace LangSon.ThiDua.Domain;

/// <summary>A person's lines in the register, and the namesakes Sở Nội vụ has still to decide on.</summary>
public sealed record RecipientHistory(IReadOnlySet<int> Same, IReadOnlySet<int> Possible);

/// <summary>
/// Who a person is across the register: the lines of the same folded name and the same date of birth, joined by the
/// lines Sở Nội vụ confirmed as the same person (<see cref="AwardRecipientLink"/>) — and nothing else: a namesake with
/// a date of birth missing on one side stays "possible" until confirmed, and a namesake Sở Nội vụ split off is
/// neither.
/// </summary>
public static class AwardRecipientIdentity
{
    /// <summary>
    /// The history of <paramref name="anchor"/> among its <paramref name="namesakes"/> (the person's lines of the same
    /// folded name) given the decisions in <paramref name="links"/>.
    /// </summary>
    public static RecipientHistory History(
        AwardRecord anchor, IReadOnlyCollection<AwardRecord> namesakes, IReadOnlyCollection<AwardRecipientLink> links) =>
        History(anchor.Id, anchor.RecipientSearchName, anchor.DateOfBirth, namesakes.Append(anchor).ToList(), links);

    /// <summary>
    /// The history of someone not yet in the register — a nominee, by folded name and declared date of birth — among
    /// the <paramref name="namesakes"/>: the lines of the same date of birth and those Sở Nội vụ confirmed as theirs.
    /// Without a date of birth nothing is certain and every namesake not split off is only possible.
    /// </summary>
    public static RecipientHistory History(
        string searchName, DateOnly? dateOfBirth, IReadOnlyCollection<AwardRecord> namesakes,
        IReadOnlyCollection<AwardRecipientLink> links) =>
        History(null, searchName, dateOfBirth, namesakes, links);

    private static RecipientHistory History(
        int? anchorId, string searchName, DateOnly? dateOfBirth, IReadOnlyCollection<AwardRecord> namesakes,
        IReadOnlyCollection<AwardRecipientLink> links)
    {
        var same = Group(anchorId, searchName, dateOfBirth, namesakes, links);
        var born = dateOfBirth ?? namesakes.Where(r => same.Contains(r.Id)).Select(r => r.DateOfBirth)
            .FirstOrDefault(d => d is not null);
        var split = links.Where(l => !l.IsSamePerson && same.Any(l.Joins))
            .SelectMany(l => new[] { l.FirstRecordId, l.SecondRecordId }).ToHashSet();
        var possible = namesakes
            .Where(r => r.RecipientKind == NomineeKind.Individual && r.RecipientSearchName == searchName)
            .Where(r => !same.Contains(r.Id) && !split.Contains(r.Id))
            .Where(r => born is null || r.DateOfBirth is null)
            .Select(r => r.Id).ToHashSet();
        return new RecipientHistory(same, possible);
    }

    /// <summary>
    /// Why confirming <paramref name="one"/> and <paramref name="other"/> as the same person is refused beyond the
    /// pair's own rule: their histories would then hold two different dates of birth.
    /// </summary>
    public static string? ConfirmRefusal(
        AwardRecord one, AwardRecord other, IReadOnlyCollection<AwardRecord> namesakes,
        IReadOnlyCollection<AwardRecipientLink> links)
    {
        if (AwardRecipientLink.Refusal(one, other) is { } refusal)
        {
            return refusal;
        }

        var ids = Group(one.Id, one.RecipientSearchName, one.DateOfBirth, namesakes, links)
            .Concat(Group(other.Id, other.RecipientSearchName, other.DateOfBirth, namesakes, links)).ToHashSet();
        var dates = namesakes.Append(one).Append(other).Where(r => ids.Contains(r.Id) && r.DateOfBirth is not null)
            .Select(r => r.DateOfBirth).Distinct().Count();
        return dates > 1
            ? "Không thể xác nhận: hai quá trình khen thưởng đã có hai ngày sinh khác nhau, nên là hai người khác nhau."
            : null;
    }

    /// <summary>
    /// The anchor (when it is a line) and every line reached through a date of birth of the group or a confirmed link.
    /// </summary>
    private static HashSet<int> Group(
        int? anchorId, string searchName, DateOnly? dateOfBirth, IReadOnlyCollection<AwardRecord> namesakes,
        IReadOnlyCollection<AwardRecipientLink> links)
    {
        var candidates = namesakes.Where(r => r.RecipientKind == NomineeKind.Individual
            && r.RecipientSearchName == searchName && r.Id != anchorId).ToList();
        var group = anchorId is { } id ? new HashSet<int> { id } : [];
        var dates = new HashSet<DateOnly>();
        if (dateOfBirth is { } own)
        {
            dates.Add(own);
        }

        var grown = true;
        while (grown)
        {
            grown = false;
            foreach (var record in candidates.Where(r => !group.Contains(r.Id)))
            {
                var sameBirth = record.DateOfBirth is { } born && dates.Contains(born);
                var confirmed = links.Any(l =>
                    l.IsSamePerson && l.Joins(record.Id) && group.Contains(l.Other(record.Id)));
                if (sameBirth || confirmed)
                {
                    group.Add(record.Id);
                    if (record.DateOfBirth is { } date)
                    {
                        dates.Add(date);
                    }

                    grown = true;
                }
            }
        }

        return group;
    }
}
