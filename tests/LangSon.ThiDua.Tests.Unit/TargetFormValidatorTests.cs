using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Features.Targets;

namespace LangSon.ThiDua.UnitTests;

/// <summary>The rules of a target, shared by the web form and the Excel import (issue 19, item 4).</summary>
public sealed class TargetFormValidatorTests
{
    private const string BelowBaseline =
        "Chiều đánh giá là \"càng cao càng tốt\" nên giá trị mục tiêu không được thấp hơn giá trị ban đầu.";

    private const string AboveBaseline =
        "Chiều đánh giá là \"càng thấp càng tốt\" nên giá trị mục tiêu không được cao hơn giá trị ban đầu.";

    private static readonly DateOnly Start = new(2025, 10, 1);

    private static readonly DateOnly End = new(2026, 6, 30);

    private readonly TargetFormValidator validator = new();

    [Theory]
    [InlineData(MeasureDirection.HigherIsBetter, "90", "80", BelowBaseline)]
    [InlineData(MeasureDirection.LowerIsBetter, "5", "7,5", AboveBaseline)]
    public void A_target_on_the_wrong_side_of_the_baseline_is_refused_on_the_target_value(
        MeasureDirection direction, string baseline, string target, string message)
    {
        var form = Numeric(direction, Parse(baseline), Parse(target));

        var failure = Assert.Single(validator.Validate(form).Errors);

        Assert.Equal((nameof(TargetForm.TargetValue), message), (failure.PropertyName, failure.ErrorMessage));
    }

    [Theory]
    [InlineData(MeasureDirection.HigherIsBetter, "80", "80")]
    [InlineData(MeasureDirection.HigherIsBetter, "80", "100")]
    [InlineData(MeasureDirection.LowerIsBetter, "5", "0")]
    [InlineData(MeasureDirection.LowerIsBetter, "5", "5")]
    [InlineData(MeasureDirection.HigherIsBetter, null, "10")]
    public void A_target_at_or_beyond_the_baseline_in_its_direction_or_without_one_is_valid(
        MeasureDirection direction, string? baseline, string target) =>
        Assert.True(validator.Validate(Numeric(direction, Parse(baseline), Parse(target))).IsValid);

    [Fact]
    public void A_milestone_ignores_the_numbers_it_does_not_keep()
    {
        var form = Numeric(MeasureDirection.HigherIsBetter, 90m, 80m);
        form.MeasureKind = MeasureKind.Milestone;

        Assert.True(validator.Validate(form).IsValid);
    }

    [Theory]
    [InlineData("2025-09-30", "Thời hạn không được trước ngày bắt đầu phong trào (01/10/2025).")]
    [InlineData("2026-07-01", "Thời hạn không được sau ngày kết thúc phong trào (30/06/2026).")]
    [InlineData("2026-06-30", null)]
    public void The_deadline_falls_within_the_campaign(string deadline, string? message) =>
        Assert.Equal(message, TargetFormValidator.DeadlineOutsideCampaign(
            DateOnly.Parse(deadline, CultureInfo.InvariantCulture), Start, End));

    private static decimal? Parse(string? text) =>
        text is null ? null : decimal.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);

    private static TargetForm Numeric(MeasureDirection direction, decimal? baseline, decimal? target) => new()
    {
        ContentAreaId = 1,
        Title = "Tỷ lệ hồ sơ giải quyết đúng hạn",
        MeasureKind = MeasureKind.Numeric,
        UnitOfMeasure = "%",
        Direction = direction,
        Baseline = baseline,
        TargetValue = target,
        ResponsibleName = "Nguyễn Văn An",
        Deadline = new DateOnly(2026, 6, 30),
    };
}
