using System.ComponentModel.DataAnnotations;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

public enum RecipientMatchStrength
{
    /// <summary>Same folded name, one side has no date of birth: Sở Nội vụ must look.</summary>
    [Display(Name = "Có thể trùng (thiếu ngày sinh)")]
    Possible = 1,

    /// <summary>Same folded name and the same date of birth.</summary>
    [Display(Name = "Trùng họ tên và ngày sinh")]
    Likely = 2,
}

public sealed record RecipientMatch(AwardRecord Record, RecipientMatchStrength Strength);

/// <summary>
/// Who in the register may be the same person: the folded name (no diacritics, đ → d) and the date of birth.
/// A match is only a proposal for Sở Nội vụ to confirm or keep separate; nothing is merged here.
/// </summary>
public static class AwardRecipientMatching
{
    public static IReadOnlyList<RecipientMatch> LikelyMatches(
        string name, DateOnly? dateOfBirth, IEnumerable<AwardRecord> register)
    {
        var key = TextFolding.Fold(name);
        if (key.Length == 0)
        {
            return [];
        }

        return register
            .Where(r => r.RecipientKind == NomineeKind.Individual && r.RecipientSearchName == key)
            .Select(r => Strength(dateOfBirth, r.DateOfBirth) is { } strength ? new RecipientMatch(r, strength) : null)
            .OfType<RecipientMatch>()
            .OrderByDescending(m => m.Strength)
            .ThenByDescending(m => m.Record.DecisionDate)
            .ToList();
    }

    private static RecipientMatchStrength? Strength(DateOnly? wanted, DateOnly? recorded) =>
        (wanted, recorded) switch
        {
            ({ } a, { } b) when a == b => RecipientMatchStrength.Likely,
            ({ }, { }) => null,
            _ => RecipientMatchStrength.Possible,
        };
}
