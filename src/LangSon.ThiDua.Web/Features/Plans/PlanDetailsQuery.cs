using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Plans;

/// <summary>What the signed-in user may do on a plan's page (decided by the controller from the policies).</summary>
public sealed record PlanPermissions(bool CanWrite, bool CanSubmit, bool CanReview);

/// <summary>A plan's own fields and its campaign's content areas in their order (<see cref="PlanDetailsQuery"/>).
/// </summary>
public sealed record PlanHeader(
    int Id,
    int UnitId,
    string UnitName,
    int CampaignId,
    string CampaignTitle,
    DateOnly CampaignStart,
    CampaignStatus CampaignStatus,
    string? DocumentNumber,
    DateOnly? DocumentDate,
    string? Summary,
    PlanStatus Status,
    string? ReviewComment,
    IReadOnlyList<PlanArea> Areas);

public sealed record PlanArea(int Id, int Number, string ShortTitle);

/// <summary>Reads a plan with its targets, the latest report of each, their derived state, and the history.</summary>
public static class PlanDetailsQuery
{
    /// <summary>How far ahead the "Sắp đến hạn" box looks.</summary>
    public const int DueSoonDays = 14;

    /// <summary>The plan's page, or null when there is no such plan.</summary>
    public static async Task<PlanDetailsViewModel?> LoadAsync(
        AppDbContext db, int id, DateOnly today, PlanPermissions can, CancellationToken ct) =>
        await HeaderAsync(db, id, ct) is { } plan ? await LoadAsync(db, plan, today, can, ct) : null;

    /// <summary>
    /// The plan's own fields with its campaign's content areas, in one query: what the page reads first, and what its
    /// access is decided on (its unit).
    /// </summary>
    public static Task<PlanHeader?> HeaderAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.UnitPlans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PlanHeader(
                p.Id,
                p.UnitId,
                p.Unit!.Name,
                p.CampaignId,
                p.Campaign!.Title,
                p.Campaign.StartDate,
                p.Campaign.Status,
                p.DocumentNumber,
                p.DocumentDate,
                p.Summary,
                p.Status,
                p.ReviewComment,
                p.Campaign.ContentAreas.OrderBy(a => a.Number)
                    .Select(a => new PlanArea(a.Id, a.Number, a.ShortTitle)).ToList()))
            .SingleOrDefaultAsync(ct);

    public static async Task<PlanDetailsViewModel> LoadAsync(
        AppDbContext db, PlanHeader plan, DateOnly today, PlanPermissions can, CancellationToken ct)
    {
        var id = plan.Id;
        var areas = plan.Areas;
        var targets = await LoadTargetsAsync(db, id, ct);
        var closed = plan.CampaignStatus.IsFinished();
        foreach (var target in targets)
        {
            target.State = TargetProgress.State(target.LatestPercent, target.Deadline, plan.CampaignStart, closed, today);
            target.DaysLeft = target.Deadline.DayNumber - today.DayNumber;
        }

        // Targets of an area that was removed from the campaign since (should not happen) still show, after the others.
        var blocks = areas.Select(a => Block(a.Id, a.Number, a.ShortTitle, targets.Where(t => t.ContentAreaId == a.Id)))
            .Concat(targets.Where(t => areas.All(a => a.Id != t.ContentAreaId)).GroupBy(t => t.ContentAreaId)
                .Select(g => Block(g.Key, 0, "Nội dung khác", g)))
            .ToList();
        var history = await db.PlanTransitions.AsNoTracking().Where(t => t.UnitPlanId == id)
            .OrderBy(t => t.AtUtc).ThenBy(t => t.Id)
            .Select(t => new TransitionRow(t.AtUtc, t.UserName, t.FullName, t.From, t.To, t.Comment))
            .ToListAsync(ct);
        var editable = UnitPlan.IsEditableStatus(plan.Status);
        var model = new PlanDetailsViewModel
        {
            Id = plan.Id,
            UnitId = plan.UnitId,
            UnitName = plan.UnitName,
            CampaignTitle = plan.CampaignTitle,
            DocumentNumber = plan.DocumentNumber,
            DocumentDate = plan.DocumentDate,
            Summary = plan.Summary,
            Status = plan.Status,
            ReviewComment = plan.ReviewComment,
            Today = today,
            Areas = blocks,
            OverallPercent = Average(targets),
            DueSoon = targets
                .Where(t => t.State != TargetState.Achieved && t.DaysLeft >= 0 && t.DaysLeft <= DueSoonDays)
                .OrderBy(t => t.Deadline).ThenBy(t => t.Title, StringComparer.Ordinal).ToList(),
            History = history,
            CanEdit = can.CanWrite && editable,
            CanSubmit = can.CanWrite && can.CanSubmit && editable,
            CanReview = can.CanReview && plan.Status == PlanStatus.Submitted,
            ShowSubmitHint = can.CanWrite && !can.CanSubmit && editable,
            CanRequestAmendment = can.CanWrite && can.CanSubmit && plan.Status == PlanStatus.Accepted,
            CanDecideAmendment = can.CanReview && plan.Status == PlanStatus.AmendmentRequested,
        };
        await PlanAmendmentQuery.AddAsync(db, model, plan.Areas, targets, ct); // the areas the header read
        return model;
    }

    /// <summary>The plan's targets in their order, each with its latest report (by as-of date, then id).</summary>
    public static async Task<List<TargetRow>> LoadTargetsAsync(AppDbContext db, int planId, CancellationToken ct)
    {
        var targets = db.PlanTargets.AsNoTracking().Where(t => t.UnitPlanId == planId);
        var rows = await targets.OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(ct);
        var latest = await db.LatestReportsAsync(targets, ct);
        return rows.Select(t => (Target: t, Latest: latest.GetValueOrDefault(t.Id))).Select(r => new TargetRow
        {
            Id = r.Target.Id,
            ContentAreaId = r.Target.ContentAreaId,
            SortOrder = r.Target.SortOrder,
            Title = r.Target.Title,
            MeasureKind = r.Target.MeasureKind,
            UnitOfMeasure = r.Target.UnitOfMeasure,
            Direction = r.Target.Direction,
            Baseline = r.Target.Baseline,
            TargetValue = r.Target.TargetValue,
            ResponsibleName = r.Target.ResponsibleName,
            ResponsiblePosition = r.Target.ResponsiblePosition,
            Deadline = r.Target.Deadline,
            LatestAsOf = r.Latest?.AsOfDate,
            LatestValue = r.Latest?.Value,
            LatestDone = r.Latest?.MilestoneDone,
            LatestPercent = r.Latest?.Percent,
        }).ToList();
    }

    private static AreaBlock Block(int id, int number, string title, IEnumerable<TargetRow> targets)
    {
        var list = targets.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            list[i].Position = i + 1;
            list[i].IsFirst = i == 0;
            list[i].IsLast = i == list.Count - 1;
        }

        return new AreaBlock(id, number, title, Average(list), list);
    }

    /// <summary>The unit's progress (<see cref="ProgressFigures.TargetMean"/>); 0 without targets.</summary>
    private static decimal Average(List<TargetRow> targets) =>
        ProgressFigures.TargetMean(targets.Select(t => (decimal?)t.Percent)) ?? 0m;
}
