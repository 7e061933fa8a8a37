using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>
/// The portal as docs/admin-guide.md deploys it: ASPNETCORE_ENVIRONMENT=Production with the shipped settings template
/// deploy/appsettings.Production.json (Secure cookies, two-factor required of Admin, NoiVu and CouncilMember, demo off,
/// nginx on loopback as the known proxy), behind nginx: every request reaches the portal from 127.0.0.1 with nginx's
/// X-Forwarded-For and X-Forwarded-Proto. Only what a test machine lacks is changed: SQLite instead of SQL Server, a
/// temporary data folder, e-mails to files. No demo account exists; the tests create the accounts they use.
/// </summary>
public sealed class ProductionFactory : WebApplicationFactory<Program>
{
    public const string Host = "thidua.langson.gov.vn";
    public const string Password = "Lang#Son-2026!";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "thidua-tests", "prod-" + Guid.NewGuid().ToString("N"));

    /// <summary>A browser on the Internet at <paramref name="clientAddress"/>, seen through nginx (https, forwarded
    /// headers).</summary>
    public PortalClient Browser(string clientAddress)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri($"https://{Host}"),
        });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return new PortalClient(client);
    }

    /// <summary>A raw http client (no cookies) to the portal's own port, as nginx or anything else on the network
    /// uses it.</summary>
    public HttpClient Raw() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
        BaseAddress = new Uri($"http://{Host}"),
    });

    /// <summary>Creates an account the way an administrator would (a unit, one role, a strong password).</summary>
    public async Task CreateAccountAsync(string userName, string role, string? unitCode = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var unitId = unitCode is null ? (int?)null : await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var user = new AppUser { UserName = userName, FullName = "Người dùng " + userName, UnitId = unitId, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var template = Path.Combine(RepositoryRoot(), "deploy", "appsettings.Production.json");
        builder.UseConfiguration(new ConfigurationBuilder()
            .AddJsonFile(template, optional: false)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["DataDirectory"] = DataDirectory,
                ["Storage:AttachmentsPath"] = Path.Combine(DataDirectory, "attachments"),
                ["Email:Mode"] = "Pickup",
            })
            .Build());
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ClientAddressStartupFilter(IPAddress.Loopback)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            PortalFactory.DeleteDataDirectory(DataDirectory);
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LangSon.ThiDua.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (LangSon.ThiDua.sln) was not found.");
    }
}
