using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests;

/// <summary>The one definition of a unit's and a khối/cụm's progress (issue 19, item 5).</summary>
public sealed class ProgressFiguresTests
{
    [Fact]
    public void A_target_without_report_counts_zero_and_no_target_gives_no_figure()
    {
        Assert.Equal(50m, ProgressFigures.TargetMean([100m, null]));
        Assert.Null(ProgressFigures.TargetMean([]));
    }

    [Fact]
    public void A_group_weighs_each_unit_with_targets_the_same_whatever_its_number_of_targets()
    {
        decimal?[] bigUnit = [90m, 90m, 90m, 90m, 90m, 90m, 90m, 90m, 90m];
        decimal?[] smallUnit = [10m];

        var group = ProgressFigures.GroupMean(
            [ProgressFigures.TargetMean(bigUnit), ProgressFigures.TargetMean(smallUnit), null]);

        Assert.Equal(50m, group);
        Assert.NotEqual(group, ProgressFigures.TargetMean(bigUnit.Concat(smallUnit)));
        Assert.Null(ProgressFigures.GroupMean([null, null]));
    }

    [Fact]
    public void Figures_are_rounded_to_one_decimal_half_away_from_zero()
    {
        Assert.Equal(68.5m, ProgressFigures.GroupMean([68.4m, 68.5m]));
        Assert.Equal(0.3m, ProgressFigures.TargetMean([0.25m]));
    }
}
