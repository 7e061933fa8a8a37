using Microsoft.Playwright;

namespace LangSon.ThiDua.Documents.Pdf;

/// <summary>
/// Headless Chromium driven by Microsoft.Playwright: one browser per process, started on first use and reused, a
/// bounded number of pages at once, a timeout per document. Nothing is downloaded: the browser is the one installed
/// (Debian's <c>chromium</c>, or Edge through its channel on Windows Server).
/// </summary>
public sealed class ChromiumPdfEngine(PdfEngineOptions options) : IPdfEngine, IAsyncDisposable
{
    private const string NoBrowser =
        "Máy chủ chưa cài trình duyệt Chromium để xuất PDF. Quản trị viên cần cài gói \"chromium\" (Debian/Ubuntu) hoặc Microsoft Edge (Windows Server), hoặc đặt Pdf:ExecutablePath.";

    private static readonly string[] Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private readonly SemaphoreSlim pages = new(Math.Max(1, options.MaxConcurrentPages));
    private readonly SemaphoreSlim startLock = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task<byte[]> RenderAsync(PdfRequest request, CancellationToken ct = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        await pages.WaitAsync(timeout.Token);
        try
        {
            var running = await BrowserAsync(timeout.Token);
            await using var context = await running.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
            var page = await context.NewPageAsync();
            await page.SetContentAsync(request.Html, new PageSetContentOptions { Timeout = (float)options.Timeout.TotalMilliseconds });
            return await page.PdfAsync(new PagePdfOptions
            {
                PreferCSSPageSize = true,
                PrintBackground = true,
            }).WaitAsync(timeout.Token);
        }
        catch (PlaywrightException ex) when (browser is null)
        {
            throw new PdfEngineUnavailableException(NoBrowser, ex);
        }
        finally
        {
            pages.Release();
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (browser is { IsConnected: true })
        {
            return browser;
        }

        await startLock.WaitAsync(ct);
        try
        {
            if (browser is { IsConnected: true })
            {
                return browser;
            }

            // An empty Pdf:Channel (an environment variable set to nothing) means "no channel", not a channel named "".
            var channel = string.IsNullOrWhiteSpace(options.Channel) ? null : options.Channel;
            if (channel is null && !File.Exists(options.ExecutablePath))
            {
                throw new PdfEngineUnavailableException(NoBrowser);
            }

            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = channel is null ? options.ExecutablePath : null,
                Channel = channel,
                Headless = true,
                Args = Args,
            });
            return browser;
        }
        finally
        {
            startLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        pages.Dispose();
        startLock.Dispose();
    }
}
