using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>
/// The real portal on Kestrel (a free port on 127.0.0.1) over a fresh SQLite folder, plus Debian's Chromium
/// driven by Playwright. No browser is ever downloaded: the executable is set explicitly.
/// </summary>
public class BrowserPortal : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "thidua-browser", Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;

    public BrowserPortal()
    {
        UseKestrel(0);
    }

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A new browser context (its own cookies) with a page nobody has signed in on.</summary>
    public async Task<IPage> AnonymousPageAsync(string locale = "vi-VN", int width = 1366)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A new browser context (its own cookies) with a page signed in as <paramref name="userName"/>.</summary>
    public async Task<IPage> SignedInPageAsync(
        string userName, string password = "LangSon@2025", string locale = "vi-VN", int width = 1366)
    {
        var page = await AnonymousPageAsync(locale, width);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Đăng nhập" }).ClickAsync();
        // The first sign-in of a run also warms the app up (keys, views, caches): allow a slow CI machine a minute.
        await page.WaitForURLAsync(BaseUrl + "/", new PageWaitForURLOptions { Timeout = 60_000 });
        return page;
    }

    /// <summary>
    /// Waits until a form post's redirect has reached <paramref name="url"/> (the response committed), not for the
    /// page's <c>load</c> event: the next step's locator waits for what it needs. Waiting for <c>load</c> once timed
    /// out after the network had gone idle (a CI run on 07/12/2026, PlanLoopTests).
    /// </summary>
    public static Task ArrivedAtAsync(IPage page, Regex url) =>
        page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

    /// <summary>Saves a screenshot under docs/screenshots when SCREENSHOT_DIR is set (the user guides use them).</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var folder = Environment.GetEnvironmentVariable("SCREENSHOT_DIR");
        if (!string.IsNullOrEmpty(folder))
        {
            // A name may hold a sub-folder ("man-hinh/admin-nguoi-dung-1366").
            var path = Path.Combine(folder, name + ".png");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataDirectory", dataDirectory);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Plans", SeedDemoPlans ? "true" : "false");
        // Every browser signs in from 127.0.0.1, many times a minute: the sign-in limits (tested at their production
        // values by the integration tests) are lifted here.
        builder.UseSetting("Security:SignIn:RequestsPerSourcePerMinute", "1000000");
        builder.UseSetting("Security:SignIn:FailuresPerSource", "1000000");
    }

    /// <summary>Demo plans are left out unless a test wants the portal as a newcomer finds it.</summary>
    protected virtual bool SeedDemoPlans => false;

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be open; the OS cleans the temp folder.
        }
    }
}
