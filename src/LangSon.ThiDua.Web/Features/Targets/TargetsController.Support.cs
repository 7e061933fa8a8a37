using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Features.Plans;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Targets;

/// <summary>Deleting a target (with a confirmation page), and what the forms need from the database.</summary>
public sealed partial class TargetsController
{
    [HttpGet]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var found = await db.PlanTargets.AsNoTracking().Include(t => t.UnitPlan!).ThenInclude(p => p.Unit)
            .Include(t => t.ContentArea).SingleOrDefaultAsync(t => t.Id == id, ct);
        var (target, denied) = await this.UnitEntityAsync(
            authorization, found, e => e.UnitPlan!.UnitId, Policies.UnitWrite);
        if (target is null)
        {
            return denied!;
        }

        var plan = target.UnitPlan!;

        if ((plan.EditRefusal() ?? await ReportsRefusalAsync(id, ct)) is { } refusal)
        {
            return BackToPlan(plan.Id, refusal);
        }

        return View(new TargetDeleteViewModel(target.Id, plan.Id, plan.Unit!.Name, target.ContentArea!.Number, target.ContentArea.ShortTitle,
            target.Title, target.ResponsibleName, target.Deadline));
    }

    [HttpPost]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        var target = await db.PlanTargets.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return NotFound();
        }

        var plan = await db.UnitPlans.Include(p => p.Targets).SingleAsync(p => p.Id == target.UnitPlanId, ct);
        if (!await this.MayAsync(authorization, plan.UnitId, Policies.UnitWrite))
        {
            return Forbid();
        }

        if ((plan.EditRefusal() ?? await ReportsRefusalAsync(id, ct)) is { } refusal)
        {
            return BackToPlan(plan.Id, refusal);
        }

        plan.RemoveTarget(target);
        db.PlanTargets.Remove(target);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã xóa mục tiêu \"{target.Title}\".");
        return RedirectToAction(nameof(PlansController.Details), "Plans", new { id = plan.Id });
    }

    /// <summary>A target with reports keeps its history: it cannot be deleted (PlanTarget.DeleteRefusal).</summary>
    private async Task<string?> ReportsRefusalAsync(int targetId, CancellationToken ct) =>
        PlanTarget.DeleteRefusal(await db.ProgressReports.AnyAsync(r => r.PlanTargetId == targetId, ct));

    /// <summary>The rules that need stored data: the area is one of the campaign's, the account is the unit's, the deadline within the campaign.</summary>
    private async Task CheckAgainstStoredDataAsync(TargetForm form, UnitPlan plan, CancellationToken ct)
    {
        VietnameseNumber.Check(ModelState, (nameof(form.Baseline), "Giá trị ban đầu"), (nameof(form.TargetValue), "Giá trị mục tiêu"));
        if (form.ContentAreaId is { } areaId && !await db.ContentAreas.AnyAsync(a => a.Id == areaId && a.CampaignId == plan.CampaignId, ct))
        {
            ModelState.AddModelError(nameof(form.ContentAreaId), "Nội dung thi đua không thuộc phong trào của kế hoạch này.");
        }

        if (!string.IsNullOrWhiteSpace(form.ResponsibleUserId)
            && !await db.Users.AnyAsync(u => u.Id == form.ResponsibleUserId && u.UnitId == plan.UnitId && u.IsActive, ct))
        {
            ModelState.AddModelError(nameof(form.ResponsibleUserId), "Tài khoản người chịu trách nhiệm phải là một tài khoản đang hoạt động của đơn vị.");
        }

        var campaign = plan.Campaign!;
        if (form.Deadline is { } deadline && TargetFormValidator.DeadlineOutsideCampaign(
                deadline, campaign.StartDate, campaign.EndDate) is { } outside)
        {
            ModelState.AddModelError(nameof(form.Deadline), outside);
        }
    }

    /// <summary>The select lists (the campaign's areas, the unit's active accounts) and the area's current targets.</summary>
    private async Task FillAsync(TargetForm form, UnitPlan plan, CancellationToken ct)
    {
        form.UnitName = plan.Unit?.Name ?? await db.Units.Where(u => u.Id == plan.UnitId).Select(u => u.Name).SingleAsync(ct);
        var areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == plan.CampaignId).OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.ShortTitle }).ToListAsync(ct);
        form.AreaOptions = areas.Select(a => new SelectListItem($"{a.Number}. {a.ShortTitle}", a.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.UnitId == plan.UnitId && (u.IsActive || u.Id == form.ResponsibleUserId))
            .OrderBy(u => u.FullName).Select(u => new { u.Id, u.FullName, u.UserName, u.Position }).ToListAsync(ct);
        form.UserOptions = users
            .Select(u => new SelectListItem($"{u.FullName} ({u.UserName}){(u.Position is null ? "" : " – " + u.Position)}", u.Id))
            .ToList();
        form.AreaTargets = form.Id == 0 && form.ContentAreaId is { } areaId
            ? await db.PlanTargets.AsNoTracking().Where(t => t.UnitPlanId == plan.Id && t.ContentAreaId == areaId)
                .OrderBy(t => t.SortOrder).ThenBy(t => t.Id).Select(t => t.Title).ToListAsync(ct)
            : [];
    }
}

public sealed record TargetDeleteViewModel(int Id, int PlanId, string UnitName, int AreaNumber, string AreaTitle, string Title, string ResponsibleName, DateOnly Deadline);
