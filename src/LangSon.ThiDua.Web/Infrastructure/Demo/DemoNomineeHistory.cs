using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// The past of a few of the demo's nominees, so that a fresh demo shows both verdicts of the history rules: what their
/// dossiers declare (date of birth, ratings of the earlier years) and the awards the register holds for them. Hoàng Thị
/// Mai, proposed for the Prime Minister's Bằng khen, has the provincial Bằng khen but only three years "hoàn thành xuất
/// sắc" in a row ("Thiếu"); Lê Văn Thắng, proposed for the provincial Bằng khen, had the last one three years ago
/// ("Đủ điều kiện"). Years are counted back from the campaign's review year.
/// </summary>
internal static class DemoNomineeHistory
{
    /// <summary>A nominee: the dossier's declarations and the register's lines (form code, years before review).</summary>
    internal sealed record Nominee(
        string Name, DateOnly Born, Gender Gender, string Position, string UnitCode,
        TaskRating[] EarlierRatings, (string FormCode, int YearsBefore)[] Awards);

    public static readonly Nominee[] Nominees =
    [
        new("Hoàng Thị Mai", new(1976, 5, 14), Gender.Female, "Phó Giám đốc Sở Y tế", "SYT",
            [TaskRating.Excellent, TaskRating.Excellent, TaskRating.Good, TaskRating.Good],
            [(AwardFormSeed.BangKhenTinh, 4)]),
        new("Lê Văn Thắng", new(1979, 8, 23), Gender.Male, "Trưởng phòng Nghiệp vụ Y", "SYT",
            [TaskRating.Excellent, TaskRating.Good, TaskRating.Good, TaskRating.Good],
            [(AwardFormSeed.GiayKhen, 4), (AwardFormSeed.BangKhenTinh, 3)]),
    ];

    /// <summary>What a demo dossier declares of its nominee's past, when the nominee is one of these.</summary>
    public static void Declare(Nomination nomination, int reviewYear)
    {
        if (Array.Find(Nominees, n => n.Name == nomination.NomineeName) is not { } nominee)
        {
            return;
        }

        nomination.NomineeDateOfBirth = nominee.Born;
        nomination.DeclarePriorRatings(nominee.EarlierRatings
            .Select((rating, i) => (Year: reviewYear - 1 - i, Rating: (TaskRating?)rating))
            .ToDictionary(x => x.Year, x => x.Rating));
    }
}
