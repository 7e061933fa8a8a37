using LangSon.ThiDua.Documents.SummaryReport;

namespace LangSon.ThiDua.Web.Features.SummaryReport;

/// <summary>One figure of the two campaigns side by side; the difference is the first's minus the second's.</summary>
public sealed record ComparedFigure(string Key, string Label, decimal? First, decimal? Second, bool IsPercent = false)
{
    public decimal? Difference => First is { } first && Second is { } second ? first - second : null;
}

/// <summary>A content area, matched by its number; <see cref="OtherTitle"/> when the second campaign names it
/// otherwise (each campaign has its own content areas).</summary>
public sealed record ComparedArea(int Number, string Title, string? OtherTitle, IReadOnlyList<ComparedFigure> Figures);

/// <summary>
/// Two campaigns' key figures side by side: the totals and each content area. Both sides are the year-end summary's
/// own figures (<see cref="SummaryReportQuery"/>), so a figure here is the one the summary of that campaign shows.
/// </summary>
public sealed class SummaryComparison
{
    public required SummaryReportModel First { get; init; }

    public required SummaryReportModel Second { get; init; }

    public required IReadOnlyList<ComparedFigure> Totals { get; init; }

    public required IReadOnlyList<ComparedArea> Areas { get; init; }

    public static SummaryComparison Of(SummaryReportModel first, SummaryReportModel second)
    {
        var numbers = first.Areas.Select(a => a.Number).Union(second.Areas.Select(a => a.Number)).Order();
        return new SummaryComparison
        {
            First = first,
            Second = second,
            Totals = Figures(first, second, TotalFigures),
            Areas = numbers.Select(n =>
                {
                    var a = first.Areas.FirstOrDefault(x => x.Number == n);
                    var b = second.Areas.FirstOrDefault(x => x.Number == n);
                    var title = a?.ShortTitle ?? b!.ShortTitle;
                    var other = b is not null && b.ShortTitle != title ? b.ShortTitle : null;
                    return new ComparedArea(n, title, other, Figures(a, b, AreaFigures));
                })
                .ToList(),
        };
    }

    private static readonly (string Key, string Label, Func<SummaryReportModel, decimal?> Value, bool IsPercent)[]
        TotalFigures =
        [
            ("with-plan", "Đơn vị có kế hoạch", r => r.Units.Count(u => u.PlanStatus is not null), false),
            ("accepted", "Kế hoạch được chấp thuận", r => r.UnitsAccepted, false),
            ("targets", "Mục tiêu, chỉ tiêu", r => r.Targets.Total, false),
            ("achieved", "Mục tiêu đã đạt", r => r.Targets.Achieved, false),
            ("achieved-percent", "Tỷ lệ đã đạt (%)", r => r.Targets.AchievedPercent, true),
            ("average", "Tiến độ bình quân (%)", r => r.Targets.AveragePercent, true),
            ("proposed", "Hồ sơ đề nghị khen thưởng", r => r.AwardTotal.Proposed, false),
            ("awarded", "Tập thể, cá nhân được khen thưởng", r => r.AwardTotal.Decided, false),
            ("exemplary", "Gương điển hình được đề xuất", r => r.ExemplaryByStatus.Sum(c => c.Count), false),
            ("feedback", "Phản ánh từ cơ sở", r => r.FeedbackByStatus.Sum(c => c.Count), false),
        ];

    private static readonly (string Key, string Label, Func<SummaryArea, decimal?> Value, bool IsPercent)[]
        AreaFigures =
        [
            ("units", "Đơn vị đăng ký mục tiêu", a => a.UnitsWithTargets, false),
            ("targets", "Mục tiêu, chỉ tiêu", a => a.Targets.Total, false),
            ("achieved", "Mục tiêu đã đạt", a => a.Targets.Achieved, false),
            ("achieved-percent", "Tỷ lệ đã đạt (%)", a => a.Targets.AchievedPercent, true),
        ];

    private static List<ComparedFigure> Figures<T>(
        T? first, T? second, (string Key, string Label, Func<T, decimal?> Value, bool IsPercent)[] figures)
        where T : class =>
        figures.Select(f => new ComparedFigure(
                f.Key, f.Label, first is null ? null : f.Value(first), second is null ? null : f.Value(second),
                f.IsPercent))
            .ToList();
}
