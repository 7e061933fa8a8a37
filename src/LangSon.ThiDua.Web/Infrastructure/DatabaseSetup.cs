using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Web.Infrastructure.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

internal static class DatabaseSetup
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    private static readonly SqliteConnectionPragmas ConnectionPragmas = new();

    /// <summary>
    /// Database:Provider selects Sqlite (default, a file under DataDirectory) or SqlServer (ConnectionStrings:ThiDua).
    /// The options are built once (a singleton): building them per request read the configuration, parsed the
    /// connection string and made EF Core look its internal services up again for every DbContext (issue 24's profile).
    /// </summary>
    public static IServiceCollection AddPortalDatabase(
        this IServiceCollection services, IConfiguration configuration, PortalOptions portal)
    {
        var provider = configuration["Database:Provider"] ?? Sqlite;
        var connectionString = provider switch
        {
            Sqlite => SqliteConnectionString(configuration, portal),
            SqlServer => configuration.GetConnectionString("ThiDua") ?? throw new InvalidOperationException(
                "ConnectionStrings:ThiDua is required when Database:Provider is SqlServer."),
            _ => throw new InvalidOperationException(
                $"Database:Provider '{provider}' is not supported: use {Sqlite} or {SqlServer}."),
        };
        var requestCosts = RequestCosts.Enabled(configuration);
        services.AddDbContext<AppDbContext>(
            options =>
            {
                if (provider == Sqlite)
                {
                    options.UseSqlite(connectionString, o => o.MigrationsAssembly("LangSon.ThiDua.Migrations.Sqlite"))
                        .AddInterceptors(ConnectionPragmas);
                }
                else
                {
                    options.UseSqlServer(
                        connectionString, o => o.MigrationsAssembly("LangSon.ThiDua.Migrations.SqlServer"));
                }

                if (requestCosts)
                {
                    options.AddInterceptors(RequestCosts.Interceptor);
                }
            },
            optionsLifetime: ServiceLifetime.Singleton);
        return services;
    }

    private static string SqliteConnectionString(IConfiguration configuration, PortalOptions portal)
    {
        var configured = configuration.GetConnectionString("ThiDua");
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? string.Empty : configured);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            builder.DataSource = Path.Combine(portal.DataDirectory, "thidua.db");
        }

        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    /// <summary>Applies pending migrations and seeds reference data (and demo data in demo mode).</summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        var portal = app.Services.GetRequiredService<PortalOptions>();
        Directory.CreateDirectory(portal.DataDirectory);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        // Migrate() also compares the model with the last migration's snapshot (building both models, ≈ 1 s on a
        // cold start); with nothing pending only the history table is read. The model/migration match is checked
        // by scripts/sqlserver-script.sh in CI instead.
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await db.Database.MigrateAsync();
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        var migrated = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        using var timing = new SeedTiming(app, start, migrated);

        // With the demo story, the campaign's dates follow the demo calendar (created once, on the first start).
        var calendar = scope.ServiceProvider.GetRequiredService<DemoCalendar>();
        await new ReferenceDataSeeder(db, portal.DemoPlans ? calendar.ShiftDays : 0).SeedAsync();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(portal.DemoMode);
        if (portal.DemoPlans)
        {
            var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            await scope.ServiceProvider.GetRequiredService<DemoPlanSeeder>().SeedAsync();
            await scope.ServiceProvider.GetRequiredService<DemoNominationSeeder>().SeedAsync();
            await new DemoCouncilSeeder(db, calendar).SeedAsync();
            await DemoExemplarySeeder.SeedAsync(db, time);
            await DemoFeedbackSeeder.SeedAsync(db, time);
            await DemoPactSeeder.SeedAsync(db);
            await DemoScoringSeeder.SeedAsync(db);
            await DemoProposalSeeder.SeedAsync(db, time);
            await DemoPastCampaignSeeder.SeedAsync(db, calendar);
            await DemoAwardRegisterSeeder.SeedAsync(db, calendar.ShiftYears);
        }
    }

    /// <summary>Logs, when seeding ends, how long the migrations and the seeding took (docs/performance.md).</summary>
    private sealed class SeedTiming(WebApplication app, long start, TimeSpan migrated) : IDisposable
    {
        public void Dispose() => app.Logger.LogInformation(
            "Cơ sở dữ liệu khi khởi động: migrations_ms={Migrations} seeding_ms={Seeding}",
            (long)migrated.TotalMilliseconds,
            (long)(System.Diagnostics.Stopwatch.GetElapsedTime(start) - migrated).TotalMilliseconds);
    }

    /// <summary>
    /// On SQLite, copies the write-ahead log into the database file and truncates it to zero bytes, so that the earlier
    /// versions of pages it held (for instance while a council voted) are gone from the files. It cannot finish while
    /// another connection still reads an older snapshot; it waits two seconds at most (not the 30 s of other
    /// statements) and is then only partial, which is harmless (nothing secret is ever written in clear), and SQLite's
    /// automatic checkpoints reuse the log from its start later on.
    /// </summary>
    public static async Task TruncateWriteAheadLogAsync(this AppDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(
                "PRAGMA busy_timeout = 2000; PRAGMA wal_checkpoint(TRUNCATE); PRAGMA busy_timeout = 30000;", ct);
        }
    }
}
