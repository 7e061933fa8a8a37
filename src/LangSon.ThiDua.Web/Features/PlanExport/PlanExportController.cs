using System.Globalization;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.PlanExport;

/// <summary>Xuất Excel: a unit's plan, its targets with their latest progress and state, and every progress report.</summary>
[Route("PlanExport")]
public sealed partial class PlanExportController(
    AppDbContext db, IAuthorizationService authorization, IPlanWorkbook workbook, DocumentResponse response,
    TimeProvider time) : Controller
{
    [HttpGet("Excel/{planId:int}")]
    public async Task<IActionResult> Excel(int planId, CancellationToken ct)
    {
        var (plan, denied) = await this.UnitEntityAsync(
            authorization, await FindAsync(planId, ct), e => e.UnitId, Policies.UnitRead);
        if (plan is null)
        {
            return denied!;
        }

        var model = await BuildAsync(planId, plan, ct);
        await db.RecordAsync(HttpContext, time, AuditActions.Export, nameof(UnitPlan), planId.ToString(CultureInfo.InvariantCulture), cancellationToken: ct);
        return File(workbook.Export(model), PlanWorkbook.ContentType, DocumentFileName.For("Ke-hoach", plan.DocumentNumber ?? plan.UnitCode, plan.DocumentDate, "xlsx"));
    }

    private Task<PlanSource?> FindAsync(int planId, CancellationToken ct) =>
        db.UnitPlans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new PlanSource(
                p.UnitId, p.Unit!.Code, p.Unit.Name, p.Unit.Kind, p.CampaignId, p.Campaign!.Title, p.Campaign.LegalBasis, p.Campaign.StartDate,
                p.Campaign.Status, p.DocumentNumber, p.DocumentDate, p.Status, p.Summary))
            .SingleOrDefaultAsync(ct);

    private async Task<PlanExportModel> BuildAsync(int planId, PlanSource plan, CancellationToken ct)
    {
        var areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == plan.CampaignId)
            .OrderBy(a => a.Number).Select(a => new { a.Id, a.Number, a.ShortTitle }).ToListAsync(ct);
        var targets = await db.PlanTargets.AsNoTracking().Where(t => t.UnitPlanId == planId)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(ct);
        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.PlanTarget!.UnitPlanId == planId).ToListAsync(ct);

        var today = VietnamTime.Today(time);
        var closed = plan.CampaignStatus.IsFinished();
        var areaNumbers = areas.ToDictionary(a => a.Id, a => a.Number);
        var targetsById = targets.ToDictionary(t => t.Id);
        var byTarget = reports.ToLookup(r => r.PlanTargetId);
        var exported = reports.ToDictionary(r => r.Id, r =>
        {
            var target = targetsById[r.PlanTargetId];
            return ToExport(r, target, areaNumbers.GetValueOrDefault(target.ContentAreaId));
        });

        return new PlanExportModel
        {
            UnitCode = plan.UnitCode,
            UnitName = plan.UnitName,
            CampaignTitle = plan.CampaignTitle,
            DocumentNumber = plan.DocumentNumber,
            DocumentDate = plan.DocumentDate,
            Status = plan.Status,
            AsOf = today,
            Areas = areas.Select(a => new ExportArea(a.Number, a.ShortTitle, targets.Where(t => t.ContentAreaId == a.Id)
                    .Select(t =>
                    {
                        var latest = ProgressReport.Latest(byTarget[t.Id]);
                        return new ExportTarget
                        {
                            Title = t.Title,
                            MeasureKind = t.MeasureKind,
                            UnitOfMeasure = t.UnitOfMeasure,
                            Direction = t.Direction,
                            Baseline = t.Baseline,
                            TargetValue = t.TargetValue,
                            ResponsibleName = t.ResponsibleName,
                            ResponsiblePosition = t.ResponsiblePosition,
                            Deadline = t.Deadline,
                            Latest = latest is null ? null : exported[latest.Id],
                            State = TargetProgress.State(latest?.Percent, t.Deadline, plan.CampaignStart, closed, today),
                        };
                    })
                    .ToList()))
                .ToList(),
            Reports = reports
                .Select(r => (Report: r, Target: targetsById[r.PlanTargetId]))
                .OrderBy(x => areaNumbers.GetValueOrDefault(x.Target.ContentAreaId)).ThenBy(x => x.Target.SortOrder).ThenBy(x => x.Target.Id)
                .ThenBy(x => x.Report.AsOfDate).ThenBy(x => x.Report.Id)
                .Select(x => exported[x.Report.Id])
                .ToList(),
        };

    }

    private static ExportReport ToExport(ProgressReport report, PlanTarget target, int areaNumber) => new()
    {
        AreaNumber = areaNumber,
        TargetTitle = target.Title,
        MeasureKind = target.MeasureKind,
        UnitOfMeasure = target.UnitOfMeasure,
        AsOfDate = report.AsOfDate,
        Value = report.Value,
        MilestoneDone = report.MilestoneDone,
        Percent = report.Percent,
        Narrative = report.Narrative,
        Difficulties = report.Difficulties,
        ReporterName = report.ReporterFullName,
        ReportedAt = VietnamTime.FromUtc(report.CreatedAtUtc),
    };

    private sealed record PlanSource(
        int UnitId, string UnitCode, string UnitName, UnitKind UnitKind, int CampaignId, string CampaignTitle, string LegalBasis,
        DateOnly CampaignStart, CampaignStatus CampaignStatus, string? DocumentNumber, DateOnly? DocumentDate, PlanStatus Status, string? Summary);
}
