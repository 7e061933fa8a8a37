using System.Globalization;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.DataGen;

/// <summary>
/// Progress reports on the targets of accepted plans: exactly the requested number, spread over the targets in
/// proportion to how long each has been reported on (from shortly after acceptance until the deadline or the as-of
/// day), so a target is reported on every three to five weeks. Each target follows its own course (reaching its goal,
/// falling behind, or stalling); the percent is the domain's (<see cref="PlanTarget.Report"/>). About 5 % of the
/// reports carry a small evidence attachment row (the file itself is not written: see docs/data-generator.md).
/// </summary>
internal static class ReportGenerator
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public const double AttachmentShare = 0.05;

    /// <summary>Targets of accepted plans that have no report at all (not started, or overdue without a word).</summary>
    public const double SilentShare = 0.08;

    private sealed record Course(PlanTarget Target, UnitPeople People, DateOnly From, DateOnly To);

    public static IEnumerable<ProgressReport> Generate(Random random, Province province, IReadOnlyList<UnitPlan> plans, int reportCount, DateOnly asOf)
    {
        var start = province.Campaign.StartDate;
        var courses = new List<Course>();
        foreach (var plan in plans.Where(p => p.Status == PlanStatus.Accepted))
        {
            var accepted = Clock.Day(PlanGenerator.AcceptedAtUtc(plan));
            foreach (var target in plan.Targets)
            {
                if (random.NextDouble() < SilentShare)
                {
                    continue;
                }

                var from = Clock.Min(accepted.AddDays(random.Next(5, 26)), asOf);
                var to = Clock.Min(asOf, (target.Deadline > from ? target.Deadline : from).AddDays(random.Next(0, 21)));
                courses.Add(new Course(target, province.PeopleOf(plan.UnitId), from, to));
            }
        }

        var counts = Apportion(reportCount, courses.Select(c => c.To.DayNumber - c.From.DayNumber + 14).ToList());
        for (var i = 0; i < courses.Count; i++)
        {
            foreach (var report in Reports(random, courses[i], counts[i], start, asOf))
            {
                yield return report;
            }
        }
    }

    /// <summary>Splits <paramref name="total"/> in proportion to the weights (largest remainders), so the sum is exact.</summary>
    internal static int[] Apportion(int total, IReadOnlyList<int> weights)
    {
        var counts = new int[weights.Count];
        long sum = weights.Sum(w => (long)w);
        if (sum == 0)
        {
            return counts;
        }

        var remainders = new (double Fraction, int Index)[weights.Count];
        var given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (double)total * weights[i] / sum;
            counts[i] = (int)Math.Floor(exact);
            given += counts[i];
            remainders[i] = (exact - counts[i], i);
        }

        foreach (var (_, index) in remainders.OrderByDescending(r => r.Fraction).ThenBy(r => r.Index).Take(total - given))
        {
            counts[index]++;
        }

        return counts;
    }

    private static IEnumerable<ProgressReport> Reports(Random random, Course course, int count, DateOnly campaignStart, DateOnly asOf)
    {
        var target = course.Target;
        var outcome = Outcome(random, target.Deadline, course.To, campaignStart, asOf);
        var curve = 0.7 + (random.NextDouble() * 0.7);
        var span = course.To.DayNumber - course.From.DayNumber;
        for (var k = 1; k <= count; k++)
        {
            var day = course.From.AddDays((int)Math.Round(span * (k - (random.NextDouble() * 0.5)) / count));
            var share = (decimal)(outcome * Math.Pow((double)k / count, curve));
            var done = target.MeasureKind == MeasureKind.Milestone ? k == count && outcome >= 1 : (bool?)null;
            var reporter = course.People.Clerk(random);
            var report = new ProgressReport
            {
                PlanTargetId = target.Id,
                AsOfDate = day,
                Value = target.MeasureKind == MeasureKind.Numeric ? ValueAt(target, share) : null,
                MilestoneDone = done,
                Narrative = string.Empty,
                Difficulties = random.Next(4) == 0 ? VietnameseNames.Pick(random, TargetCatalog.Difficulties) : null,
                ReporterUserName = reporter.UserName,
                ReporterFullName = reporter.FullName,
                CreatedAtUtc = Clock.OfficeHoursUtc(Clock.Min(day.AddDays(random.Next(0, 4)), asOf), random),
            };

            target.Report(report, PlanStatus.Accepted);
            target.Reports.Clear(); // the target is only a template here; keep memory flat
            report.Narrative = Narrative(random, target, report);
            if (random.NextDouble() < AttachmentShare)
            {
                report.Attachments.Add(Evidence(random, report));
            }

            yield return report;
        }
    }

    /// <summary>How far the target gets by the end of its reporting (1 = its goal).</summary>
    private static double Outcome(Random random, DateOnly deadline, DateOnly to, DateOnly campaignStart, DateOnly asOf)
    {
        if (random.NextDouble() < 0.08)
        {
            return 1;
        }

        if (deadline <= asOf)
        {
            return random.NextDouble() < 0.55 ? 1 : 0.35 + (random.NextDouble() * 0.6);
        }

        var elapsed = (double)(to.DayNumber - campaignStart.DayNumber) / Math.Max(1, deadline.DayNumber - campaignStart.DayNumber);
        return Math.Min(1, elapsed * (0.55 + (random.NextDouble() * 0.8)));
    }

    private static decimal ValueAt(PlanTarget target, decimal share)
    {
        var start = target.Baseline ?? 0m;
        var goal = target.TargetValue ?? 0m;
        var decimals = target.UnitOfMeasure is "%" or "tỷ đồng" ? 1 : 0;
        return share >= 1m ? goal : Math.Round(start + ((goal - start) * share), decimals, MidpointRounding.AwayFromZero);
    }

    private static string Narrative(Random random, PlanTarget target, ProgressReport report)
    {
        if (target.MeasureKind == MeasureKind.Milestone)
        {
            return VietnameseNames.Pick(random, report.MilestoneDone == true ? TargetCatalog.MilestoneDoneNarratives : TargetCatalog.MilestonePendingNarratives);
        }

        var text = string.Format(Vietnamese, VietnameseNames.Pick(random, TargetCatalog.Narratives), report.Percent.ToString("0.#", Vietnamese) + " %");
        return $"{text} Giá trị đạt được: {report.Value!.Value.ToString("#,##0.##", Vietnamese)} {target.UnitOfMeasure}.";
    }

    private static Attachment Evidence(Random random, ProgressReport report)
    {
        Span<byte> hash = stackalloc byte[32];
        random.NextBytes(hash);
        var sha = Convert.ToHexStringLower(hash);
        var pdf = random.Next(4) != 0;
        var month = report.AsOfDate.ToString("MM-yyyy", CultureInfo.InvariantCulture);
        return new Attachment
        {
            FileName = pdf ? $"bao-cao-tien-do-thang-{month}.pdf" : $"hinh-anh-minh-chung-{month}.jpg",
            ContentType = pdf ? "application/pdf" : "image/jpeg",
            Size = random.Next(18_000, 2_400_000),
            Sha256 = sha,
            StoragePath = string.Create(CultureInfo.InvariantCulture, $"{report.CreatedAtUtc:yyyy}/{report.CreatedAtUtc:MM}/{sha[..32]}"),
            UploadedBy = report.ReporterUserName,
            UploadedAtUtc = report.CreatedAtUtc,
        };
    }
}
