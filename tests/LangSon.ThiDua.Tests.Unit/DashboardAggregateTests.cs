using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Features.Dashboard;

namespace LangSon.ThiDua.Tests.Unit;

/// <summary>
/// The dashboard's sums changed by each reported target's difference must equal the sums of a fresh pass over the
/// targets as they now are: counts, states, percents per unit and area, and the order of the overdue and at-risk boxes.
/// </summary>
public sealed class DashboardAggregateTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly ActiveCampaign Campaign =
        new(1, "Phong trào thi đua", new(2026, 1, 1), CampaignStatus.Active);
    private static readonly AreaInfo[] Areas = [new(10, 1, "Nội dung 1"), new(11, 2, "Nội dung 2")];

    private static readonly UnitInfo[] Units =
    [
        new(1, "SYT", "Sở Y tế", "so y te", UnitKind.ProvincialAgency, null),
        new(2, "XA1", "Xã Một", "xa mot", UnitKind.Commune, null),
        new(3, "XA2", "Xã Hai", "xa hai", UnitKind.Commune, null),
    ];

    [Fact]
    public void Sums_after_many_reports_equal_a_fresh_pass_over_the_targets()
    {
        var random = new Random(2026);
        var targets = Enumerable.Range(1, 400).Select(id => new TargetFact(
            id,
            UnitId: random.Next(1, 5), // unit 4 is not active: its targets do not count
            AreaId: random.Next(10, 13), // area 12 is not the campaign's: counted for the unit only
            Deadline: Today.AddDays(random.Next(-60, 120)),
            Latest: Percent(random))).ToDictionary(t => t.Id);
        var aggregate = new DashboardAggregate(Areas, Units, Campaign, Today, targets.Values);

        for (var i = 0; i < 3000; i++)
        {
            var old = targets[random.Next(1, 401)];
            var reported = old with { Latest = Percent(random) };
            aggregate.Replace(old, reported);
            targets[old.Id] = reported;
        }

        var fresh = new DashboardAggregate(Areas, Units, Campaign, Today, targets.Values);
        Assert.Equal(Describe(fresh), Describe(aggregate));
        Assert.Equal(DashboardQuery.TopCount, fresh.FirstOverdue(DashboardQuery.TopCount).Count);
        Assert.Equal(DashboardQuery.TopCount, fresh.FirstAtRisk(DashboardQuery.TopCount).Count);
    }

    [Fact]
    public void The_boxes_list_the_earliest_deadline_first_then_the_least_done_then_by_id()
    {
        var deadline = Today.AddDays(-3);
        TargetFact[] targets =
        [
            new(5, 1, 10, deadline, 40m), new(4, 1, 10, deadline, 40m), new(3, 2, 11, deadline, 10m),
            new(2, 2, 11, deadline.AddDays(-1), 90m), new(1, 3, 10, deadline.AddDays(1), null),
        ];
        var aggregate = new DashboardAggregate(Areas, Units, Campaign, Today, targets);

        Assert.Equal([2, 3, 4, 5, 1], aggregate.FirstOverdue(10).Select(t => t.Target.Id));

        aggregate.Replace(targets[0], targets[0] with { Latest = 100m }); // achieved: leaves the box
        aggregate.Replace(targets[3], targets[3] with { Latest = 95m });

        Assert.Equal([2, 3, 4, 1], aggregate.FirstOverdue(10).Select(t => t.Target.Id));
        Assert.Equal(95m, aggregate.FirstOverdue(1)[0].Target.Latest);
    }

    /// <summary>Percents as reports carry them: none, whole, one decimal (so that scales mix), done.</summary>
    private static decimal? Percent(Random random) => random.Next(6) switch
    {
        0 => null,
        1 => 100m,
        2 => random.Next(0, 100),
        _ => Math.Round(random.Next(0, 1000) / 10m, 1),
    };

    /// <summary>Everything the snapshot reads from the sums, decimals compared by value.</summary>
    private static string Describe(DashboardAggregate a)
    {
        var units = Units.Select((_, i) => a.UnitTally(i)).Select(t =>
            string.Join('/', t.Count, t.Overdue, t.AtRisk, Number(t.Sum), string.Join(',', t.AreaSums.Select(Number)),
                string.Join(',', t.AreaCounts)));
        var areas = a.AreaStates().Select(d => string.Join(',', d.OrderBy(p => p.Key).Select(p => p.Value)));
        return string.Join(
            " | ",
            [
                Number(a.Count),
                string.Join(',', a.StateTotals().OrderBy(p => p.Key).Select(p => p.Value)),
                .. units,
                .. areas,
                string.Join(',', a.FirstOverdue(DashboardQuery.TopCount).Select(t => t.Target.Id)),
                string.Join(',', a.FirstAtRisk(DashboardQuery.TopCount).Select(t => t.Target.Id)),
            ]);
    }

    private static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
