using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.DataGen;

/// <summary>
/// One plan per unit (a few units have not started one) in a realistic mix of states, built with the domain's own
/// workflow (Start, AddTarget, Submit, Return, Accept) so that the transitions are the ones the portal would record.
/// </summary>
internal static class PlanGenerator
{
    /// <summary>Cumulative shares: no plan 6 %, draft 8 %, submitted 8 %, returned 6 %, accepted 72 % (a quarter after a return).</summary>
    private static readonly (double UpTo, PlanStatus? Status)[] Mix =
    [
        (0.06, null), (0.14, PlanStatus.Draft), (0.22, PlanStatus.Submitted), (0.28, PlanStatus.Returned), (1.0, PlanStatus.Accepted),
    ];

    /// <summary>Share of targets per content area 1–5.</summary>
    private static readonly double[] AreaWeights = [0.25, 0.20, 0.15, 0.25, 0.15];

    public static List<UnitPlan> Generate(Random random, Province province, int targetCount, DateOnly asOf)
    {
        var campaign = province.Campaign;
        var reviewer = province.Reviewer!.Actor;
        var templates = TargetCatalog.ByArea(province.Areas);
        var areaIds = province.Areas.ToDictionary(a => a.Number, a => a.Id);
        var statuses = province.Units.Select(_ => Status(random.NextDouble())).ToList();
        var withPlan = province.Units.Where((_, i) => statuses[i] is not null).ToList();
        var perPlan = Spread(random, targetCount, withPlan.Count, minimum: 3);
        var firstDeadline = campaign.StartDate.AddDays(60);
        var lastDeadline = asOf.AddDays(365);
        var plans = new List<UnitPlan>(withPlan.Count);

        var p = 0;
        for (var u = 0; u < province.Units.Count; u++)
        {
            if (statuses[u] is not { } status)
            {
                continue;
            }

            var unit = province.Units[u];
            var people = province.PeopleOf(unit.Id);
            var clerk = people.Clerk(random);
            var signer = people.Signer(random).Actor;
            var created = Created(random, status, campaign.StartDate, asOf);
            var plan = UnitPlan.Start(campaign.Id, unit.Id, clerk.Actor, Clock.OfficeHoursUtc(created, random));
            plan.DocumentNumber = $"{random.Next(12, 980)}/KH-{DocumentSuffix(unit)}";
            plan.DocumentDate = created;
            plan.Summary = unit.IsCommuneLevel
                ? $"Kế hoạch triển khai phong trào thi đua chào mừng Đại hội XIV của Đảng trên địa bàn {UnitGenerator.PlaceOf(unit.Name)}."
                : $"Kế hoạch triển khai phong trào thi đua chào mừng Đại hội XIV của Đảng tại {unit.Name}.";

            var queues = new Dictionary<int, Queue<TargetTemplate>>();
            for (var t = 0; t < perPlan[p]; t++)
            {
                var area = WeightedArea(random);
                if (!queues.TryGetValue(area, out var queue) || queue.Count == 0)
                {
                    queues[area] = queue = new Queue<TargetTemplate>(templates[area].OrderBy(_ => random.Next()));
                }

                plan.AddTarget(NewTarget(random, queue.Dequeue(), areaIds[area], unit, people, firstDeadline, lastDeadline));
            }

            p++;
            Advance(random, plan, status, created, signer, reviewer, asOf);
            plans.Add(plan);
        }

        return plans;
    }

    /// <summary>The acceptance time of an accepted plan (its last transition).</summary>
    public static DateTime AcceptedAtUtc(UnitPlan plan) => plan.Transitions[^1].AtUtc;

    /// <summary><paramref name="total"/> items over <paramref name="buckets"/>: a minimum each, the rest at random.</summary>
    internal static int[] Spread(Random random, int total, int buckets, int minimum)
    {
        if (buckets == 0)
        {
            return [];
        }

        var floor = Math.Min(minimum, total / buckets);
        var counts = Enumerable.Repeat(floor, buckets).ToArray();
        for (var i = floor * buckets; i < total; i++)
        {
            counts[random.Next(buckets)]++;
        }

        return counts;
    }

    private static PlanStatus? Status(double roll) => Mix.First(m => roll < m.UpTo).Status;

    private static int WeightedArea(Random random)
    {
        var roll = random.NextDouble();
        for (var i = 0; i < AreaWeights.Length; i++)
        {
            roll -= AreaWeights[i];
            if (roll < 0)
            {
                return i + 1;
            }
        }

        return AreaWeights.Length;
    }

    /// <summary>Accepted and returned plans were drafted early; plans still in review or draft, later.</summary>
    private static DateOnly Created(Random random, PlanStatus status, DateOnly start, DateOnly asOf) => status switch
    {
        PlanStatus.Accepted or PlanStatus.Returned => Clock.Between(random, start.AddDays(3), Clock.Min(start.AddDays(75), asOf)),
        _ => Clock.Between(random, start.AddDays(3), asOf.AddDays(-20)),
    };

    private static void Advance(Random random, UnitPlan plan, PlanStatus status, DateOnly created, Actor signer, Actor reviewer, DateOnly asOf)
    {
        var day = created;
        DateTime Next(int minDays, int maxDays)
        {
            day = Clock.Min(day.AddDays(random.Next(minDays, maxDays + 1)), asOf);
            return Clock.OfficeHoursUtc(day, random);
        }

        if (status == PlanStatus.Draft)
        {
            return;
        }

        plan.Submit(signer, Next(2, 20));
        var returnedFirst = status == PlanStatus.Returned || (status == PlanStatus.Accepted && random.NextDouble() < 0.25);
        if (returnedFirst)
        {
            plan.Return(reviewer, Next(1, 12), VietnameseNames.Pick(random, TargetCatalog.ReturnComments));
            if (status == PlanStatus.Returned)
            {
                return;
            }

            plan.Submit(signer, Next(3, 15));
        }

        if (status == PlanStatus.Accepted)
        {
            var comment = random.Next(3) == 0 ? VietnameseNames.Pick(random, TargetCatalog.AcceptComments) : null;
            plan.Accept(reviewer, Next(1, 10), comment);
        }
    }

    private static PlanTarget NewTarget(Random random, TargetTemplate template, int areaId, Unit unit, UnitPeople people, DateOnly from, DateOnly to)
    {
        var title = template.Title;
        if (unit.IsCommuneLevel && random.Next(3) == 0 && !title.Contains("trên địa bàn", StringComparison.Ordinal))
        {
            title += $" trên địa bàn {(unit.Kind == UnitKind.Ward ? "phường" : "xã")} {UnitGenerator.PlaceOf(unit.Name)}";
        }

        var responsible = random.Next(2) == 0 ? people.All.OrderBy(_ => random.Next()).FirstOrDefault() : null;
        var (name, _) = responsible is null ? VietnameseNames.Person(random) : (responsible.FullName, false);
        var target = new PlanTarget
        {
            Title = title,
            MeasureKind = template.IsMilestone ? MeasureKind.Milestone : MeasureKind.Numeric,
            UnitOfMeasure = template.UnitOfMeasure,
            Direction = template.Direction,
            ResponsibleName = name,
            ResponsiblePosition = responsible?.Position ?? VietnameseNames.Pick(random, VietnameseNames.StaffPositions),
            ResponsibleUserId = responsible?.Id,
            Deadline = Clock.Between(random, from, to),
            ContentAreaId = areaId,
        };

        if (!template.IsMilestone)
        {
            target.Baseline = Draw(random, template.BaselineMin, template.BaselineMax, template.Decimals);
            target.TargetValue = Draw(random, template.GoalMin, template.GoalMax, template.Decimals);
        }

        return target;
    }

    internal static decimal Draw(Random random, decimal min, decimal max, int decimals) =>
        Math.Round(min + ((max - min) * (decimal)random.NextDouble()), decimals, MidpointRounding.AwayFromZero);

    private static string DocumentSuffix(Unit unit) => unit.Kind switch
    {
        UnitKind.Commune or UnitKind.Ward => "UBND",
        UnitKind.Other => unit.Name.StartsWith("Trường", StringComparison.Ordinal) ? "TH" : "TT",
        _ => unit.Code,
    };
}
