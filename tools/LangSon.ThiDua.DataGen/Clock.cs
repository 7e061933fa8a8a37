namespace LangSon.ThiDua.DataGen;

/// <summary>Dates and ids drawn from the seeded generator.</summary>
internal static class Clock
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>A UTC timestamp for office hours (7:30–17:00, Vietnam time) on <paramref name="day"/>.</summary>
    public static DateTime OfficeHoursUtc(DateOnly day, Random random)
    {
        var local = day.ToDateTime(new TimeOnly(7, 30)).AddMinutes(random.Next(0, 570)).AddSeconds(random.Next(60));
        return DateTime.SpecifyKind(local - VietnamOffset, DateTimeKind.Utc);
    }

    public static DateOnly Between(Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1));

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(utc + VietnamOffset);

    /// <summary>A GUID drawn from the seeded generator, so that ids and security stamps are the same on every run.</summary>
    public static string Guid(Random random) => NewGuid(random).ToString();

    /// <summary>A version-4 GUID drawn from the seeded generator.</summary>
    public static System.Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new System.Guid(bytes);
    }
}
