using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LangSon.ThiDua.Tests.Integration.Infrastructure;

/// <summary>
/// Boots the real portal over its own SQLite file in a fresh data folder, in demo mode, with the
/// production error handling ("Testing" environment). One factory per test class.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public PortalFactory()
        : this(Path.Combine(Path.GetTempPath(), "thidua-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>A portal over the given data folder: two factories over one folder are two web servers of one installation.</summary>
    protected PortalFactory(string dataDirectory)
    {
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "thidua.db");

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s.</summary>
    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<PortalClient> SignInAsync(string userName, string password = DemoPassword)
    {
        var client = CreatePortalClient();
        var response = await client.LoginAsync(userName, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public const string DemoPassword = "LangSon@2025";

    /// <summary>Runs <paramref name="action"/> against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataDirectory", DataDirectory);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Plans", SeedDemoPlans ? "true" : "false");
        builder.UseSetting("Pdf:WarmUp", WarmUpPdf ? "true" : "false");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ClientAddressStartupFilter()));
        if (Time is { } time)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(time);
            });
        }

        if (!SignInLimitsAtProductionValues)
        {
            // The suite signs in thousands of times from one test server: the sign-in limits are tested on their own,
            // at their production values (Account/SignInThrottleTests), and lifted here.
            foreach (var limit in RelaxedSignInLimits)
            {
                builder.UseSetting($"Security:SignIn:{limit}", "1000000");
            }
        }
    }

    /// <summary>
    /// The browser is not started in the background by default: most test portals never print, and each would start
    /// one (Documents/PdfWarmUpTests starts it).
    /// </summary>
    protected virtual bool WarmUpPdf => false;

    /// <summary>The portal's clock, when a test sets the day (null: the system clock).</summary>
    protected virtual TimeProvider? Time => null;

    /// <summary>Demo plans are left out by default so that each test builds the plans it needs.</summary>
    protected virtual bool SeedDemoPlans => false;

    /// <summary>True keeps Security:SignIn at the portal's defaults (the production values).</summary>
    protected virtual bool SignInLimitsAtProductionValues => false;

    private static readonly string[] RelaxedSignInLimits =
        ["FailuresPerAccountAndSource", "FailuresPerSource", "FailuresPerAccount", "RequestsPerSourcePerMinute"];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DeleteDataDirectory(DataDirectory);
        }
    }

    /// <summary>Closes the SQLite connections and removes a test portal's data folder.</summary>
    internal static void DeleteDataDirectory(string dataDirectory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be open; the temp folder is cleaned by the OS.
        }
    }
}
