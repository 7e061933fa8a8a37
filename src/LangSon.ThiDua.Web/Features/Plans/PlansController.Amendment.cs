using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Plans;

/// <summary>
/// Amending an accepted plan: the unit head asks with a reason (RequestAmendment), Sở Nội vụ reopens it or refuses
/// (Amendment); the accepted versions stay readable (Version). The reopened plan is edited and submitted as usual.
/// </summary>
public sealed partial class PlansController
{
    [HttpGet]
    [Authorize(Policy = Policies.SubmitForUnit)]
    public async Task<IActionResult> RequestAmendment(int id, CancellationToken ct)
    {
        var found = await db.UnitPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        var (plan, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (plan is null)
        {
            return denied!;
        }

        return plan.AmendmentRequestRefusal() is { } refusal
            ? BackToDetails(id, refusal)
            : View(new AmendmentRequestForm { Plan = await LoadForUnitAsync(id, ct) });
    }

    [HttpPost]
    [Authorize(Policy = Policies.SubmitForUnit)]
    public async Task<IActionResult> RequestAmendment(int id, AmendmentRequestForm form, CancellationToken ct)
    {
        var found = await db.UnitPlans.Include(p => p.Unit).SingleOrDefaultAsync(p => p.Id == id, ct);
        var (plan, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (plan is null)
        {
            return denied!;
        }

        if (plan.AmendmentRequestRefusal() is { } refusal)
        {
            return BackToDetails(id, refusal);
        }

        if (!ModelState.IsValid)
        {
            form.Plan = await LoadForUnitAsync(id, ct);
            return View(form);
        }

        var now = time.GetUtcNow().UtcDateTime;
        plan.RequestAmendment(User.ToActor(), now, form.Reason!);
        await UnitNotifications.AddPlanAmendmentRequestAsync(db, id, plan.Unit!.Name, form.Reason!, now, ct);
        if (!await TrySaveTransitionAsync(ct))
        {
            return BackToDetails(id, ChangedMeanwhile);
        }

        TempData.SetSuccess("Đã gửi đề nghị điều chỉnh kế hoạch đến Sở Nội vụ. Kế hoạch vẫn có hiệu lực và đơn vị "
            + "vẫn báo cáo tiến độ trong khi chờ ý kiến.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.ReviewPlans)]
    public async Task<IActionResult> Amendment(int id, CancellationToken ct)
    {
        var model = await LoadForReviewerAsync(id, ct);
        if (model is null)
        {
            return NotFound();
        }

        return model.CanDecideAmendment
            ? View(new AmendmentDecisionForm { Plan = model })
            : BackToDetails(id, NoRequestMessage(model.Status));
    }

    [HttpPost]
    [Authorize(Policy = Policies.ReviewPlans)]
    public async Task<IActionResult> Amendment(int id, AmendmentDecisionForm form, CancellationToken ct)
    {
        var plan = await db.UnitPlans.Include(p => p.Unit).Include(p => p.Targets).Include(p => p.Transitions)
            .Include(p => p.Versions).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return NotFound();
        }

        if (plan.AmendmentDecisionRefusal() is { } refusal)
        {
            return BackToDetails(id, refusal);
        }

        if (!ModelState.IsValid)
        {
            form.Plan = await LoadForReviewerAsync(id, ct);
            return View(form);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var approve = form.Decision == AmendmentDecision.Approve;
        if (approve)
        {
            plan.ApproveAmendment(User.ToActor(), now, form.Comment);
        }
        else
        {
            plan.RefuseAmendment(User.ToActor(), now, form.Comment ?? string.Empty);
        }

        await UnitNotifications.AddForUnitAsync(
            db, plan.UnitId, NotificationKind.PlanAmendment,
            approve
                ? "Sở Nội vụ đồng ý cho điều chỉnh kế hoạch của đơn vị"
                : "Sở Nội vụ không đồng ý điều chỉnh kế hoạch của đơn vị",
            string.IsNullOrWhiteSpace(form.Comment) ? null : $"Ý kiến của Sở Nội vụ: {form.Comment.Trim()}",
            $"/Plans/Details/{id}", now, ct);
        if (!await TrySaveTransitionAsync(ct))
        {
            return BackToDetails(id, ChangedMeanwhile);
        }

        TempData.SetSuccess(approve
            ? $"Đã mở lại kế hoạch của {plan.Unit!.Name} để điều chỉnh; phiên bản đã chấp thuận được lưu trong lịch sử."
            : $"Đã trả lời không đồng ý điều chỉnh kế hoạch của {plan.Unit!.Name}; kế hoạch giữ nguyên.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>An accepted version kept when the plan was reopened, read by whoever may read the plan.</summary>
    [HttpGet]
    public async Task<IActionResult> Version(int id, int number, CancellationToken ct)
    {
        var unitId = await db.UnitPlans.AsNoTracking().Where(p => p.Id == id).Select(p => (int?)p.UnitId)
            .SingleOrDefaultAsync(ct);
        if (unitId is null)
        {
            return NotFound();
        }

        if (!await this.MayAsync(authorization, unitId.Value, Policies.UnitRead))
        {
            return Forbid();
        }

        var model = await PlanAmendmentQuery.VersionAsync(db, id, number, ct);
        return model is null ? NotFound() : View(model);
    }

    private Task<PlanDetailsViewModel?> LoadForUnitAsync(int id, CancellationToken ct) =>
        PlanDetailsQuery.LoadAsync(db, id, VietnamTime.Today(time), new PlanPermissions(true, true, false), ct);

    private Task<PlanDetailsViewModel?> LoadForReviewerAsync(int id, CancellationToken ct) =>
        PlanDetailsQuery.LoadAsync(db, id, VietnamTime.Today(time), new PlanPermissions(false, false, true), ct);

    private static string NoRequestMessage(PlanStatus status) =>
        "Kế hoạch không có đề nghị điều chỉnh nào đang chờ xem xét; kế hoạch đang ở trạng thái "
        + $"\"{status.DisplayName()}\".";
}
