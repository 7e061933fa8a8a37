using System.Globalization;
using System.Text;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Reminders;

/// <summary>A target named in a reminder: its title, deadline and latest percent achieved.</summary>
public sealed record FoundTarget(string Title, DateOnly Deadline, decimal? Percent);

/// <summary>
/// What the chosen rules found for one active unit: its plan not submitted, its overdue and at-risk targets, how long
/// it has not reported. <see cref="Reason"/> is the short line on the form; <see cref="Text"/> the lines of its message.
/// </summary>
public sealed class UnitFindings(int unitId, UnitKind kind, string searchName)
{
    /// <summary>How many targets of each kind the message names; the rest are counted.</summary>
    public const int NamedTargets = 5;

    private const int TitleLength = 150;

    public int UnitId { get; } = unitId;

    public UnitKind Kind { get; } = kind;

    public string SearchName { get; } = searchName;

    /// <summary>True when the "plan not submitted" rule applies; then the plan's status (null: no plan at all).</summary>
    public bool PlanNotSubmitted { get; set; }

    public PlanStatus? PlanStatus { get; set; }

    public List<FoundTarget> Overdue { get; } = [];

    public List<FoundTarget> AtRisk { get; } = [];

    /// <summary>True when the "not reported" rule applies; then the day of the latest report, if any.</summary>
    public bool NotReported { get; set; }

    public DateOnly? LastReport { get; set; }

    /// <summary>The short reason shown beside the unit on the form, e.g. "3 mục tiêu quá hạn; Dự thảo".</summary>
    public string Reason => string.Join("; ", Parts(
        Overdue.Count == 0 ? null : Count(Overdue) + " mục tiêu quá hạn",
        AtRisk.Count == 0 ? null : Count(AtRisk) + " mục tiêu có nguy cơ chậm",
        !NotReported ? null : LastReport is { } d ? "Báo cáo gần nhất " + Vietnamese.Date(d) : "Chưa có báo cáo tiến độ",
        !PlanNotSubmitted ? null : PlanStatus?.DisplayName() ?? "Chưa lập kế hoạch"));

    /// <summary>The lines of the unit's message (what applies to it on <paramref name="today"/>), or null when nothing does.</summary>
    public string? Text(DateOnly today)
    {
        var lines = Parts(
            Overdue.Count == 0 ? null
                : $"- {Count(Overdue)} mục tiêu đã quá hạn mà chưa đạt: {Names(Overdue)}.",
            AtRisk.Count == 0 ? null
                : $"- {Count(AtRisk)} mục tiêu có nguy cơ chậm tiến độ (kết quả thấp hơn nhiều so với thời gian đã qua): {Names(AtRisk)}.",
            !NotReported ? null
                : LastReport is { } d
                    ? $"- Đã {today.DayNumber - d.DayNumber:N0} ngày chưa cập nhật báo cáo tiến độ (báo cáo gần nhất ngày {Vietnamese.Date(d)})."
                    : "- Chưa có báo cáo tiến độ nào từ khi kế hoạch được chấp thuận.",
            !PlanNotSubmitted ? null : "- Chưa trình kế hoạch triển khai lên Sở Nội vụ (" + PlanWords(PlanStatus) + ").");
        if (lines.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder("Theo dõi trên Cổng thông tin Thi đua – Khen thưởng, đến ngày ")
            .Append(Vietnamese.Date(today)).Append(" đơn vị có:");
        lines.ForEach(line => text.Append('\n').Append(line));
        return text.ToString();
    }

    private static List<string> Parts(params string?[] parts) => parts.OfType<string>().ToList();

    private static string Count(List<FoundTarget> targets) => targets.Count.ToString("N0", Vietnamese.Culture);

    private static string Names(List<FoundTarget> targets)
    {
        var named = targets.OrderBy(t => t.Deadline).ThenBy(t => t.Title, StringComparer.Ordinal).Take(NamedTargets)
            .Select(t => $"\"{Short(t.Title)}\" (hạn {Vietnamese.Date(t.Deadline)}, đạt {Percent(t.Percent)})");
        var rest = targets.Count - NamedTargets;
        return string.Join("; ", named) + (rest > 0 ? $" và {rest.ToString("N0", Vietnamese.Culture)} mục tiêu khác" : string.Empty);
    }

    private static string Percent(decimal? percent) =>
        percent is { } p ? p.ToString("0.#", Vietnamese.Culture) + " %" : "chưa báo cáo";

    private static string Short(string title) =>
        title.Length <= TitleLength ? title : title[..(TitleLength - 1)].TrimEnd() + "…";

    private static string PlanWords(PlanStatus? status) => status switch
    {
        Domain.PlanStatus.Draft => "kế hoạch còn là dự thảo",
        Domain.PlanStatus.Returned => "kế hoạch bị trả lại, chưa trình lại",
        _ => "chưa lập kế hoạch",
    };

    /// <summary>Orders units as everywhere: kind, then name.</summary>
    public static IReadOnlyList<UnitFindings> Ordered(IEnumerable<UnitFindings> units) =>
        units.OrderBy(u => u.Kind).ThenBy(u => u.SearchName, StringComparer.Ordinal).ToList();
}
