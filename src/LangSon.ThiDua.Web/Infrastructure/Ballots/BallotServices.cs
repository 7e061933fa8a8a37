using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Ballots;

public static class BallotServices
{
    /// <summary>The ballot keys, the seal, and the start-up sweep of keys that outlived their session.</summary>
    public static IServiceCollection AddBallots(this IServiceCollection services)
    {
        services.AddSingleton<BallotKeyStore>();
        services.AddSingleton<BallotSeal>();
        services.AddHostedService<BallotKeySweeper>();
        return services;
    }
}

/// <summary>
/// Once after start-up, in the background: destroys the key of every session that is closed, cancelled or gone. A
/// key normally dies with its session's closing; this catches a process stopped between the closing's commit and the
/// key's deletion. A preparing session's key is left alone: another web server may be opening its vote right now.
/// </summary>
internal sealed class BallotKeySweeper(
    IServiceScopeFactory scopes, BallotKeyStore keys, ILogger<BallotKeySweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var withKeys = keys.Sessions().ToList();
        if (withKeys.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var alive = await db.CouncilSessions.AsNoTracking()
                .Where(s => withKeys.Contains(s.Id)
                    && (s.Status == CouncilSessionStatus.Preparing || s.Status == CouncilSessionStatus.Voting))
                .Select(s => s.Id).ToListAsync(stoppingToken);
            foreach (var id in withKeys.Except(alive))
            {
                keys.Destroy(id);
                logger.LogInformation("Đã hủy khóa niêm phong phiếu còn sót của phiên họp {SessionId}", id);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Chưa dọn được khóa niêm phong phiếu còn sót; sẽ thử lại ở lần khởi động sau");
        }
    }
}
