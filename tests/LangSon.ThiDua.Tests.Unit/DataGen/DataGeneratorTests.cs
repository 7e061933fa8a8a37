using LangSon.ThiDua.DataGen;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Auditing;
using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.UnitTests.DataGen;

/// <summary>The province-scale generator at a small size (a few seconds): counts, realism and determinism.</summary>
public sealed class DataGeneratorTests : IDisposable
{
    private readonly List<string> folders = [];

    [Fact]
    public async Task The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        var first = await GenerateAsync(seed: 7);
        var second = await GenerateAsync(seed: 7);
        var other = await GenerateAsync(seed: 8);

        var hash = await DatabaseFingerprint.ComputeAsync(first.DatabasePath);
        Assert.Equal(hash, await DatabaseFingerprint.ComputeAsync(second.DatabasePath));
        Assert.NotEqual(hash, await DatabaseFingerprint.ComputeAsync(other.DatabasePath));
    }

    [Fact]
    public async Task A_small_run_has_exactly_the_requested_counts_and_every_plan_state()
    {
        var options = await GenerateAsync(seed: 2025);

        await using var db = Open(options);
        Assert.Equal(options.Units, await db.Units.CountAsync());
        Assert.Equal(options.Users + LangSon.ThiDua.Domain.Seeding.DemoAccounts.All.Count, await db.Users.CountAsync());
        Assert.Equal(options.Targets, await db.PlanTargets.CountAsync());
        Assert.Equal(options.Reports, await db.ProgressReports.CountAsync());
        Assert.Equal(options.Reminders, await db.Reminders.CountAsync());
        Assert.True(await db.ReminderRecipients.CountAsync() >= options.Reminders * 3);
        Assert.True(await db.Notifications.AnyAsync());
        Assert.True(await db.Attachments.AnyAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());

        var statuses = await db.UnitPlans.Select(p => p.Status).Distinct().ToListAsync();
        // Every state of the first round; amendments (a reopened plan needs its targets saved) are not generated.
        Assert.Equal(
            Enum.GetValues<PlanStatus>().Except([PlanStatus.AmendmentRequested, PlanStatus.Amending]).Order(),
            statuses.Order());
        Assert.True(await db.UnitPlans.CountAsync() < options.Units, "some units have not started a plan");
        Assert.Equal(5, await db.PlanTargets.Select(t => t.ContentAreaId).Distinct().CountAsync());
    }

    [Fact]
    public async Task Reports_follow_the_domain_rules_and_belong_to_accepted_plans_only()
    {
        var options = await GenerateAsync(seed: 3);

        await using var db = Open(options);
        var reportedStatuses = await db.ProgressReports.Select(r => r.PlanTarget!.UnitPlan!.Status).Distinct().ToListAsync();
        Assert.Equal([PlanStatus.Accepted], reportedStatuses);

        var targets = await db.PlanTargets.AsNoTracking().Include(t => t.Reports).Where(t => t.Reports.Count > 0).Take(200).ToListAsync();
        foreach (var report in targets.SelectMany(t => t.Reports))
        {
            var target = targets.Single(t => t.Id == report.PlanTargetId);
            Assert.Equal(TargetProgress.Percent(target, report.Value, report.MilestoneDone), report.Percent);
            Assert.True(report.AsOfDate <= options.AsOf);
        }

        var plans = await db.UnitPlans.AsNoTracking().Include(p => p.Transitions).ToListAsync();
        Assert.All(plans, p => Assert.Equal(p.Status, p.Transitions.OrderBy(t => t.Id).Last().To));
        Assert.All(plans, p => Assert.Null(p.Transitions.OrderBy(t => t.Id).First().From));
    }

    [Fact]
    public async Task Generated_units_and_people_have_Vietnamese_names_and_the_demo_accounts_sign_in()
    {
        var options = await GenerateAsync(seed: 11);

        await using var db = Open(options);
        var generated = await db.Units.Where(u => u.Note == UnitGenerator.GeneratedNote).ToListAsync();
        Assert.Equal(options.Units - 88, generated.Count);
        Assert.All(generated, u => Assert.Matches("^(UBND xã|Trường|Trung tâm) ", u.Name));
        Assert.All(generated, u => Assert.NotNull(u.EmulationGroupId));

        var noivu = await db.Users.SingleAsync(u => u.NormalizedUserName == "NOIVU");
        Assert.Equal("Hoàng Thị Thu Hà", noivu.FullName);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<AppUser>().VerifyHashedPassword(noivu, noivu.PasswordHash!, "LangSon@2025"));
        var noivuRole = await db.UserRoles.Where(r => r.UserId == noivu.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync();
        Assert.Equal(Roles.NoiVu, noivuRole);

        var unitUsers = await db.Users.Where(u => u.UnitId != null && u.UserName!.Contains('.')).Select(u => u.FullName).ToListAsync();
        Assert.All(unitUsers, name => Assert.Matches(@"^\p{Lu}\p{Ll}* \p{Lu}\p{Ll}* \p{Lu}\p{Ll}*$", name));
    }

    [Fact]
    public async Task An_existing_database_is_refused_unless_forced()
    {
        var options = await GenerateAsync(seed: 1);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => new ProvinceDataGenerator(options, TextWriter.Null).RunAsync());
        Assert.Contains("--force", refused.Message, StringComparison.Ordinal);

        var summary = await new ProvinceDataGenerator(options with { Force = true }, TextWriter.Null).RunAsync();
        Assert.Equal(options.Targets, summary.Rows("PlanTargets"));
    }

    [Fact]
    public void Scale_multiplies_every_count_and_the_command_line_overrides_them()
    {
        var tenfold = GeneratorOptions.ForScale("/tmp/x", 10);
        Assert.Equal((2_500, 20_000, 50_000, 500_000, 600), (tenfold.Units, tenfold.Users, tenfold.Targets, tenfold.Reports, tenfold.Reminders));

        var parsed = LangSon.ThiDua.DataGen.Program.Parse(["--data-dir", "/tmp/x", "--scale", "0.5", "--seed", "9", "--targets", "40", "--force"]);
        Assert.Equal((125, 1_000, 40, 25_000, 9, true), (parsed.Units, parsed.Users, parsed.Targets, parsed.Reports, parsed.Seed, parsed.Force));
        Assert.Throws<ArgumentException>(() => LangSon.ThiDua.DataGen.Program.Parse(["--scale", "1"]));
    }

    public void Dispose()
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Nominations_follow_the_workflow_and_closed_sessions_count_exactly_the_votes_cast()
    {
        var options = await GenerateAsync(seed: 5);

        await using var db = Open(options);
        Assert.Equal(options.Nominations, await db.Nominations.CountAsync());
        var statuses = await db.Nominations.Select(n => n.Status).Distinct().ToListAsync();
        Assert.Contains(NominationStatus.Draft, statuses);
        Assert.Contains(NominationStatus.Eligible, statuses);
        Assert.Contains(NominationStatus.Passed, statuses);
        Assert.Contains(NominationStatus.Failed, statuses);
        var nominations = await db.Nominations.AsNoTracking().Include(n => n.Transitions).ToListAsync();
        Assert.All(nominations, n => Assert.Equal(n.Status, n.Transitions.OrderBy(t => t.Id).Last().To));

        var items = await db.AgendaItems.AsNoTracking().Where(a => a.AgreeCount != null).ToListAsync();
        Assert.NotEmpty(items);
        var votes = await db.BallotVotes.AsNoTracking().ToListAsync();
        foreach (var item in items)
        {
            var cast = votes.Where(v => v.SessionId == item.SessionId && v.NominationId == item.NominationId).ToList();
            Assert.Equal(item.AgreeCount, cast.Count(v => v.Choice == VoteChoice.Agree));
            Assert.Equal(item.DisagreeCount, cast.Count(v => v.Choice == VoteChoice.Disagree));
            Assert.Equal(item.AbstainCount, cast.Count(v => v.Choice == VoteChoice.Abstain));
        }
    }

    private async Task<GeneratorOptions> GenerateAsync(int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "thidua-datagen-" + Guid.NewGuid().ToString("N"));
        folders.Add(folder);
        var options = new GeneratorOptions
        {
            DataDirectory = folder,
            Seed = seed,
            Units = 100,
            Users = 300,
            Targets = 600,
            Reports = 3_000,
            Reminders = 6,
            Nominations = 300,
            CouncilSessions = 2,
            BatchSize = 500,
        };
        await new ProvinceDataGenerator(options, TextWriter.Null).RunAsync();
        return options;
    }

    private static AppDbContext Open(GeneratorOptions options) =>
        new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
                .UseSqlite($"Data Source={options.DatabasePath};Pooling=False").Options)
            .AuditAs(new SystemAuditActor(), TimeProvider.System);
}
