using System.Text.Json;
using LangSon.ThiDua.Documents.SummaryReport;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.SummaryReport;

/// <summary>
/// The data of the summary's charts for wwwroot/js/summary-charts.js (also used by the public results page): targets
/// by content area and state (stacked bars), nominations by award form and outcome (one doughnut ring per form).
/// Serialized with the default encoder, which escapes &lt; &gt; &amp; ' ", so it can sit in a
/// &lt;script type="application/json"&gt; block.
/// </summary>
public static class SummaryCharts
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static object AreaStates(IReadOnlyList<SummaryArea> areas) => new
    {
        labels = areas.Select(a => a.Label),
        titles = areas.Select(a => a.ShortTitle),
        series = Enum.GetValues<TargetState>().Select(state => new
        {
            key = state.ToString(),
            label = state.DisplayName(),
            values = areas.Select(a => a.Targets.Count(state)),
        }),
    };

    public static object Nominations(IReadOnlyList<SummaryAwardForm> forms)
    {
        var outcomes = Enum.GetValues<NominationOutcome>();
        return new
        {
            keys = outcomes.Select(o => o.ToString()),
            labels = outcomes.Select(o => o.DisplayName()),
            forms = forms.Where(f => f.Proposed > 0).Select(f => new { label = f.Name, values = outcomes.Select(f.Outcome) }),
        };
    }

    public static string Json(SummaryReportModel report) =>
        JsonSerializer.Serialize(new { areaStates = AreaStates(report.Areas), nominations = Nominations(report.AwardForms) }, Options);
}
