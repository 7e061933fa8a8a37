using System.Globalization;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Reports;

/// <summary>
/// Báo cáo Excel for Sở Nội vụ and the province-wide readers: progress of all units, units without a submitted plan,
/// overdue targets. Every download is recorded in the audit log (Action "Export").
/// </summary>
[Authorize(Policy = Policies.ProvinceWideRead)]
[Route("Reports")]
public sealed class ReportsController(AppDbContext db, IProvinceReports reports, TimeProvider time) : Controller
{
    public const string ExportAction = AuditActions.Export;
    public const string ReportEntity = "Report";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Active().Select(c => c.Title).FirstOrDefaultAsync(ct);
        return View(new ReportsIndexViewModel(campaign, VietnamTime.Today(time)));
    }

    [HttpGet("Progress.xlsx")]
    public Task<IActionResult> Progress(CancellationToken ct) =>
        ExportAsync("Progress", "tien-do-cac-don-vi", withTargets: true, reports.Progress, ct);

    [HttpGet("UnitsWithoutPlan.xlsx")]
    public Task<IActionResult> UnitsWithoutPlan(CancellationToken ct) =>
        ExportAsync("UnitsWithoutPlan", "don-vi-chua-trinh-ke-hoach", withTargets: false, reports.UnitsWithoutPlan, ct);

    [HttpGet("OverdueTargets.xlsx")]
    public Task<IActionResult> OverdueTargets(CancellationToken ct) =>
        ExportAsync("OverdueTargets", "muc-tieu-qua-han", withTargets: true, reports.OverdueTargets, ct);

    private async Task<IActionResult> ExportAsync(
        string report, string fileName, bool withTargets, Func<ProvinceSnapshot, byte[]> write, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var snapshot = await ProvinceSnapshotQuery.LoadAsync(db, today, withTargets, ct);
        var content = write(snapshot);

        await db.RecordAsync(HttpContext, time, ExportAction, ReportEntity, report, cancellationToken: ct);

        return File(content, ProvinceReports.ContentType, $"{fileName}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.xlsx");
    }
}

public sealed record ReportsIndexViewModel(string? CampaignTitle, DateOnly Today);
