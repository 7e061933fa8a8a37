using System.Diagnostics;
using LangSon.ThiDua.Documents.Pdf;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>
/// Prints a small Vietnamese page once the portal has started, in the background: the browser (and Playwright's driver,
/// and the fonts' four faces) is then ready before the first user asks for a document, who otherwise waited for it to
/// start (15 s on a busy server). Readiness (/health/ready) does not wait; a request that comes first waits for the
/// same start, not for a second one. Setting Pdf:WarmUp (on by default).
/// </summary>
internal sealed class PdfWarmUp(
    IPdfEngine engine, DocumentCss css, IHostApplicationLifetime lifetime, ILogger<PdfWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave the host's start at once, and start the browser only once the portal listens: on 2 cores its start
        // competed with the migrations check and the seeding (docs/performance.md "Cold start").
        await Task.Yield();
        var watch = Stopwatch.StartNew();
        try
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(stoppingToken);
            }

            watch.Restart();
            await engine.RenderAsync(new PdfRequest(Page()), stoppingToken);
            logger.LogInformation(
                "Trình duyệt xuất PDF đã sẵn sàng sau {Seconds} giây", Math.Round(watch.Elapsed.TotalSeconds, 1));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The portal stops before the browser is ready.
        }
        catch (PdfEngineUnavailableException ex)
        {
            logger.LogWarning("Chưa khởi động được trình duyệt xuất PDF: {Message}", ex.Message);
        }
// A failed warm-up must not stop the portal: the first document tries again and says why.
#pragma warning disable CA1031
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Chưa khởi động được trình duyệt xuất PDF; văn bản đầu tiên sẽ khởi động lại");
        }
    }

    /// <summary>The documents' style sheet and the four faces of its font, with Vietnamese letters.</summary>
    private string Page() =>
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\" /><style>" + css.Text + "</style></head>"
        + "<body class=\"document\"><p>Cộng hòa xã hội chủ nghĩa Việt Nam: <b>Độc lập</b> - <i>Tự do</i> - "
        + "<b><i>Hạnh phúc</i></b>.</p></body></html>";
}
