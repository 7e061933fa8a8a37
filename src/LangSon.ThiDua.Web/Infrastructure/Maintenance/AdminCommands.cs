using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Identity;

namespace LangSon.ThiDua.Web.Infrastructure.Maintenance;

/// <summary>
/// Installation verbs of the web app's build output (docs/admin-guide.md), with the app's own settings:
/// <c>migrate</c> applies pending migrations and seeds the reference data, then exits;
/// <c>create-admin --user NAME --name "Họ và tên" [--email E]</c> creates the first administrator, password from the
/// environment variable THIDUA_ADMIN_PASSWORD or typed on the console (not echoed). Production has no demo accounts.
/// </summary>
public static class AdminCommands
{
    public const string MigrateVerb = "migrate";
    public const string CreateAdminVerb = "create-admin";
    public const string PasswordVariable = "THIDUA_ADMIN_PASSWORD";

    public static bool Handles(string[] args) => args is [MigrateVerb or CreateAdminVerb, ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, Func<string?>? readPassword = null)
    {
        var (options, rest) = Split(args[1..]);
        var builder = WebApplication.CreateBuilder(rest.ToArray());
        builder.Logging.ClearProviders();
        builder.AddPortal();
        await using var app = builder.Build();
        await app.MigrateAndSeedAsync();
        if (args[0] == MigrateVerb)
        {
            await output.WriteLineAsync("Đã cập nhật cơ sở dữ liệu (migrations) và dữ liệu danh mục. / Database migrated and seeded.");
            return 0;
        }

        if (!options.TryGetValue("user", out var userName) || !options.TryGetValue("name", out var fullName))
        {
            await output.WriteLineAsync("Cách dùng / usage: create-admin --user NAME --name \"Họ và tên\" [--email E]; mật khẩu / password: " + PasswordVariable);
            return 1;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? (readPassword ?? ReadHidden)();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName!) is not null)
        {
            await output.WriteLineAsync($"Tài khoản \"{userName}\" đã có; không tạo lại. / The account exists.");
            return 1;
        }

        var user = new AppUser
        {
            UserName = userName!.Trim().ToLowerInvariant(),
            FullName = fullName!,
            Email = options.GetValueOrDefault("email"),
            EmailConfirmed = options.ContainsKey("email"),
            CreatedAtUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password ?? string.Empty);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, Roles.Admin);
        }

        if (!created.Succeeded)
        {
            await output.WriteLineAsync("Không tạo được tài khoản: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }

        await output.WriteLineAsync($"Đã tạo quản trị hệ thống \"{user.UserName}\". Lần đăng nhập đầu tiên sẽ yêu cầu cài xác thực hai lớp.");
        return 0;
    }

    private static (Dictionary<string, string?> Options, List<string> Remaining) Split(string[] args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--user" or "--name" or "--email" && i + 1 < args.Length)
            {
                options[args[i][2..]] = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return (options, rest);
    }

    private static string? ReadHidden()
    {
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine();
        }

        Console.Write("Mật khẩu / password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return password.ToString();
    }
}
