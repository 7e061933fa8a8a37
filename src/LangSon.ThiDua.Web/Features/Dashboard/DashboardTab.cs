namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>
/// A tab of the dashboard. The page renders only the open tab's pane, chosen by <c>?tab=</c> (issue 24 target 4: the
/// five panes sent together made the page 97 KB); each tab is a plain link, so the tabs work without JavaScript.
/// </summary>
public sealed record DashboardTab(string Id, string Label)
{
    public const string Param = "tab";

    public static readonly DashboardTab Late = new("cham-tien-do", "Chậm tiến độ");

    public static readonly DashboardTab Charts = new("bieu-do", "Biểu đồ");

    public static readonly DashboardTab Units = new("don-vi", "Theo đơn vị");

    public static readonly DashboardTab Groups = new("khoi-cum", "Theo khối, cụm");

    public static readonly DashboardTab HeatMap = new("ban-do-nhiet", "Bản đồ nhiệt");

    /// <summary>The tabs in their order on the page; the first opens by default.</summary>
    public static IReadOnlyList<DashboardTab> All { get; } = [Late, Charts, Units, Groups, HeatMap];

    /// <summary>The tab the query string names (any case), else the first: the late targets.</summary>
    public static DashboardTab Parse(string? id) =>
        All.FirstOrDefault(t => string.Equals(t.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? Late;
}
