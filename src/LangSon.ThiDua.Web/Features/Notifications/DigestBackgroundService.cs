using Microsoft.Extensions.Options;

namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>
/// Looks every Notifications:DigestCheckMinutes whether the day's digest is due and runs <see cref="DigestSender"/> in a
/// scope of its own. Off when Notifications:DigestEnabled is false. A failure is logged and retried at the next look: it
/// never stops the web server.
/// </summary>
internal sealed class DigestBackgroundService(
    IServiceScopeFactory scopes, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.DigestEnabled != true)
        {
            logger.LogInformation("Thư tổng hợp hằng ngày đang tắt (Notifications:DigestEnabled)");
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.DigestCheckMinutes), time);
        try
        {
            do
            {
                await RunAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The web server is stopping.
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DigestSender>().RunOnceAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Lỗi khi gửi thư tổng hợp hằng ngày; sẽ thử lại ở lần kiểm tra sau");
        }
    }
}
