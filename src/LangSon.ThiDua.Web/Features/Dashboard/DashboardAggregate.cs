using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>
/// The dashboard's sums over the targets of one basis (campaign, day, units and areas): per unit its targets, overdue
/// and at-risk ones and the percents in all and per area; per area and in all the targets in each state; the overdue
/// and at-risk targets in the boxes' order. Made in one pass when the basis is read, then changed by each reported
/// target's own difference (<see cref="Replace"/>), so that a snapshot after new reports costs those targets, not a
/// pass over every target: under the year-end load at 10× data, dozens of reports a second each forced a pass over
/// 50,000 targets (docs/performance.md "More data"). Sums of decimals are exact, so taking a target's old percent out
/// and its new one in gives the value a fresh pass gives (only the scale, which no page shows, may differ).
/// <para>Changed only under <see cref="DashboardSnapshots"/>' gate; a snapshot copies what it shows.</para>
/// </summary>
internal sealed class DashboardAggregate
{
    private static readonly TargetState[] States = Enum.GetValues<TargetState>();

    private readonly Dictionary<int, int> areaIndex;
    private readonly Dictionary<int, int> unitIndex;
    private readonly Tally[] tallies;
    private readonly int[][] areaStates;
    private readonly int[] totals = new int[States.Length];
    private readonly SortedSet<Entry> overdue = new(Entry.BoxOrder);
    private readonly SortedSet<Entry> atRisk = new(Entry.BoxOrder);
    private readonly DateOnly start;
    private readonly bool closed;
    private readonly DateOnly today;

    public DashboardAggregate(
        IReadOnlyList<AreaInfo> areas, IReadOnlyList<UnitInfo> units, ActiveCampaign campaign, DateOnly today,
        IEnumerable<TargetFact> targets)
    {
        areaIndex = areas.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        unitIndex = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        tallies = units.Select(_ => new Tally(areas.Count)).ToArray();
        areaStates = areas.Select(_ => new int[States.Length]).ToArray();
        start = campaign.Start;
        closed = campaign.Status.IsFinished();
        this.today = today;
        foreach (var target in targets)
        {
            Apply(target, 1);
        }
    }

    /// <summary>The targets of active units: those the dashboard counts.</summary>
    public int Count { get; private set; }

    /// <summary>A unit's sums, by its index in the basis' units.</summary>
    public Tally UnitTally(int index) => tallies[index];

    /// <summary>The targets in each state, in all: a copy.</summary>
    public Dictionary<TargetState, int> StateTotals() => Counts(totals);

    /// <summary>Per area (in the basis' order), the targets in each state: copies.</summary>
    public IReadOnlyList<IReadOnlyDictionary<TargetState, int>> AreaStates() =>
        areaStates.Select(IReadOnlyDictionary<TargetState, int> (counts) => Counts(counts)).ToList();

    /// <summary>The first <paramref name="count"/> overdue targets: earliest deadline, least done, then id.</summary>
    public List<(TargetFact Target, TargetState State)> FirstOverdue(int count) => First(overdue, count);

    /// <summary>The first <paramref name="count"/> at-risk targets, in the same order.</summary>
    public List<(TargetFact Target, TargetState State)> FirstAtRisk(int count) => First(atRisk, count);

    /// <summary>
    /// Takes <paramref name="old"/> (the target as the basis knew it) out and puts <paramref name="current"/> in.
    /// </summary>
    public void Replace(TargetFact old, TargetFact current)
    {
        Apply(old, -1);
        Apply(current, 1);
    }

    private void Apply(TargetFact target, int sign)
    {
        if (!unitIndex.TryGetValue(target.UnitId, out var unit))
        {
            return;
        }

        var state = TargetProgress.State(target.Latest, target.Deadline, start, closed, today);
        var area = areaIndex.TryGetValue(target.AreaId, out var i) ? i : -1;
        Count += sign;
        totals[(int)state] += sign;
        tallies[unit].Add(target.Latest ?? 0m, state, area, sign);
        if (area >= 0)
        {
            areaStates[area][(int)state] += sign;
        }

        var box = state switch { TargetState.Overdue => overdue, TargetState.AtRisk => atRisk, _ => null };
        if (box is not null)
        {
            var entry = new Entry(target, state);
            _ = sign > 0 ? box.Add(entry) : box.Remove(entry);
        }
    }

    private static Dictionary<TargetState, int> Counts(int[] counts) =>
        States.ToDictionary(s => s, s => counts[(int)s]);

    private static List<(TargetFact Target, TargetState State)> First(SortedSet<Entry> box, int count) =>
        box.Take(count).Select(e => (e.Target, e.State)).ToList();

    /// <summary>A unit's running sums: targets, overdue and at-risk ones, the percents in all and per area.</summary>
    internal sealed class Tally(int areaCount)
    {
        public int Count { get; private set; }

        public int Overdue { get; private set; }

        public int AtRisk { get; private set; }

        public decimal Sum { get; private set; }

        public decimal[] AreaSums { get; } = new decimal[areaCount];

        public int[] AreaCounts { get; } = new int[areaCount];

        /// <summary>Adds a target (<paramref name="sign"/> 1) or takes it out (-1).</summary>
        public void Add(decimal percent, TargetState state, int area, int sign)
        {
            Count += sign;
            Sum += sign * percent;
            Overdue += state == TargetState.Overdue ? sign : 0;
            AtRisk += state == TargetState.AtRisk ? sign : 0;
            if (area >= 0)
            {
                AreaSums[area] += sign * percent;
                AreaCounts[area] += sign;
            }
        }
    }

    /// <summary>A target in the overdue or at-risk box, in the boxes' order (the id makes it unique).</summary>
    private sealed record Entry(TargetFact Target, TargetState State)
    {
        public static readonly IComparer<Entry> BoxOrder = Comparer<Entry>.Create((a, b) =>
        {
            var byDeadline = a.Target.Deadline.CompareTo(b.Target.Deadline);
            if (byDeadline != 0)
            {
                return byDeadline;
            }

            var byPercent = (a.Target.Latest ?? 0m).CompareTo(b.Target.Latest ?? 0m);
            return byPercent != 0 ? byPercent : a.Target.Id.CompareTo(b.Target.Id);
        });
    }
}
