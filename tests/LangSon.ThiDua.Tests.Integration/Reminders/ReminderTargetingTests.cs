using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.Reminders;

/// <summary>The reminder rules on the hand-built <see cref="TargetingScenario"/> (see there for what each unit has).</summary>
public sealed class ReminderTargetingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task No_plan_submitted_picks_every_active_unit_without_a_plan_or_with_a_draft_or_returned_one()
    {
        var s = await TargetingScenario.BuildAsync(factory);

        var picked = await FindAsync(ReminderRule.NoPlanSubmitted, s.CampaignId);

        // Every active unit of the province has no plan in this campaign, except D, E, F, G of the scenario.
        var active = await factory.WithDbAsync(db => db.Units.Where(u => u.IsActive).Select(u => u.Id).ToListAsync());
        var expected = active.Except([s["D"], s["E"], s["F"], s["G"]]).Order().ToList();
        Assert.Equal(expected, picked.Keys.Order().ToList());
        Assert.Equal("Chưa lập kế hoạch", picked[s["A"]]);
        Assert.Equal("Dự thảo", picked[s["B"]]);
        Assert.Equal("Bị trả lại", picked[s["C"]]);
        Assert.DoesNotContain(s["X"], picked.Keys);
        Assert.DoesNotContain(s["Y"], picked.Keys);
    }

    [Fact]
    public async Task Overdue_targets_picks_units_with_a_target_past_its_deadline_whose_latest_report_is_below_100()
    {
        var s = await TargetingScenario.BuildAsync(factory);

        var picked = await FindAsync(ReminderRule.OverdueTargets, s.CampaignId);

        Assert.Equal(new Dictionary<int, string>
        {
            [s["B"]] = "1 mục tiêu quá hạn",
            [s["E"]] = "3 mục tiêu quá hạn",
        }, picked);
    }

    [Fact]
    public async Task Not_reported_for_30_days_picks_accepted_plans_whose_last_report_was_entered_30_days_ago_or_earlier_or_never()
    {
        var s = await TargetingScenario.BuildAsync(factory);

        var picked = await FindAsync(ReminderRule.NotReported, s.CampaignId);

        Assert.Equal(new Dictionary<int, string>
        {
            [s["F"]] = "Báo cáo gần nhất 01/08/2026",
            [s["G"]] = "Chưa có báo cáo tiến độ",
        }, picked);
    }

    [Fact]
    public async Task A_report_entered_fewer_than_N_days_ago_takes_the_unit_off_the_not_reported_list()
    {
        var s = await TargetingScenario.BuildAsync(factory);

        // Seen on 30/08/2026, F's report of 01/08/2026 is 29 days old; seen on 12/10/2026, E's of 12/09 is 30 days old.
        var picked = await FindAsync(ReminderRule.NotReported, s.CampaignId, new DateOnly(2026, 8, 30));

        Assert.Equal([s["G"]], picked.Keys.ToList());
        var later = await FindAsync(ReminderRule.NotReported, s.CampaignId, new DateOnly(2026, 10, 12));
        Assert.Equal([s["E"], s["F"], s["G"]], later.Keys.Order().ToList());
    }

    [Fact]
    public async Task A_finished_campaign_has_no_overdue_targets()
    {
        var s = await TargetingScenario.BuildAsync(factory, finished: true);

        Assert.Empty(await FindAsync(ReminderRule.OverdueTargets, s.CampaignId));
        Assert.Contains(s["A"], (await FindAsync(ReminderRule.NoPlanSubmitted, s.CampaignId)).Keys);
    }

    [Fact]
    public async Task Manual_picks_nobody()
    {
        var s = await TargetingScenario.BuildAsync(factory);

        Assert.Empty(await FindAsync(ReminderRule.Manual, s.CampaignId));
    }

    private async Task<Dictionary<int, string>> FindAsync(ReminderRule rule, int campaignId, DateOnly? today = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var targeting = scope.ServiceProvider.GetRequiredService<ReminderTargeting>();
        var picked = await targeting.FindAsync(rule, campaignId, today ?? TargetingScenario.Today);
        Assert.Equal(picked.Count, picked.Select(p => p.UnitId).Distinct().Count());
        return picked.ToDictionary(p => p.UnitId, p => p.Reason);
    }
}
