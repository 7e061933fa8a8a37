using System.Diagnostics;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Maintenance;
using Serilog;

// Maintenance verbs run from the same build output, without the web server: backup and restore (docs/backup.md),
// migrate and create-admin (docs/admin-guide.md).
if (MaintenanceCommand.IsMaintenance(args))
{
    Environment.ExitCode = await MaintenanceCommand.RunAsync(args);
    return;
}

if (AdminCommands.Handles(args))
{
    Environment.ExitCode = await AdminCommands.RunAsync(args, Console.Out);
    return;
}

// A plain (not reloadable) start-up logger: several hosts in one process (the tests) must not freeze a shared one.
Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(formatProvider: LangSon.ThiDua.Domain.Text.Vietnamese.Culture).CreateLogger();

try
{
    var start = Stopwatch.GetTimestamp();
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortal();

    var app = builder.Build();
    var built = Stopwatch.GetElapsedTime(start);
    await app.MigrateAndSeedAsync();
    var database = Stopwatch.GetElapsedTime(start) - built;
    app.UsePortal();
    // The start-up's phases (docs/performance.md, "Cold start"): runtime until Main, host build, database, listening.
    app.Lifetime.ApplicationStarted.Register(() => Log.Information(
        "Khởi động: runtime_ms={Runtime} host_ms={Host} database_ms={Database} listening_ms={Listening}",
        (long)(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds
            - (long)Stopwatch.GetElapsedTime(start).TotalMilliseconds,
        (long)built.TotalMilliseconds, (long)database.TotalMilliseconds,
        (long)(Stopwatch.GetElapsedTime(start) - built - database).TotalMilliseconds));
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException && ex.Source != "Microsoft.EntityFrameworkCore.Design")
{
    Log.Fatal(ex, "Cổng thông tin dừng do lỗi khi khởi động");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
