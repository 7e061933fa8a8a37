using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Progress;

internal static class ProgressQueries
{
    /// <summary>The target's header, read by every step of reporting (its history, the form, the report sent):
    /// compiled once (docs/performance.md).</summary>
    private static readonly Func<AppDbContext, int, CancellationToken, Task<TargetHeader?>> Header =
        EF.CompileAsyncQuery((AppDbContext db, int targetId, CancellationToken ct) =>
            db.PlanTargets.AsNoTracking()
                .Where(t => t.Id == targetId)
                .Select(t => new TargetHeader
                {
                    Id = t.Id,
                    PlanId = t.UnitPlanId,
                    UnitId = t.UnitPlan!.UnitId,
                    UnitName = t.UnitPlan.Unit!.Name,
                    PlanStatus = t.UnitPlan.Status,
                    PlanWasAccepted = t.UnitPlan.Transitions
                        .Any(x => x.From == PlanStatus.Submitted && x.To == PlanStatus.Accepted),
                    CampaignStart = t.UnitPlan.Campaign!.StartDate,
                    CampaignStatus = t.UnitPlan.Campaign.Status,
                    AreaNumber = t.ContentArea!.Number,
                    AreaTitle = t.ContentArea.ShortTitle,
                    Title = t.Title,
                    MeasureKind = t.MeasureKind,
                    UnitOfMeasure = t.UnitOfMeasure,
                    Direction = t.Direction,
                    Baseline = t.Baseline,
                    TargetValue = t.TargetValue,
                    ResponsibleName = t.ResponsibleName,
                    ResponsiblePosition = t.ResponsiblePosition,
                    Deadline = t.Deadline,
                })
                .SingleOrDefault());

    public static Task<TargetHeader?> HeaderAsync(this AppDbContext db, int targetId, CancellationToken ct) =>
        Header(db, targetId, ct);

    /// <summary>The target's latest percentage (null before its first report): the first of
    /// <see cref="ReportsAsync"/>'s first page, read here for the other pages.</summary>
    public static Task<decimal?> LatestPercentAsync(this AppDbContext db, int targetId, CancellationToken ct) =>
        ProgressReport.NewestFirst(db.ProgressReports.AsNoTracking().Where(r => r.PlanTargetId == targetId))
            .Select(r => (decimal?)r.Percent).FirstOrDefaultAsync(ct);

    /// <summary>One page of the target's report history, newest first (by as-of date, then by the order they were
    /// entered; a busy target has hundreds of reports).</summary>
    public static Task<Page<ReportItem>> ReportsAsync(
        this AppDbContext db, int targetId, int? page, CancellationToken ct) =>
        ProgressReport.NewestFirst(db.ProgressReports.AsNoTracking().Where(r => r.PlanTargetId == targetId))
            .Select(r => new ReportItem(
                r.Id,
                r.AsOfDate,
                r.Value,
                r.MilestoneDone,
                r.Percent,
                r.Narrative,
                r.Difficulties,
                r.ReporterFullName,
                r.CreatedAtUtc,
                r.Attachments.OrderBy(a => a.Id).Select(a => new EvidenceItem(a.Id, a.FileName, a.Size)).ToList()))
            .ToPageAsync(page, cancellationToken: ct);
}
