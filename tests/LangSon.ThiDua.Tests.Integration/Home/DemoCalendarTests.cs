using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Dashboard;
using LangSon.ThiDua.Tests.Integration.Foundation;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Home;

/// <summary>
/// A fresh demo started on 15/06/2027 at 09:00 in Vietnam, a year and a half after the story's nominal day.
/// </summary>
public sealed class DemoIn2027Factory : PortalFactory
{
    public TestClock Clock { get; } = new(new DateTimeOffset(2027, 6, 15, 2, 0, 0, TimeSpan.Zero));

    protected override bool SeedDemoPlans => true;

    protected override TimeProvider Time => Clock;
}

public sealed class DemoCalendarIn2027Tests(DemoIn2027Factory factory)
    : DemoCalendarTests(factory, factory.Clock), IClassFixture<DemoIn2027Factory>;

public sealed class DemoCalendarTodayTests(DemoPlansFactory factory)
    : DemoCalendarTests(factory, TimeProvider.System), IClassFixture<DemoPlansFactory>;

/// <summary>
/// The demo's dates make sense on the day it is started: its story is told as of the demo calendar's nominal day,
/// moved to today.
/// </summary>
public abstract partial class DemoCalendarTests(PortalFactory factory, TimeProvider clock)
{
    private DateOnly Today => VietnamTime.Today(clock);

    private int ShiftDays => Today.DayNumber - DemoCalendar.NominalDay.DayNumber;

    [Theory]
    [InlineData("noivu")]
    [InlineData("truongdonvi.soyte")]
    public async Task The_home_page_says_the_plan_deadline_passed_days_ago_and_nominations_are_due_in_weeks(
        string userName)
    {
        using var client = await factory.SignInAsync(userName);

        var home = await client.GetPageAsync("/");

        var plans = Deadline(home, "Hạn gửi kế hoạch của đơn vị");
        var nominations = Deadline(home, "Hạn đề nghị khen thưởng");
        Assert.Equal(CampaignSeed.PlanDeadline.AddDays(ShiftDays), plans.Date);
        Assert.Equal(CampaignSeed.NominationDeadline.AddDays(ShiftDays), nominations.Date);
        Assert.Equal("đã qua", plans.Word);
        Assert.InRange(plans.Days, 1, 30);
        Assert.Equal("còn", nominations.Word);
        Assert.InRange(nominations.Days, 7, 60);
    }

    [Fact]
    public async Task The_dashboard_still_shows_units_without_a_plan_and_targets_overdue_and_at_risk()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var dashboard = await noivu.GetPageAsync("/Dashboard");

        Assert.True(Count(dashboard, "[data-plan-status=NotStarted]") > 0);
        Assert.True(Count(dashboard, "[data-target-state=Overdue]") > 0);
        Assert.True(Count(dashboard, "[data-target-state=AtRisk]") > 0);
    }

    [Fact]
    public async Task Every_date_the_story_wrote_falls_between_the_campaigns_start_and_a_few_weeks_after_today()
    {
        var campaign = await factory.WithDbAsync(db => db.Campaigns.AsNoTracking()
            .SingleAsync(c => c.Code == CampaignSeed.Code));
        var past = await factory.WithDbAsync(db => db.Campaigns.AsNoTracking()
            .SingleAsync(c => c.Code == DemoPastCampaignSeeder.Code));
        var days = await factory.WithDbAsync(async db => new List<DateOnly>()
            .Concat((await db.UnitPlans.Where(p => p.CampaignId == campaign.Id).Select(p => p.CreatedAtUtc)
                .ToListAsync()).Select(Day))
            .Concat(await db.ProgressReports.Where(r => r.PlanTarget!.UnitPlan!.CampaignId == campaign.Id)
                .Select(r => r.AsOfDate).ToListAsync())
            .Concat(await db.NominationBatches.Select(b => b.DocumentDate).ToListAsync())
            .Concat(await db.CouncilSessions.Select(s => s.MeetingDate).ToListAsync())
            .Concat(await db.AwardDecisions.Select(d => d.Date).ToListAsync())
            .Concat((await db.Feedbacks.Select(f => f.SentAtUtc).ToListAsync()).Select(Day))
            .Concat((await db.ExemplaryModels.Select(m => m.ProposedAtUtc).ToListAsync()).Select(Day))
            .Concat((await db.Notifications.Select(n => n.CreatedAtUtc).ToListAsync()).Select(Day))
            .ToList());

        Assert.Equal(CampaignSeed.StartDate.AddDays(ShiftDays), campaign.StartDate);
        Assert.InRange(Today.DayNumber - campaign.StartDate.DayNumber, 60, 90);
        Assert.True(days.Count > 30);
        Assert.All(days, d => Assert.InRange(d, campaign.StartDate, Today.AddDays(14)));
        Assert.Equal(new DateOnly(2024, 12, 31).AddDays(ShiftDays), past.EndDate);
        Assert.True(past.EndDate < campaign.StartDate);
    }

    private static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(VietnamTime.FromUtc(utc));

    private static int Count(IHtmlDocument page, string card) =>
        int.Parse(page.QuerySelector($"{card} .stat-value")!.TextContent.Trim(), NumberStyles.AllowThousands,
            CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>A deadline of the campaign card: its date and its badge ("đã qua 15 ngày", "còn 16 ngày").</summary>
    private static (DateOnly Date, string Word, int Days) Deadline(IHtmlDocument home, string label)
    {
        var term = home.QuerySelectorAll("dt").Single(dt => dt.TextContent.Trim() == label);
        var text = Regex.Replace(term.NextElementSibling!.TextContent, @"\s+", " ").Trim();
        var match = DeadlineText().Match(text);
        Assert.True(match.Success, text);
        return (DateOnly.ParseExact(match.Groups["date"].Value, "dd/MM/yyyy", CultureInfo.InvariantCulture),
            match.Groups["word"].Value, int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(?<date>\d\d/\d\d/\d{4}) (?<word>đã qua|còn) (?<days>\d+) ngày$")]
    private static partial Regex DeadlineText();
}
