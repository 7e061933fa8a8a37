namespace LangSon.ThiDua.DataGen;

/// <summary>
/// What to generate. Counts are totals at the given scale (1× = the figures of issue 5); every count can be
/// overridden so that tests generate a small data set in seconds.
/// </summary>
internal sealed record GeneratorOptions
{
    /// <summary>Units at 1×, the 88 real units of Lạng Sơn included.</summary>
    public const int UnitsAtScale1 = 250;

    /// <summary>Unit users (heads and staff) at 1×, on top of the 16 demo accounts.</summary>
    public const int UsersAtScale1 = 2_000;

    public const int TargetsAtScale1 = 5_000;

    public const int ReportsAtScale1 = 50_000;

    public const int RemindersAtScale1 = 60;

    /// <summary>Nominations at 1× (issue 5: "3,000 nominations' worth").</summary>
    public const int NominationsAtScale1 = 3_000;

    /// <summary>Council sessions at 1×: two with their decisions issued, one whose passed nominations wait, one in preparation.</summary>
    public const int CouncilSessionsAtScale1 = 4;

    public const int DefaultSeed = 2025;

    /// <summary>The day the data is "as of": no report, reading or reminder is later. Fixed, so that a seed gives the same data on any day.</summary>
    public static readonly DateOnly DefaultAsOf = new(2026, 11, 15);

    public required string DataDirectory { get; init; }

    public int Seed { get; init; } = DefaultSeed;

    public bool Force { get; init; }

    /// <summary>Total units including the real ones (never fewer than the real ones).</summary>
    public int Units { get; init; } = UnitsAtScale1;

    public int Users { get; init; } = UsersAtScale1;

    public int Targets { get; init; } = TargetsAtScale1;

    public int Reports { get; init; } = ReportsAtScale1;

    public int Reminders { get; init; } = RemindersAtScale1;

    public int Nominations { get; init; } = NominationsAtScale1;

    public int CouncilSessions { get; init; } = CouncilSessionsAtScale1;

    public DateOnly AsOf { get; init; } = DefaultAsOf;

    /// <summary>Rows per transaction (each batch gets a fresh DbContext).</summary>
    public int BatchSize { get; init; } = 2_000;

    public string DatabasePath => Path.Combine(DataDirectory, "thidua.db");

    public static GeneratorOptions ForScale(string dataDirectory, double scale, int seed = DefaultSeed)
    {
        if (scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be positive.");
        }

        return new GeneratorOptions
        {
            DataDirectory = dataDirectory,
            Seed = seed,
            Units = Scaled(UnitsAtScale1, scale),
            Users = Scaled(UsersAtScale1, scale),
            Targets = Scaled(TargetsAtScale1, scale),
            Reports = Scaled(ReportsAtScale1, scale),
            Reminders = Scaled(RemindersAtScale1, scale),
            Nominations = Scaled(NominationsAtScale1, scale),
            CouncilSessions = Scaled(CouncilSessionsAtScale1, scale),
        };
    }

    private static int Scaled(int count, double scale) => Math.Max(1, (int)Math.Round(count * scale, MidpointRounding.AwayFromZero));
}
