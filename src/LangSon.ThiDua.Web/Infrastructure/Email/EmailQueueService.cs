using Microsoft.Extensions.Options;

namespace LangSon.ThiDua.Web.Infrastructure.Email;

/// <summary>
/// Looks every Email:Queue:PollSeconds for due e-mails and sends them through <see cref="EmailQueueWorker"/> in a scope
/// of its own. Off when Email:Queue:Enabled is false. A failure is logged and retried at the next look: it never stops
/// the web server.
/// </summary>
internal sealed class EmailQueueService(
    IServiceScopeFactory scopes, IOptions<EmailQueueOptions> options, TimeProvider time,
    ILogger<EmailQueueService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Enabled != true)
        {
            logger.LogInformation("Hàng đợi e-mail đang tắt (Email:Queue:Enabled): thư chờ gửi không được gửi đi");
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.PollSeconds), time);
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
            await scope.ServiceProvider.GetRequiredService<EmailQueueWorker>().RunOnceAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Lỗi khi gửi e-mail trong hàng đợi; sẽ thử lại ở lần kiểm tra sau");
        }
    }
}
