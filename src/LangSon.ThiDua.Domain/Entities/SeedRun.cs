namespace LangSon.ThiDua.Domain;

/// <summary>
/// The last complete run of the seeders on this database (one row). A start whose fingerprint (the seeding code's
/// build and the demo settings) is the stored one skips the seeders: they would only find what they added before
/// (issue 24, docs/performance.md "Cold start").
/// </summary>
public sealed class SeedRun
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public required string Fingerprint { get; set; }

    public DateTime CompletedAtUtc { get; set; }
}
