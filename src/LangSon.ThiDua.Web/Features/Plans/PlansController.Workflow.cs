using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Plans;

/// <summary>Editing the plan's header, and its workflow: the head submits, Sở Nội vụ accepts or returns.</summary>
public sealed partial class PlansController
{
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var found = await db.UnitPlans.AsNoTracking().Include(p => p.Unit).SingleOrDefaultAsync(p => p.Id == id, ct);
        var (plan, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (plan is null)
        {
            return denied!;
        }

        return plan.EditRefusal() is { } refusal
            ? BackToDetails(id, refusal)
            : View(PlanEditForm.From(plan, plan.Unit!.Name));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, PlanEditForm form, CancellationToken ct)
    {
        var found = await db.UnitPlans.Include(p => p.Unit).SingleOrDefaultAsync(p => p.Id == id, ct);
        var (plan, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (plan is null)
        {
            return denied!;
        }

        if (plan.EditRefusal() is { } refusal)
        {
            return BackToDetails(id, refusal);
        }

        form.Id = id;
        form.UnitName = plan.Unit!.Name;
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        form.ApplyTo(plan);
        db.Entry(plan).Property(p => p.Version).OriginalValue = form.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Keep what the user typed, with the version now stored, so that saving again goes through.
            form.Version = await db.UnitPlans.AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).SingleAsync(ct);
            ModelState.Remove(nameof(form.Version));
            ModelState.AddModelError(string.Empty, await PlanRules.ConcurrencyMessageAsync(db, "Kế hoạch", nameof(UnitPlan), id, ct));
            return View(form);
        }

        TempData.SetSuccess("Đã lưu thông tin kế hoạch.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.SubmitForUnit)]
    public async Task<IActionResult> Submit(int id, CancellationToken ct)
    {
        var unitId = await db.UnitPlans.AsNoTracking().Where(p => p.Id == id).Select(p => (int?)p.UnitId)
            .SingleOrDefaultAsync(ct);
        if (unitId is null)
        {
            return NotFound();
        }

        if (!await this.MayAsync(authorization, unitId.Value, Policies.UnitWrite))
        {
            return Forbid();
        }

        var model = await PlanDetailsQuery.LoadAsync(db, id, VietnamTime.Today(time), new PlanPermissions(true, true, false), ct);
        if (model is null)
        {
            return NotFound();
        }

        return model.CanSubmit
            ? View(model)
            : BackToDetails(id, $"Kế hoạch đang ở trạng thái \"{model.Status.DisplayName()}\" nên không thể trình.");
    }

    [HttpPost]
    [Authorize(Policy = Policies.SubmitForUnit)]
    [ActionName(nameof(Submit))]
    public async Task<IActionResult> SubmitConfirmed(int id, CancellationToken ct)
    {
        var found = await db.UnitPlans.Include(p => p.Targets).Include(p => p.Unit)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        var (plan, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (plan is null)
        {
            return denied!;
        }

        var (resubmitted, amended) = (plan.Status == PlanStatus.Returned, plan.Status == PlanStatus.Amending);
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            plan.Submit(User.ToActor(), now);
        }
        catch (DomainException refused)
        {
            return BackToDetails(id, refused.Message);
        }

        // Sở Nội vụ's reviewers learn that a plan waits for them; saved with the transition, or not at all.
        await UnitNotifications.AddForRoleAsync(
            db, Roles.NoiVu, NotificationKind.PlanSubmission,
            amended
                ? $"{plan.Unit!.Name} trình kế hoạch triển khai đã điều chỉnh, chờ duyệt"
                : $"{plan.Unit!.Name} {(resubmitted ? "trình lại" : "trình")} kế hoạch triển khai, chờ duyệt",
            $"Kế hoạch số {plan.DocumentNumber ?? "(chưa ghi số)"}, {plan.Targets.Count} mục tiêu, chỉ tiêu.",
            $"/Plans/Review/{id}", now, ct);
        if (!await TrySaveTransitionAsync(ct))
        {
            return BackToDetails(id, ChangedMeanwhile);
        }

        TempData.SetSuccess("Đã trình kế hoạch đến Sở Nội vụ. Kế hoạch không sửa được nữa cho đến khi Sở Nội vụ trả lại.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.ReviewPlans)]
    public async Task<IActionResult> Review(int id, CancellationToken ct)
    {
        var model = await PlanDetailsQuery.LoadAsync(db, id, VietnamTime.Today(time), new PlanPermissions(false, false, true), ct);
        if (model is null)
        {
            return NotFound();
        }

        return model.CanReview
            ? View(new PlanReviewForm { Plan = model })
            : BackToDetails(id, NotWaitingMessage(model.Status));
    }

    [HttpPost]
    [Authorize(Policy = Policies.ReviewPlans)]
    public async Task<IActionResult> Review(int id, PlanReviewForm form, CancellationToken ct)
    {
        var plan = await db.UnitPlans.Include(p => p.Unit).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return NotFound();
        }

        if (plan.Status != PlanStatus.Submitted)
        {
            return BackToDetails(id, NotWaitingMessage(plan.Status));
        }

        if (!ModelState.IsValid)
        {
            form.Plan = await PlanDetailsQuery.LoadAsync(db, id, VietnamTime.Today(time), new PlanPermissions(false, false, true), ct);
            return View(form);
        }

        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            if (form.Decision == ReviewDecision.Return)
            {
                plan.Return(User.ToActor(), now, form.Comment ?? string.Empty);
            }
            else
            {
                plan.Accept(User.ToActor(), now, form.Comment);
            }
        }
        catch (DomainException refused)
        {
            return BackToDetails(id, refused.Message);
        }

        // The unit's users learn the outcome in the notification centre; saved with the transition, or not at all.
        await UnitNotifications.AddForUnitAsync(
            db, plan.UnitId, NotificationKind.PlanReview,
            form.Decision == ReviewDecision.Return ? "Kế hoạch của đơn vị bị trả lại để chỉnh sửa" : "Kế hoạch của đơn vị đã được chấp thuận",
            string.IsNullOrWhiteSpace(form.Comment) ? null : $"Ý kiến của Sở Nội vụ: {form.Comment.Trim()}", $"/Plans/Details/{id}", now, ct);
        if (!await TrySaveTransitionAsync(ct))
        {
            return BackToDetails(id, ChangedMeanwhile);
        }

        TempData.SetSuccess(form.Decision == ReviewDecision.Return
            ? $"Đã trả lại kế hoạch của {plan.Unit!.Name} kèm ý kiến để đơn vị chỉnh sửa."
            : $"Đã chấp thuận kế hoạch của {plan.Unit!.Name}. Đơn vị báo cáo tiến độ thực hiện theo kế hoạch này.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private const string ChangedMeanwhile = "Kế hoạch vừa được người khác thay đổi (trình, duyệt hoặc sửa) nên thao tác của bạn chưa được thực hiện. Hãy xem lại kế hoạch.";

    /// <summary>Two transitions of the same plan at once (two reviewers, say): the plan's version lets only the first through.</summary>
    private async Task<bool> TrySaveTransitionAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private static string NotWaitingMessage(PlanStatus status) =>
        $"Kế hoạch đang ở trạng thái \"{status.DisplayName()}\", không phải kế hoạch chờ duyệt.";
}
