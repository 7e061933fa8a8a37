using System.Globalization;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.EmulationOverview;

/// <summary>
/// Sở Nội vụ's (and Admin's) view of every khối/cụm's year: the pact's state, signatures, scoring progress and the
/// first of the ranking, a chart of the states, filters, the Excel export; each row leads to the group's year page and
/// its ranking (EmulationPacts, EmulationScoring). Read-only.
/// </summary>
[Route("EmulationOverview")]
[Authorize(Policy = Policies.EmulationOverview)]
public sealed class EmulationOverviewController(AppDbContext db, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OverviewFilter filter, CancellationToken ct)
    {
        var year = await YearAsync(filter, ct);
        var all = await OverviewQuery.RowsAsync(db, year, ct);
        var states = OverviewQuery.States(all);
        return View(new OverviewViewModel
        {
            Filter = filter,
            Year = year,
            Years = await OverviewQuery.YearsAsync(
                db, await OverviewQuery.DefaultYearAsync(db, time, ct), VietnamTime.Today(time).Year, ct),
            GroupCount = all.Count,
            Rows = OverviewQuery.Filter(all, filter),
            States = states,
            ChartJson = OverviewQuery.ChartJson(states, (state, kind) => Url.Action(
                nameof(Index), new { year, kind, state, q = filter.Q })),
        });
    }

    [HttpGet("Export")]
    public async Task<IActionResult> Export(OverviewFilter filter, CancellationToken ct)
    {
        var year = await YearAsync(filter, ct);
        var rows = OverviewQuery.Filter(await OverviewQuery.RowsAsync(db, year, ct), filter);
        var today = VietnamTime.Today(time);
        var lines = rows.Select(r => new EmulationOverviewLine(
            r.Name, r.Kind.DisplayName(), r.LeadName, r.StateName,
            r.HasSignatories ? r.Signatories : null, r.HasSignatories ? r.SignedCount : null,
            r.IsScoring ? r.Submitted : null, r.IsScoring ? r.Reviewed : null,
            r.First?.UnitName, r.First?.Total)).ToList();
        var subtitle = $"{rows.Count} khối, cụm; số liệu đến ngày {Vietnamese.Date(today)}.";
        var content = EmulationOverviewWorkbook.Write(year, subtitle, lines);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return File(content, EmulationOverviewWorkbook.ContentType, $"khoi-cum-thi-dua-{year}-{day}.xlsx");
    }

    /// <summary>The year asked for when it is a pact's possible year, else the active campaign's.</summary>
    private async Task<int> YearAsync(OverviewFilter filter, CancellationToken ct)
    {
        if (filter.Year is >= EmulationPact.MinYear and <= EmulationPact.MaxYear)
        {
            return filter.Year.Value;
        }

        filter.Year = null;
        return await OverviewQuery.DefaultYearAsync(db, time, ct);
    }
}
