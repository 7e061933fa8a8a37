namespace LangSon.ThiDua.Domain;

/// <summary>
/// What the dossier declares of the nominee's past, as the báo cáo thành tích does: the date of birth (an individual's
/// identity in the register) and the task ratings of the years before the review year.
/// </summary>
public sealed partial class Nomination
{
    /// <summary>How many years before the review year the dossier declares a rating for.</summary>
    public const int PriorRatingYears = 4;

    /// <summary>Ngày sinh of an individual: with the folded name, finds the person's awards in the register.</summary>
    public DateOnly? NomineeDateOfBirth { get; set; }

    /// <summary>Xếp loại of the years before the review year, as declared in the dossier.</summary>
    public List<NominationYearRating> PriorRatings { get; set; } = [];

    /// <summary>Replaces the declared ratings of earlier years; a year left empty is not declared.</summary>
    public void DeclarePriorRatings(IReadOnlyDictionary<int, TaskRating?> ratings)
    {
        EnsureEditable();
        PriorRatings.RemoveAll(r => !ratings.TryGetValue(r.Year, out var rating) || rating is null);
        foreach (var (year, rating) in ratings)
        {
            if (rating is not { } value)
            {
                continue;
            }

            if (PriorRatings.Find(r => r.Year == year) is { } existing)
            {
                existing.Rating = value;
            }
            else
            {
                PriorRatings.Add(new NominationYearRating { Year = year, Rating = value });
            }
        }
    }

    /// <summary>Every rating the dossier declares: the earlier years' and the review year's own.</summary>
    public IReadOnlyDictionary<int, TaskRating> RatingsByYear(int reviewYear)
    {
        var ratings = PriorRatings.Where(r => r.Year < reviewYear).ToDictionary(r => r.Year, r => r.Rating);
        ratings[reviewYear] = TaskRating;
        return ratings;
    }
}

/// <summary>Kết quả xếp loại of one earlier year, as declared in a nomination.</summary>
public sealed class NominationYearRating
{
    public int NominationId { get; set; }

    public int Year { get; set; }

    public TaskRating Rating { get; set; }
}
