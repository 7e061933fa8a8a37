using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Features.Plans;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Nominations;

/// <summary>
/// Drafting a dossier: its unit's users create it and edit it while it is a draft or was returned.
/// </summary>
[Route("Nominations/[action]")]
public sealed class NominationDraftsController(
    AppDbContext db,
    IAuthorizationService authorization,
    TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        if (User.UnitId() is not { } unitId || !await this.MayAsync(authorization, unitId, Policies.UnitWrite))
        {
            return Forbid();
        }

        if (await db.ActiveCampaignAsync(ct) is not { } campaign)
        {
            return this.NoActiveCampaign();
        }

        var form = new NominationForm();
        await FillAsync(form, campaign.Id, unitId, ct);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Create(NominationForm form, CancellationToken ct)
    {
        if (User.UnitId() is not { } unitId || !await this.MayAsync(authorization, unitId, Policies.UnitWrite))
        {
            return Forbid();
        }

        if (await db.ActiveCampaignAsync(ct) is not { } campaign)
        {
            return this.NoActiveCampaign();
        }

        form.ReviewYear = await ReviewYearAsync(campaign.Id, ct);
        var awardForm = await CheckAgainstStoredDataAsync(form, ct);
        if (!ModelState.IsValid || awardForm is null)
        {
            await FillAsync(form, campaign.Id, unitId, ct);
            return View(form);
        }

        var nomination = Nomination.Draft(campaign.Id, unitId, awardForm, form.NomineeKind!.Value, form.NomineeName!.Trim(),
            form.AchievementSummary!.Trim(), form.TaskRating!.Value, User.ToActor(), time.GetUtcNow().UtcDateTime);
        form.ApplyDetailsTo(nomination);
        nomination.LinkTargets(await OwnTargetIdsAsync(form.TargetIds, campaign.Id, unitId, ct));
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã lập hồ sơ đề nghị khen thưởng \"{nomination.NomineeName}\". Hãy đính kèm các tài liệu bắt buộc trước khi trình.");
        return RedirectToAction(nameof(NominationsController.Details), "Nominations", new { id = nomination.Id });
    }

    [HttpGet("{id?}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var found = await db.Nominations.AsNoTracking().Include(n => n.Targets).Include(n => n.PriorRatings)
            .SingleOrDefaultAsync(n => n.Id == id, ct);
        var (nomination, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (nomination is null)
        {
            return denied!;
        }

        if (nomination.EditRefusal() is { } refusal)
        {
            return this.BackToDossier(id, refusal);
        }

        var form = NominationForm.From(nomination);
        await FillAsync(form, nomination.CampaignId, nomination.UnitId, ct);
        return View(form);
    }

    [HttpPost("{id?}")]
    public async Task<IActionResult> Edit(int id, NominationForm form, CancellationToken ct)
    {
        var found = await db.Nominations.Include(n => n.Targets).Include(n => n.AwardForm).Include(n => n.PriorRatings)
            .SingleOrDefaultAsync(n => n.Id == id, ct);
        var (nomination, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (nomination is null)
        {
            return denied!;
        }

        if (nomination.EditRefusal() is { } refusal)
        {
            return this.BackToDossier(id, refusal);
        }

        form.Id = id;
        form.ReviewComment = nomination.Status == NominationStatus.Returned ? nomination.ReviewComment : null;
        form.ReviewYear = await ReviewYearAsync(nomination.CampaignId, ct);
        var awardForm = await CheckAgainstStoredDataAsync(form, ct);
        if (!ModelState.IsValid || awardForm is null)
        {
            await FillAsync(form, nomination.CampaignId, nomination.UnitId, ct);
            return View(form);
        }

        nomination.NomineeKind = form.NomineeKind!.Value;
        if (nomination.AwardFormId != awardForm.Id)
        {
            nomination.ChangeAwardForm(awardForm);
        }

        form.ApplyDetailsTo(nomination);
        nomination.LinkTargets(await OwnTargetIdsAsync(form.TargetIds, nomination.CampaignId, nomination.UnitId, ct));

        // The version the user loaded: a save by someone else since then refuses this one. Marked modified so that a
        // change of the evidence alone is checked too and moves the version on.
        var version = db.Entry(nomination).Property(n => n.Version);
        version.OriginalValue = form.Version;
        version.IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            form.Version = await db.Nominations.AsNoTracking().Where(n => n.Id == id).Select(n => n.Version).SingleAsync(ct);
            ModelState.Remove(nameof(form.Version));
            ModelState.AddModelError(string.Empty, await PlanRules.ConcurrencyMessageAsync(db, "Hồ sơ", nameof(Nomination), id, ct));
            await FillAsync(form, nomination.CampaignId, nomination.UnitId, ct);
            return View(form);
        }

        TempData.SetSuccess($"Đã lưu hồ sơ \"{nomination.NomineeName}\".");
        return RedirectToAction(nameof(NominationsController.Details), "Nominations", new { id });
    }

    /// <summary>
    /// The rules that need stored data: the award form exists, is in use, takes this kind of nominee and accepts the
    /// rating (the same rules that block submission, told at once). Returns the tracked award form when it exists.
    /// </summary>
    private async Task<AwardForm?> CheckAgainstStoredDataAsync(NominationForm form, CancellationToken ct)
    {
        if (form.AwardFormId is not { } awardFormId)
        {
            return null;
        }

        var awardForm = await db.AwardForms.SingleOrDefaultAsync(a => a.Id == awardFormId, ct);
        if (awardForm is not { IsActive: true })
        {
            ModelState.AddModelError(nameof(form.AwardFormId), "Hình thức khen thưởng đã chọn không còn áp dụng; hãy chọn hình thức khác.");
            return awardForm;
        }

        if (form.NomineeKind is { } kind && Enum.IsDefined(kind)
            && !awardForm.NomineeKinds.HasFlag(kind == NomineeKind.Collective ? NomineeKinds.Collective : NomineeKinds.Individual))
        {
            ModelState.AddModelError(nameof(form.NomineeKind), $"Hình thức \"{awardForm.Name}\" không áp dụng cho {kind.DisplayName().ToLowerInvariant()}.");
        }

        if (form.TaskRating is { } rating && Enum.IsDefined(rating) && rating < awardForm.MinimumTaskRating)
        {
            ModelState.AddModelError(nameof(form.TaskRating),
                $"Mức xếp loại \"{rating.DisplayName()}\" chưa đạt yêu cầu của {awardForm.Name}: cần \"{awardForm.MinimumTaskRating.DisplayName()}\" trở lên.");
        }

        return awardForm;
    }

    /// <summary>Of the posted target ids, only the unit's own targets in the campaign: posted ids are never trusted.</summary>
    private Task<List<int>> OwnTargetIdsAsync(List<int> posted, int campaignId, int unitId, CancellationToken ct)
    {
        var ids = posted.Distinct().ToList();
        return db.PlanTargets.AsNoTracking()
            .Where(t => ids.Contains(t.Id) && t.UnitPlan!.UnitId == unitId && t.UnitPlan.CampaignId == campaignId)
            .Select(t => t.Id).ToListAsync(ct);
    }

    private async Task FillAsync(NominationForm form, int campaignId, int unitId, CancellationToken ct)
    {
        form.ReviewYear = await ReviewYearAsync(campaignId, ct);
        form.UnitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct);
        form.AwardForms = await db.ActiveAwardFormsAsync(ct);
        form.Targets = await db.EvidenceTargetsAsync(campaignId, unitId, VietnamTime.Today(time), null, ct);
    }

    private Task<int> ReviewYearAsync(int campaignId, CancellationToken ct) =>
        db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.StartDate.Year).SingleAsync(ct);
}
