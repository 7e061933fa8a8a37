using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Dashboard;

/// <summary>A clock the test sets: the portal's "today" decides which targets are overdue or at risk.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    private long ticks = now.UtcTicks;

    public DateTimeOffset Now
    {
        get => new(Interlocked.Read(ref ticks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref ticks, value.UtcTicks);
    }

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The portal on 04/03/2026 (Vietnam time) with the small hand-built data set of <see cref="DashboardData"/>:
/// five units with plans in every status, ten targets and eight reports.
/// </summary>
public sealed class DashboardFactory : PortalFactory, IAsyncLifetime
{
    public TestClock Clock { get; } = new(DashboardData.Now);

    public DashboardData.Built Data { get; private set; } = null!;

    public async Task InitializeAsync() => Data = await DashboardData.SeedAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override TimeProvider Time => Clock;
}
