using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

public static class NominationFilters
{
    /// <summary>
    /// The filters every nomination list offers: award form, nominee kind, and the nominee's name without diacritics or
    /// case ("nguyen van an" finds "Nguyễn Văn An"). A null filter keeps everything.
    /// </summary>
    public static IQueryable<Nomination> FilteredBy(this IQueryable<Nomination> nominations, int? awardFormId, NomineeKind? kind, string? name)
    {
        if (awardFormId is { } form)
        {
            nominations = nominations.Where(n => n.AwardFormId == form);
        }

        if (kind is { } k)
        {
            nominations = nominations.Where(n => n.NomineeKind == k);
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            var folded = TextFolding.Fold(name);
            nominations = nominations.Where(n => n.NomineeSearchName.Contains(folded));
        }

        return nominations;
    }
}
