using LangSon.ThiDua.Domain.Auditing;

namespace LangSon.ThiDua.Web.Infrastructure.Maintenance;

/// <summary>
/// The maintenance verbs of the web app's own build output (docs/backup.md):
/// <c>dotnet LangSon.ThiDua.Web.dll backup [--to DIR] [--data DIR]</c> and
/// <c>dotnet LangSon.ThiDua.Web.dll restore --from DIR [--data DIR] [--force]</c>.
/// Settings resolve as for the app (appsettings, environment, other command-line arguments): DataDirectory,
/// Database:Provider, ConnectionStrings:ThiDua; <c>--data DIR</c> is a short form of <c>--DataDirectory=DIR</c>.
/// </summary>
public static class MaintenanceCommand
{
    private const string BackupVerb = "backup";
    private const string RestoreVerb = "restore";

    public static bool IsMaintenance(string[] args) => args is [BackupVerb or RestoreVerb, ..];

    /// <summary>Runs the verb and returns the process exit code: 0 done, 1 failed (or wrong arguments).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var output = Console.Out;
        var verb = args[0];
        var (options, rest, usageError) = Parse(args[1..]);
        if (usageError is not null)
        {
            await Console.Error.WriteLineAsync($"{usageError}\n{Usage}");
            return 1;
        }

        await using var host = BuildHost(rest);
        var target = MaintenanceTarget.From(host.Services);
        var time = TimeProvider.System;
        if (verb == BackupVerb)
        {
            if (options.ContainsKey("from") || options.ContainsKey("force"))
            {
                await Console.Error.WriteLineAsync(Usage);
                return 1;
            }

            var result = await new DatabaseBackup(target, output, time).RunAsync(options.GetValueOrDefault("to"));
            return result.Succeeded ? 0 : 1;
        }

        if (!options.TryGetValue("from", out var from) || options.ContainsKey("to"))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 1;
        }

        var restored = await new DatabaseRestore(target, output, time).RunAsync(from!, options.ContainsKey("force"));
        return restored.Succeeded ? 0 : 1;
    }

    private const string Usage = """
        Cách dùng / usage:
          dotnet LangSon.ThiDua.Web.dll backup [--to DIR] [--data DATADIR]
          dotnet LangSon.ThiDua.Web.dll restore --from DIR [--data DATADIR] [--force]
        DATADIR mặc định theo cấu hình DataDirectory / defaults to the DataDirectory setting. Xem / see docs/backup.md.
        """;

    /// <summary>Splits our options (--to, --from, --force, --data) from the rest, which go to the configuration.</summary>
    private static (Dictionary<string, string?> Options, List<string> Remaining, string? Error) Parse(string[] args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--force":
                    options["force"] = null;
                    break;
                case "--to" or "--from" or "--data":
                    if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        return (options, rest, $"Thiếu thư mục sau / a folder must follow {args[i]}");
                    }

                    options[args[i][2..]] = args[++i];
                    break;
                case "--help" or "-h":
                    return (options, rest, "Trợ giúp / help");
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (options.TryGetValue("data", out var data))
        {
            rest.Add($"--DataDirectory={Path.GetFullPath(data!)}");
        }

        return (options, rest, null);
    }

    /// <summary>The app's configuration and its database registration, without the web server, quiet.</summary>
    private static WebApplication BuildHost(List<string> args)
    {
        var builder = WebApplication.CreateBuilder(args.ToArray());
        builder.Logging.ClearProviders();
        var portal = PortalOptions.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(portal);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IAuditActor, SystemAuditActor>();
        builder.Services.AddPortalDatabase(builder.Configuration, portal);
        return builder.Build();
    }
}
