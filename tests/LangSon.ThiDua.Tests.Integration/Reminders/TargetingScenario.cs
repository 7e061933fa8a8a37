using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Reminders;

/// <summary>
/// A hand-built campaign for the targeting rules, seen on <see cref="Today"/> (20/09/2026), with units of its own:
/// <list type="bullet">
/// <item>A: no plan;</item>
/// <item>B: draft plan with one target past its deadline (no report);</item>
/// <item>C: returned plan, deadline ahead;</item>
/// <item>D: submitted plan, deadline ahead;</item>
/// <item>E: accepted; three overdue targets (one without report, one at 50 %, one whose latest report of 90 % follows an
/// earlier 100 %), one past its deadline but achieved, one due today; last report entered 12/09/2026;</item>
/// <item>F: accepted, deadline ahead, last report entered 01/08/2026;</item>
/// <item>G: accepted, deadline ahead, no report at all;</item>
/// <item>X: inactive, accepted, overdue, no report; Y: inactive, no plan.</item>
/// </list>
/// </summary>
public sealed record TargetingScenario(int CampaignId, IReadOnlyDictionary<string, int> Units)
{
    public static readonly DateOnly Today = new(2026, 9, 20);

    private static readonly DateOnly Start = new(2025, 10, 1);
    private static readonly DateOnly Past = new(2026, 6, 30);
    private static readonly DateOnly Ahead = new(2027, 6, 30);
    private static readonly Actor Clerk = new("canbo.thu", "Cán bộ thử nghiệm");
    private static readonly Actor Reviewer = new("noivu", "Cán bộ Sở Nội vụ");

    public int this[string key] => Units[key];

    public static Task<TargetingScenario> BuildAsync(PortalFactory factory, bool finished = false) =>
        factory.WithDbAsync(async db =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..8];
            var campaign = new Campaign
            {
                Code = "DD-" + suffix,
                Title = "Phong trào thử đôn đốc " + suffix,
                LegalBasis = "Kế hoạch thử nghiệm",
                StartDate = Start,
                ContentAreas = [new ContentArea { Number = 1, ShortTitle = "Phát triển kinh tế", FullText = "Nội dung 1" }],
            };
            campaign.Activate();
            if (finished)
            {
                campaign.Close();
            }

            var units = "ABCDEFGXY".ToDictionary(
                k => k.ToString(),
                k => new Unit { Code = $"DD{k}-{suffix}", Name = $"Đơn vị thử {k} {suffix}", Kind = UnitKind.Commune });
            units["X"].Deactivate();
            units["Y"].Deactivate();
            db.Campaigns.Add(campaign);
            db.Units.AddRange(units.Values);
            await db.SaveChangesAsync();

            var area = campaign.ContentAreas[0].Id;
            var now = DateTime.UtcNow;
            UnitPlan Plan(string key, params DateOnly[] deadlines)
            {
                var plan = UnitPlan.Start(campaign.Id, units[key].Id, Clerk, now);
                foreach (var deadline in deadlines)
                {
                    plan.AddTarget(new PlanTarget
                    {
                        ContentAreaId = area,
                        Title = $"Chỉ tiêu hạn {deadline:dd/MM/yyyy}",
                        MeasureKind = MeasureKind.Numeric,
                        UnitOfMeasure = "%",
                        Baseline = 0m,
                        TargetValue = 100m,
                        ResponsibleName = "Người phụ trách",
                        Deadline = deadline,
                    });
                }

                db.UnitPlans.Add(plan);
                return plan;
            }

            UnitPlan Accepted(string key, params DateOnly[] deadlines)
            {
                var plan = Plan(key, deadlines);
                plan.Submit(Clerk, now);
                plan.Accept(Reviewer, now, null);
                return plan;
            }

            Plan("B", Past);
            var returned = Plan("C", Ahead);
            returned.Submit(Clerk, now);
            returned.Return(Reviewer, now, "Bổ sung chỉ tiêu");
            Plan("D", Ahead).Submit(Clerk, now);

            var e = Accepted("E", Past, new DateOnly(2026, 8, 31), new DateOnly(2026, 9, 19), new DateOnly(2026, 7, 31), Today);
            var recent = new DateTime(2026, 9, 12, 3, 0, 0, DateTimeKind.Utc);
            Report(e.Targets[1], new DateOnly(2026, 8, 15), 50m, recent);
            Report(e.Targets[2], new DateOnly(2026, 5, 1), 100m, recent.AddDays(-60));
            Report(e.Targets[2], new DateOnly(2026, 8, 1), 90m, recent.AddDays(-1));
            Report(e.Targets[3], new DateOnly(2026, 7, 15), 100m, recent.AddDays(-2));

            var f = Accepted("F", Ahead);
            Report(f.Targets[0], new DateOnly(2026, 7, 31), 20m, new DateTime(2026, 8, 1, 3, 0, 0, DateTimeKind.Utc));
            Report(f.Targets[0], new DateOnly(2026, 6, 30), 10m, new DateTime(2026, 7, 1, 3, 0, 0, DateTimeKind.Utc));
            Accepted("G", Ahead);
            Accepted("X", Past);
            await db.SaveChangesAsync();
            return new TargetingScenario(campaign.Id, units.ToDictionary(u => u.Key, u => u.Value.Id));
        });

    private static void Report(PlanTarget target, DateOnly asOf, decimal value, DateTime createdAtUtc) =>
        target.Report(
            new ProgressReport
            {
                AsOfDate = asOf,
                Value = value,
                Narrative = "Báo cáo thử nghiệm",
                ReporterUserName = Clerk.UserName,
                ReporterFullName = Clerk.FullName,
                CreatedAtUtc = createdAtUtc,
            },
            PlanStatus.Accepted);
}
