using System.Text.Json;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>
/// The data of the three charts for wwwroot/js/dashboard-charts.js: labels, values and, for each value, the list
/// behind it (a click on a bar opens it). Serialized with the default encoder, which escapes &lt; &gt; &amp; ' ",
/// so the JSON can sit in a &lt;script type="application/json"&gt; block.
/// </summary>
public static class DashboardCharts
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Json(DashboardSnapshot snapshot)
    {
        var statuses = Enum.GetValues<DashboardPlanStatus>();
        var states = Enum.GetValues<TargetState>();
        var data = new
        {
            planStatuses = new
            {
                keys = statuses.Select(s => s.ToString()),
                labels = statuses.Select(s => s.DisplayName()),
                values = statuses.Select(snapshot.PlanCount),
                links = statuses.Select(s => DashboardLinks.Units(s)),
            },
            areaStates = new
            {
                labels = snapshot.Areas.Select(a => a.Label),
                titles = snapshot.Areas.Select(a => a.ShortTitle),
                series = states.Select(state => new
                {
                    key = state.ToString(),
                    label = state.DisplayName(),
                    values = snapshot.AreaStates.Select(counts => counts.GetValueOrDefault(state)),
                    links = snapshot.Areas.Select(a => DashboardLinks.Targets(area: a.Id, state: state)),
                }),
            },
            weeks = new
            {
                labels = snapshot.Weeks.Select(w => w.Label),
                ranges = snapshot.Weeks.Select(w => $"{Vietnamese.Date(w.Monday)} – {Vietnamese.Date(w.Sunday)}"),
                values = snapshot.Weeks.Select(w => w.Count),
                links = snapshot.Weeks.Select(w => DashboardLinks.Week(w.Monday)),
            },
        };
        return JsonSerializer.Serialize(data, Options);
    }
}
