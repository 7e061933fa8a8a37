using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Features.Units;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Plans;

/// <summary>
/// Kế hoạch triển khai của đơn vị: the unit's own plan (Mine, Start), every unit's plan for province-wide readers
/// (Index), one plan with its targets and progress (Details); editing and the workflow are in PlansController.Workflow.
/// </summary>
public sealed partial class PlansController(AppDbContext db, IAuthorizationService authorization, TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Mine(CancellationToken ct)
    {
        if (User.UnitId() is not { } unitId || !Roles.UnitScoped.Any(User.IsInRole))
        {
            return Policies.ProvinceWideRoles.Any(User.IsInRole) ? RedirectToAction(nameof(Index)) : Forbid();
        }

        var campaign = await db.ActiveCampaignAsync(ct);
        if (campaign is not null)
        {
            var planId = await db.UnitPlans.AsNoTracking().Where(p => p.CampaignId == campaign.Id && p.UnitId == unitId)
                .Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
            if (planId is { } id)
            {
                return RedirectToAction(nameof(Details), new { id });
            }
        }

        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct);
        var canStart = campaign is not null && await this.MayAsync(authorization, unitId, Policies.UnitWrite);
        return View(new MinePlanViewModel(unitName, campaign?.Id, campaign?.Title, campaign?.PlanDeadline, canStart));
    }

    /// <summary>Creates the unit's plan for the active campaign; a unit has one plan per campaign.</summary>
    [HttpPost]
    public async Task<IActionResult> Start(CancellationToken ct)
    {
        if (User.UnitId() is not { } unitId || !await this.MayAsync(authorization, unitId, Policies.UnitWrite))
        {
            return Forbid();
        }

        var campaign = await db.ActiveCampaignAsync(ct);
        if (campaign is null)
        {
            TempData.SetError("Hiện chưa có phong trào thi đua nào đang triển khai nên chưa thể lập kế hoạch.");
            return RedirectToAction(nameof(Mine));
        }

        var existing = await db.UnitPlans.AsNoTracking().Where(p => p.CampaignId == campaign.Id && p.UnitId == unitId)
            .Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (existing is { } existingId)
        {
            TempData.SetError("Đơn vị đã có kế hoạch triển khai cho phong trào này; mỗi đơn vị chỉ lập một kế hoạch.");
            return RedirectToAction(nameof(Details), new { id = existingId });
        }

        var plan = UnitPlan.Start(campaign.Id, unitId, User.ToActor(), time.GetUtcNow().UtcDateTime);
        db.UnitPlans.Add(plan);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two clicks at once: the unique index (campaign, unit) kept the first plan.
            TempData.SetError("Đơn vị đã có kế hoạch triển khai cho phong trào này; mỗi đơn vị chỉ lập một kế hoạch.");
            return RedirectToAction(nameof(Mine));
        }

        TempData.SetSuccess("Đã lập kế hoạch dự thảo. Hãy nhập số, ngày văn bản và thêm các mục tiêu, chỉ tiêu theo từng nội dung thi đua.");
        return RedirectToAction(nameof(Details), new { id = plan.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Index(string? q, PlanStatus? status, UnitKind? kind, int? group, int? campaign, int? page = null, CancellationToken ct = default)
    {
        if (!Policies.ProvinceWideRoles.Any(User.IsInRole))
        {
            return Roles.UnitScoped.Any(User.IsInRole) ? RedirectToAction(nameof(Mine)) : Forbid();
        }

        var campaigns = await db.Campaigns.AsNoTracking()
            .OrderBy(c => c.Status == CampaignStatus.Active ? 0 : 1).ThenByDescending(c => c.StartDate)
            .Select(c => new { c.Id, c.Code, c.Title }).ToListAsync(ct);
        var chosen = campaigns.FirstOrDefault(c => c.Id == campaign) ?? campaigns.FirstOrDefault();
        var campaignId = chosen?.Id ?? 0;
        var plans = db.UnitPlans.AsNoTracking().Where(p => p.CampaignId == campaignId);
        var submitted = await plans.CountAsync(p => p.Status == PlanStatus.Submitted, ct);
        if (status is { } s)
        {
            plans = plans.Where(p => p.Status == s);
        }

        if (kind is { } k)
        {
            plans = plans.Where(p => p.Unit!.Kind == k);
        }

        if (group is { } g)
        {
            plans = plans.Where(p => p.Unit!.EmulationGroupId == g);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var folded = TextFolding.Fold(q);
            plans = plans.Where(p => p.Unit!.SearchName.Contains(folded));
        }

        // The review queue shows the longest-waiting plan first; otherwise units in their usual order.
        plans = status == PlanStatus.Submitted
            ? plans.OrderBy(p => p.Transitions.Max(t => t.AtUtc)).ThenBy(p => p.Id)
            : plans.OrderBy(p => p.Unit!.Kind).ThenBy(p => p.Unit!.SearchName);
        var results = await plans
            .Select(p => new PlanRow(p.Id, p.Unit!.Name, p.Unit.Kind, p.Unit.EmulationGroup!.Name, p.Status, p.Targets.Count, p.Transitions.Max(t => (DateTime?)t.AtUtc)))
            .ToPageAsync(page, cancellationToken: ct);
        return View(new PlanIndexViewModel
        {
            Q = q,
            Status = status,
            Kind = kind,
            Group = group,
            CampaignId = chosen?.Id,
            CampaignTitle = chosen?.Title,
            SubmittedCount = submitted,
            ShowReviewTab = User.IsInRole(Roles.NoiVu),
            Results = results,
            GroupOptions = await UnitLookups.GroupOptionsAsync(db, group, ct),
            CampaignOptions = campaigns
                .Select(c => new SelectListItem($"{c.Code} – {c.Title}", c.Id.ToString(CultureInfo.InvariantCulture), c.Id == chosen?.Id))
                .ToList(),
        });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var (plan, denied) = await this.UnitEntityAsync(
            authorization, await PlanDetailsQuery.HeaderAsync(db, id, ct), p => p.UnitId, Policies.UnitRead);
        if (plan is null)
        {
            return denied!;
        }

        var can = new PlanPermissions(
            await this.MayAsync(authorization, plan.UnitId, Policies.UnitWrite),
            await this.MayAsync(authorization, null, Policies.SubmitForUnit),
            await this.MayAsync(authorization, null, Policies.ReviewPlans));
        return View(await PlanDetailsQuery.LoadAsync(db, plan, VietnamTime.Today(time), can, ct));
    }

    private RedirectToActionResult BackToDetails(int id, string error)
    {
        TempData.SetError(error);
        return RedirectToAction(nameof(Details), new { id });
    }
}
