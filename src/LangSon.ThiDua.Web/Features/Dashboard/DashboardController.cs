using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Units;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>
/// Bảng điều khiển of Sở Nội vụ (read-only for council members, observers and Admin): the active campaign's plans,
/// targets and progress across units, and the lists behind every number. Whole responses are output-cached per user,
/// data version and query string (<see cref="DashboardOutputCacheAttribute"/>).
/// </summary>
[Authorize(Policy = Policies.ProvinceWideRead)]
[DashboardOutputCache]
public sealed class DashboardController(AppDbContext db, DashboardSnapshots snapshots, TimeProvider time) : Controller
{
    /// <summary>Rows of the unit table and of the heat map per page (the full lists are behind the links).</summary>
    public const int UnitTableSize = 25;

    [HttpGet]
    public async Task<IActionResult> Index(
        string? tab, string? sort, string? dir, string? gsort, string? gdir, int? page, int? hpage,
        CancellationToken ct)
    {
        var snapshot = await snapshots.GetAsync(db, ct);
        var unitSort = SortOrder.Parse(sort, dir, DashboardSorting.UnitKeys, DashboardSorting.DefaultUnitSort);
        var groupSort = SortOrder.Parse(gsort, gdir, DashboardSorting.GroupKeys, DashboardSorting.DefaultGroupSort);
        return View(new DashboardViewModel
        {
            Snapshot = snapshot,
            Tab = DashboardTab.Parse(tab),
            UnitSort = unitSort,
            GroupSort = groupSort,
            UnitPage = (snapshot?.UnitsBy(unitSort) ?? []).ToPage(page, UnitTableSize),
            Groups = snapshot?.GroupsBy(groupSort) ?? [],
            HeatPage = (snapshot?.HeatUnits ?? []).ToPage(hpage, UnitTableSize),
            ChartJson = snapshot?.ChartJson ?? "{}",
        });
    }

    [HttpGet]
    public async Task<IActionResult> Units(
        DashboardPlanStatus? planStatus, int? group, UnitKind? kind, string? q, int? page, CancellationToken ct)
    {
        var filter = new UnitFilter(planStatus, group, kind, q, page);
        var campaign = await DashboardLists.ActiveCampaignAsync(db, ct);
        return View(new UnitListViewModel
        {
            Filter = filter,
            CampaignTitle = campaign?.Title,
            Results = campaign is null
                ? NoRows<UnitListRow>()
                : await DashboardLists.UnitsAsync(db, campaign.Id, filter, ct),
            GroupOptions = await UnitLookups.GroupOptionsAsync(db, group, ct),
        });
    }

    [HttpGet]
    public async Task<IActionResult> Targets(
        int? area, int? group, UnitKind? kind, TargetState? state, DateOnly? from, DateOnly? to, int? unit, string? q,
        int? page, CancellationToken ct)
    {
        var filter = new TargetFilter(area, group, kind, state, from, to, unit, q, page);
        var campaign = await DashboardLists.ActiveCampaignAsync(db, ct);
        var areas = campaign is null
            ? []
            : await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == campaign.Id).OrderBy(a => a.Number)
                .Select(a => new AreaInfo(a.Id, a.Number, a.ShortTitle)).ToListAsync(ct);
        return View(new TargetListViewModel
        {
            Filter = filter,
            CampaignTitle = campaign?.Title,
            UnitName = unit is { } id
                ? await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).SingleOrDefaultAsync(ct)
                : null,
            Results = campaign is null
                ? NoRows<TargetListRow>()
                : await DashboardLists.TargetsAsync(db, campaign, filter, VietnamTime.Today(time), ct),
            Areas = areas,
            GroupOptions = await UnitLookups.GroupOptionsAsync(db, group, ct),
        });
    }

    /// <summary>The progress reports entered in one ISO week (the numbers of the reports-per-week chart).</summary>
    [HttpGet]
    public async Task<IActionResult> Reports(DateOnly? week, int? page, CancellationToken ct)
    {
        var monday = DashboardQuery.MondayOf(week ?? VietnamTime.Today(time));
        var day = monday.ToDateTime(TimeOnly.MinValue);
        var campaign = await DashboardLists.ActiveCampaignAsync(db, ct);
        var results = await DashboardLists.ReportsAsync(db, monday, page, ct);
        return View(new ReportListViewModel
        {
            Week = new WeekCount(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day), monday, results.TotalCount),
            CampaignTitle = campaign?.Title,
            Results = results,
        });
    }

    private static Page<T> NoRows<T>() =>
        new() { Items = [], Number = 1, Size = DashboardLists.PageSize, TotalCount = 0 };
}
