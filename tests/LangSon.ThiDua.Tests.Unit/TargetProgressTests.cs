using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests;

public sealed class TargetProgressTests
{
    private static readonly DateOnly CampaignStart = new(2025, 10, 1);
    private static readonly DateOnly Deadline = new(2025, 12, 31);

    private static PlanTarget Numeric(decimal? baseline, decimal goal, MeasureDirection direction = MeasureDirection.HigherIsBetter) => new()
    {
        Title = "Chỉ tiêu",
        ResponsibleName = "Nguyễn Văn A",
        MeasureKind = MeasureKind.Numeric,
        Direction = direction,
        Baseline = baseline,
        TargetValue = goal,
        Deadline = Deadline,
    };

    [Theory]
    [InlineData(40, 80, 60, 50)]
    [InlineData(40, 80, 80, 100)]
    [InlineData(40, 80, 95, 100)]
    [InlineData(40, 80, 30, 0)]
    [InlineData(null, 200, 50, 25)]
    public void Higher_is_better_counts_the_way_from_baseline_to_target(int? baseline, int goal, int value, int percent) =>
        Assert.Equal(percent, TargetProgress.Percent(Numeric(baseline, goal), value, null));

    [Theory]
    [InlineData(20, 10, 15, 50)]
    [InlineData(20, 10, 10, 100)]
    [InlineData(20, 10, 25, 0)]
    [InlineData(20, 10, 5, 100)]
    public void Lower_is_better_counts_the_way_down(int baseline, int goal, int value, int percent) =>
        Assert.Equal(percent, TargetProgress.Percent(Numeric(baseline, goal, MeasureDirection.LowerIsBetter), value, null));

    [Fact]
    public void A_target_equal_to_its_baseline_is_met_when_the_value_holds_it()
    {
        var keepAtHundred = Numeric(100, 100);

        Assert.Equal(100, TargetProgress.Percent(keepAtHundred, 100, null));
        Assert.Equal(0, TargetProgress.Percent(keepAtHundred, 99.5m, null));
    }

    [Fact]
    public void A_milestone_is_all_or_nothing()
    {
        var milestone = new PlanTarget { Title = "Hoàn thành CSDL đất đai", ResponsibleName = "B", MeasureKind = MeasureKind.Milestone, Deadline = Deadline };

        Assert.Equal(100, TargetProgress.Percent(milestone, null, true));
        Assert.Equal(0, TargetProgress.Percent(milestone, null, false));
    }

    [Fact]
    public void Percent_is_rounded_to_one_decimal()
    {
        Assert.Equal(33.3m, TargetProgress.Percent(Numeric(0, 3), 1, null));
        Assert.Equal(56.3m, TargetProgress.Percent(Numeric(40, 80), 62.5m, null));
    }

    [Theory]
    [InlineData(null, "2025-11-01", false, TargetState.NotStarted)]
    [InlineData(100.0, "2025-11-01", false, TargetState.Achieved)]
    [InlineData(100.0, "2026-02-01", true, TargetState.Achieved)]
    [InlineData(60.0, "2026-01-01", false, TargetState.Overdue)]
    [InlineData(null, "2026-01-01", false, TargetState.Overdue)]
    [InlineData(60.0, "2026-01-01", true, TargetState.NotAchieved)]
    [InlineData(45.0, "2025-11-15", false, TargetState.OnTrack)]
    [InlineData(30.0, "2025-11-15", false, TargetState.AtRisk)]
    [InlineData(40.0, "2025-11-15", false, TargetState.OnTrack)]
    [InlineData(39.0, "2025-11-15", false, TargetState.AtRisk)]
    [InlineData(0.0, "2025-10-01", false, TargetState.OnTrack)]
    [InlineData(60.0, "2025-12-31", false, TargetState.AtRisk)]
    public void The_state_follows_one_rule(double? latestPercent, string today, bool campaignClosed, TargetState expected)
    {
        // 15/11/2025 is 45 of the 91 days from 01/10 to 31/12: about 49 % of the time has passed.
        var state = TargetProgress.State((decimal?)latestPercent, Deadline, CampaignStart, campaignClosed, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, state);
    }

    [Fact]
    public void Expected_progress_is_the_share_of_time_elapsed()
    {
        Assert.Equal(0m, TargetProgress.ExpectedPercent(Deadline, CampaignStart, new DateOnly(2025, 9, 1)));
        Assert.Equal(100m, TargetProgress.ExpectedPercent(Deadline, CampaignStart, new DateOnly(2026, 3, 1)));
        Assert.Equal(100m, TargetProgress.ExpectedPercent(CampaignStart, CampaignStart, CampaignStart));
    }
}
