using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Features.Dashboard;
using LangSon.ThiDua.Web.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LangSon.ThiDua.Tests.Integration.Dashboard;

/// <summary>
/// Requests that wait while another computes the dashboard's snapshot, with progress reports arriving all the while
/// (the year-end load): the snapshot computed after they came covers them, so they take it instead of computing again
/// one after another (at 10× data, a queue of seconds: docs/performance.md "More data").
/// </summary>
public sealed class DashboardSnapshotQueueTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Requests_that_waited_while_the_data_moved_share_the_snapshot_computed_after_they_came()
    {
        var changes = factory.Services.GetRequiredService<DashboardChangeStamp>();
        using var cache = new MemoryCache(new MemoryCacheOptions());
        using var snapshots = new DashboardSnapshots(
            cache, changes, TimeProvider.System, NullLogger<DashboardSnapshots>.Instance);
        var first = new TaskCompletionSource<DashboardSnapshot?>();
        var second = new TaskCompletionSource<DashboardSnapshot?>();
        Task<DashboardSnapshot?> Compute(DateOnly today) => snapshots.Computations switch
        {
            0 => first.Task,
            1 => second.Task,
            _ => Task.FromResult<DashboardSnapshot?>(Snapshot(today)),
        };

        changes.Bump();
        var computing = snapshots.GetAsync(Compute, CancellationToken.None); // computes, held open
        await Task.Delay(Settle);
        changes.Bump(); // a report saved while it computes
        var waiting = new[]
        {
            snapshots.GetAsync(Compute, CancellationToken.None),
            snapshots.GetAsync(Compute, CancellationToken.None),
        };
        await Task.Delay(Settle);
        changes.Bump(); // and another while they wait
        first.SetResult(Snapshot(DateOnly.MinValue));
        await computing;
        await Task.Delay(Settle); // the first waiter computes the snapshot that covers both of them
        changes.Bump(); // more reports meanwhile
        var covering = Snapshot(DateOnly.MinValue);
        second.SetResult(covering);

        var answers = await Task.WhenAll(waiting);

        Assert.All(answers, a => Assert.Same(covering, a));
        Assert.Equal(2, snapshots.Computations);
    }

    private static DashboardSnapshot Snapshot(DateOnly today) => new()
    {
        CampaignId = 1,
        CampaignTitle = "",
        Today = today,
        ComputedAtUtc = DateTime.UtcNow,
        Areas = [],
        UnitCount = 0,
        PlanStatusCounts = new Dictionary<DashboardPlanStatus, int>(),
        AreaStates = [],
        StateTotals = new Dictionary<TargetState, int>(),
        TargetCount = 0,
        Units = [],
        Groups = [],
        Overdue = [],
        AtRisk = [],
        Weeks = [],
    };
}
