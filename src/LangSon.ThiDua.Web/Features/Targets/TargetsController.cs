using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Plans;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Targets;

/// <summary>
/// Mục tiêu, chỉ tiêu, nhiệm vụ of a unit's plan: added, edited, reordered and deleted by the unit's own users
/// while the plan is a draft or was returned. Every route checks UnitWrite on the plan's unit.
/// </summary>
public sealed partial class TargetsController(AppDbContext db, IAuthorizationService authorization) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Create(int planId, int? areaId, CancellationToken ct)
    {
        var found = await db.UnitPlans.AsNoTracking().Include(p => p.Unit)
            .SingleOrDefaultAsync(p => p.Id == planId, ct);
        var (plan, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (plan is null)
        {
            return denied!;
        }

        if (plan.EditRefusal() is { } refusal)
        {
            return BackToPlan(planId, refusal);
        }

        var form = new TargetForm { PlanId = planId, MeasureKind = MeasureKind.Numeric, Direction = MeasureDirection.HigherIsBetter };
        form.ContentAreaId = await db.ContentAreas.AsNoTracking()
            .Where(a => a.CampaignId == plan.CampaignId && a.Id == areaId).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
        await FillAsync(form, plan, ct);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Create(int planId, TargetForm form, string? next, CancellationToken ct)
    {
        var found = await db.UnitPlans.Include(p => p.Unit).Include(p => p.Campaign).Include(p => p.Targets)
            .SingleOrDefaultAsync(p => p.Id == planId, ct);
        var (plan, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (plan is null)
        {
            return denied!;
        }

        if (plan.EditRefusal() is { } refusal)
        {
            return BackToPlan(planId, refusal);
        }

        form.PlanId = planId;
        await CheckAgainstStoredDataAsync(form, plan, ct);
        if (!ModelState.IsValid)
        {
            await FillAsync(form, plan, ct);
            return View(form);
        }

        var target = plan.AddTarget(form.ToTarget());
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã thêm mục tiêu \"{target.Title}\".");
        return next == "new"
            ? RedirectToAction(nameof(Create), new { planId, areaId = target.ContentAreaId })
            : RedirectToAction(nameof(PlansController.Details), "Plans", new { id = planId }, $"target-{target.Id}");
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var found = await db.PlanTargets.AsNoTracking().Include(t => t.UnitPlan!).ThenInclude(p => p.Unit)
            .SingleOrDefaultAsync(t => t.Id == id, ct);
        var (target, denied) = await this.UnitEntityAsync(
            authorization, found, e => e.UnitPlan!.UnitId, Policies.UnitWrite);
        if (target is null)
        {
            return denied!;
        }

        var plan = target.UnitPlan!;

        if (plan.EditRefusal() is { } refusal)
        {
            return BackToPlan(plan.Id, refusal);
        }

        var form = TargetForm.From(target);
        await FillAsync(form, plan, ct);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, TargetForm form, CancellationToken ct)
    {
        var target = await db.PlanTargets.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return NotFound();
        }

        var plan = await db.UnitPlans.Include(p => p.Unit).Include(p => p.Campaign).Include(p => p.Targets)
            .SingleAsync(p => p.Id == target.UnitPlanId, ct);
        if (!await this.MayAsync(authorization, plan.UnitId, Policies.UnitWrite))
        {
            return Forbid();
        }

        if (plan.EditRefusal() is { } refusal)
        {
            return BackToPlan(plan.Id, refusal);
        }

        form.Id = id;
        form.PlanId = plan.Id;
        await CheckAgainstStoredDataAsync(form, plan, ct);
        if (!ModelState.IsValid)
        {
            await FillAsync(form, plan, ct);
            return View(form);
        }

        var movedArea = target.ContentAreaId != form.ContentAreaId;
        form.ApplyTo(target);
        if (movedArea)
        {
            // A target moved to another content area goes to the end of that area.
            target.SortOrder = plan.Targets.Where(t => t != target && t.ContentAreaId == target.ContentAreaId)
                .Select(t => t.SortOrder).DefaultIfEmpty(0).Max() + 1;
        }

        db.Entry(target).Property(t => t.Version).OriginalValue = form.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var stored = await db.PlanTargets.AsNoTracking().Where(t => t.Id == id).Select(t => (int?)t.Version).SingleOrDefaultAsync(ct);
            if (stored is null)
            {
                return BackToPlan(plan.Id, "Mục tiêu này vừa bị người khác xóa nên không lưu được thay đổi.");
            }

            // Keep what the user typed, with the version now stored, so that saving again goes through.
            form.Version = stored.Value;
            ModelState.Remove(nameof(form.Version));
            ModelState.AddModelError(string.Empty, await PlanRules.ConcurrencyMessageAsync(db, "Mục tiêu", nameof(PlanTarget), id, ct));
            await FillAsync(form, plan, ct);
            return View(form);
        }

        TempData.SetSuccess($"Đã lưu mục tiêu \"{target.Title}\".");
        return RedirectToAction(nameof(PlansController.Details), "Plans", new { id = plan.Id }, $"target-{id}");
    }

    /// <summary>Moves a target one place up or down within its content area.</summary>
    [HttpPost]
    public async Task<IActionResult> Move(int id, string? direction, CancellationToken ct)
    {
        var step = direction switch
        {
            "up" => -1,
            "down" => 1,
            _ => 0,
        };
        var planId = await db.PlanTargets.AsNoTracking().Where(t => t.Id == id).Select(t => (int?)t.UnitPlanId).SingleOrDefaultAsync(ct);
        if (planId is null)
        {
            return NotFound();
        }

        var plan = await db.UnitPlans.Include(p => p.Targets).SingleAsync(p => p.Id == planId, ct);
        if (!await this.MayAsync(authorization, plan.UnitId, Policies.UnitWrite))
        {
            return Forbid();
        }

        if (step == 0)
        {
            return BadRequest();
        }

        try
        {
            plan.MoveTarget(plan.Targets.Single(t => t.Id == id), step);
        }
        catch (DomainException refused)
        {
            return BackToPlan(plan.Id, refused.Message);
        }

        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(PlansController.Details), "Plans", new { id = plan.Id }, $"target-{id}");
    }

    private RedirectToActionResult BackToPlan(int planId, string error)
    {
        TempData.SetError(error);
        return RedirectToAction(nameof(PlansController.Details), "Plans", new { id = planId });
    }
}
