using System.Diagnostics;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.DataGen;

/// <summary>How many rows of each kind the database holds after a run, and how long the run took.</summary>
internal sealed record GenerationSummary(IReadOnlyList<(string Table, long Rows)> Counts, TimeSpan Elapsed, long DatabaseBytes)
{
    public long Rows(string table) => Counts.Single(c => c.Table == table).Rows;
}

/// <summary>
/// Creates a province-scale database: migrations, reference data (real units, campaign, award forms), roles and demo
/// accounts, then generated units, users, plans, targets, progress reports, attachments, reminders, nominations, council
/// sessions with their secret ballots, and award decisions. Everything
/// random comes from one <see cref="Random"/> seeded with <see cref="GeneratorOptions.Seed"/>, drawn in a fixed order,
/// so a seed gives the same rows every time.
/// </summary>
internal sealed class ProvinceDataGenerator(GeneratorOptions options, TextWriter log)
{
    private static readonly string[] CountedTables =
    [
        "Units", "EmulationGroups", "AspNetUsers", "AspNetUserRoles", "UnitPlans", "PlanTransitions", "PlanTargets",
        "ProgressReports", "Attachments", "Reminders", "ReminderRecipients", "Notifications", "AwardForms", "ContentAreas",
        "Nominations", "NominationTransitions", "NominationTargets", "NominationBatches", "NominationReopenings",
        "CouncilSessions", "CouncilMembers", "AgendaItems", "BallotReceipts", "BallotVotes", "AwardDecisions",
    ];

    public async Task<GenerationSummary> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        PrepareFile();
        var random = new Random(options.Seed);
        var database = await BulkDatabase.OpenAsync(options.DatabasePath, options.BatchSize);
        await using (database)
        {
            var province = await SeedReferenceDataAsync(database);
            Step("Đơn vị");
            var newUnits = UnitGenerator.Generate(random, Math.Max(0, options.Units - province.Units.Count), province.Units, province.Groups);
            await database.InsertAsync(newUnits);
            province.Units.AddRange(newUnits);

            Step("Tài khoản");
            var (roles, accounts) = AccountGenerator.Generate(random, province, options.Users, province.Campaign.StartDate.AddDays(-10));
            await database.InsertAsync(roles);
            await database.InsertAsync(accounts);

            Step("Kế hoạch và chỉ tiêu");
            var plans = PlanGenerator.Generate(random, province, options.Targets, options.AsOf);
            await database.InsertAsync(plans, p => 1 + p.Targets.Count + p.Transitions.Count);
            province.Plans.AddRange(plans);

            Step("Báo cáo tiến độ");
            await database.InsertAsync(ReportGenerator.Generate(random, province, plans, options.Reports, options.AsOf), r => 1 + r.Attachments.Count);

            Step("Đôn đốc");
            var reminders = ReminderGenerator.Generate(random, province, options.Reminders, options.AsOf);
            await database.InsertAsync(reminders, r => 1 + r.Recipients.Count);
            await database.InsertAsync(ReminderGenerator.Notifications(province, reminders));
            await database.InsertAsync(ReminderGenerator.Emails(province, reminders));

            Step("Hồ sơ đề nghị khen thưởng, phiên họp Hội đồng, quyết định khen thưởng");
            var nominations = NominationGenerator.Generate(random, province, province.AwardForms, options.Nominations, options.AsOf);
            var council = CouncilGenerator.Generate(random, province, nominations, options.CouncilSessions, options.AsOf);
            await NominationWriter.InsertAsync(database, random, province, nominations, council);

            var counts = new List<(string, long)>();
            foreach (var table in CountedTables)
            {
                counts.Add((table, await database.CountAsync(table)));
            }

            clock.Stop();
            await database.DisposeAsync();
            return new GenerationSummary(counts, clock.Elapsed, new FileInfo(options.DatabasePath).Length);

            void Step(string what) => log.WriteLine($"[{clock.Elapsed:mm\\:ss}] {what}…");
        }
    }

    private void PrepareFile()
    {
        Directory.CreateDirectory(options.DataDirectory);
        var files = new[] { options.DatabasePath, options.DatabasePath + "-wal", options.DatabasePath + "-shm" };
        if (File.Exists(options.DatabasePath) && !options.Force)
        {
            throw new InvalidOperationException($"{options.DatabasePath} đã tồn tại. Dùng --force để ghi đè, hoặc chọn thư mục khác.");
        }

        foreach (var file in files.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    private static async Task<Province> SeedReferenceDataAsync(BulkDatabase database)
    {
        await using var db = database.NewContext();
        db.ChangeTracker.AutoDetectChangesEnabled = true; // the seeder relies on it; it writes only ~100 rows
        await db.Database.MigrateAsync();
        await new ReferenceDataSeeder(db).SeedAsync();

        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Code == CampaignSeed.Code);
        var province = new Province
        {
            Campaign = campaign,
            Areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == campaign.Id).OrderBy(a => a.Number).ToListAsync(),
            Groups = await db.EmulationGroups.AsNoTracking().OrderBy(g => g.Id).ToListAsync(),
            AwardForms = await db.AwardForms.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(),
        };
        province.Units.AddRange(await db.Units.AsNoTracking().OrderBy(u => u.Id).ToListAsync());
        return province;
    }
}
