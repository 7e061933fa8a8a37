using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// The demo story's calendar, the one place that computes how far its dates move. The story happens on one nominal
/// day, 15/12/2025: the campaign started on 01/10/2025, the unit plans were due on 30/11/2025 (fifteen days ago) and
/// the nominations are due on 31/12/2025 (in sixteen days). Seeded on another day, every date the story writes moves
/// by <see cref="ShiftDays"/>, the whole days from the nominal day to today in Vietnam (from the app's clock), so that
/// the demo reads on the day it is started as it would have read on the nominal day. The seeders write most dates as
/// days before or after <see cref="Today"/> or <see cref="NowUtc"/>, which is the same move; the story's fixed dates
/// (the campaign's, last year's campaign's) go through <see cref="Shift(DateOnly)"/>. Demo mode with the story only:
/// production reference data keeps the real dates.
/// </summary>
public sealed class DemoCalendar(TimeProvider time)
{
    /// <summary>The day the story is told as of.</summary>
    public static readonly DateOnly NominalDay = new(2025, 12, 15);

    /// <summary>The instant of seeding, taken once so that every seeder of one start agrees on it.</summary>
    public DateTime NowUtc { get; } = time.GetUtcNow().UtcDateTime;

    /// <summary>The demo's day: today in Vietnam, which stands for the nominal day.</summary>
    public DateOnly Today => DateOnly.FromDateTime(VietnamTime.FromUtc(NowUtc));

    /// <summary>Whole days from the nominal day to <see cref="Today"/>; negative before it.</summary>
    public int ShiftDays => Today.DayNumber - NominalDay.DayNumber;

    /// <summary>
    /// Whole years the story's campaign moves (its start, 01/10/2025, shifted): the register's past years (2020–2024)
    /// move by as many, so that the history stays the years before the campaign's review year.
    /// </summary>
    public int ShiftYears => Shift(CampaignSeed.StartDate).Year - CampaignSeed.StartDate.Year;

    /// <summary>A date of the story as it falls when the demo is started today.</summary>
    public DateOnly Shift(DateOnly storyDate) => storyDate.AddDays(ShiftDays);

    /// <summary>An instant of the story (UTC) as it falls when the demo is started today.</summary>
    public DateTime Shift(DateTime storyUtc) => storyUtc.AddDays(ShiftDays);
}
