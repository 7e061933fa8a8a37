using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Nominations;

/// <summary>
/// The head submits the unit's nominations under its Tờ trình (Submit); the unit's Tờ trình so far (Batches).
/// </summary>
[Route("Nominations/[action]")]
public sealed class NominationBatchesController(
    AppDbContext db,
    IAuthorizationService authorization,
    TimeProvider time) : Controller
{
    [HttpGet]
    [Authorize(Policy = Policies.SubmitForUnit)]
    public async Task<IActionResult> Submit(CancellationToken ct)
    {
        if (User.UnitId() is not { } unitId || !await this.MayAsync(authorization, unitId, Policies.UnitWrite))
        {
            return Forbid();
        }

        if (await db.ActiveCampaignAsync(ct) is not { } campaign)
        {
            return this.NoActiveCampaign();
        }

        var form = new SubmitForm { DocumentDate = VietnamTime.Today(time) };
        await FillSubmitAsync(form, campaign, unitId, ct);
        return View(form);
    }

    [HttpPost]
    [Authorize(Policy = Policies.SubmitForUnit)]
    public async Task<IActionResult> Submit(SubmitForm form, CancellationToken ct)
    {
        if (User.UnitId() is not { } unitId || !await this.MayAsync(authorization, unitId, Policies.UnitWrite))
        {
            return Forbid();
        }

        if (await db.ActiveCampaignAsync(ct) is not { } campaign)
        {
            return this.NoActiveCampaign();
        }

        if (!ModelState.IsValid)
        {
            await FillSubmitAsync(form, campaign, unitId, ct);
            return View(form);
        }

        // Only the unit's own nominations of the campaign are taken; other posted ids are ignored, never trusted.
        var ids = form.NominationIds.Distinct().ToList();
        var nominations = await db.Nominations.Include(n => n.AwardForm).Include(n => n.Attachments)
            .Where(n => ids.Contains(n.Id) && n.UnitId == unitId && n.CampaignId == campaign.Id)
            .ToListAsync(ct);
        var reopening = await db.LatestReopeningAsync(campaign.Id, unitId, ct);
        NominationBatch batch;
        try
        {
            batch = NominationBatch.Submit(campaign, unitId, form.DocumentNumber!, form.DocumentDate!.Value, nominations, reopening,
                User.ToActor(), time.GetUtcNow().UtcDateTime, VietnamTime.Today(time));
        }
        catch (DomainException refused)
        {
            // Shown on the page with everything typed kept, rather than the global filter's redirect.
            ModelState.AddModelError(string.Empty, refused.Message);
            await FillSubmitAsync(form, campaign, unitId, ct);
            return View(form);
        }

        db.NominationBatches.Add(batch);
        await db.AddAwardRecordsAsync(batch, ct);
        var toProvince = batch.Nominations.Count(n => n.Status == NominationStatus.Submitted);
        var unitDecided = batch.Nominations.Count(n => n.Status == NominationStatus.UnitDecided);
        if (toProvince > 0)
        {
            await NotifyNoiVuAsync(batch, toProvince, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Một số hồ sơ vừa được người khác thay đổi nên chưa trình được. Hãy xem lại danh sách và trình lần nữa.");
            await FillSubmitAsync(form, campaign, unitId, ct);
            return View(form);
        }

        var message = $"Đã trình {batch.Nominations.Count} hồ sơ theo Tờ trình số {batch.DocumentNumber} ngày {Vietnamese.Date(batch.DocumentDate)}.";
        if (unitDecided > 0)
        {
            message += $" {unitDecided} hồ sơ Giấy khen được ghi nhận là đơn vị đã khen thưởng.";
        }

        TempData.SetSuccess(message);
        return RedirectToAction(nameof(Batches));
    }

    [HttpGet]
    public async Task<IActionResult> Batches(CancellationToken ct)
    {
        if (User.UnitId() is not { } unitId || !Roles.UnitScoped.Any(User.IsInRole))
        {
            return User.IsInRole(Roles.NoiVu) ? Redirect("/NominationReview") : Forbid();
        }

        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct);
        var campaign = await db.ActiveCampaignAsync(ct);
        var campaignId = campaign?.Id ?? 0;
        var batches = await db.NominationBatches.AsNoTracking().Where(b => b.UnitId == unitId && b.CampaignId == campaignId)
            .OrderByDescending(b => b.SubmittedAtUtc).ThenByDescending(b => b.Id)
            .Select(b => new BatchRow(b.Id, b.DocumentNumber, b.DocumentDate, b.SubmittedByFullName, b.SubmittedAtUtc,
                b.Nominations.OrderBy(n => n.Id).Select(n => new BatchNomination(n.Id, n.NomineeName, n.AwardForm!.Name, n.Status)).ToList()))
            .ToListAsync(ct);
        return View(new BatchesViewModel(unitName, campaign?.Title, batches));
    }

    private async Task FillSubmitAsync(SubmitForm form, Campaign campaign, int unitId, CancellationToken ct)
    {
        form.UnitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct);
        form.Deadline = await db.DeadlineAsync(campaign, unitId, VietnamTime.Today(time), ct);
        var candidates = await db.Nominations.AsNoTracking().Include(n => n.AwardForm).Include(n => n.Attachments)
            .Where(n => n.UnitId == unitId && n.CampaignId == campaign.Id
                && (n.Status == NominationStatus.Draft || n.Status == NominationStatus.Returned))
            .OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id)
            .AsSplitQuery()
            .ToListAsync(ct);
        form.Candidates = candidates
            .Select(n => new SubmitCandidate(n.Id, n.NomineeName, n.NomineeKind, n.AwardForm!.Name, n.Status, n.SubmissionProblems(n.AwardForm)))
            .ToList();
    }

    /// <summary>A bell notification for Sở Nội vụ's active users: new dossiers wait in the review queue.</summary>
    private async Task NotifyNoiVuAsync(NominationBatch batch, int count, CancellationToken ct)
    {
        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == batch.UnitId).Select(u => u.Name).SingleAsync(ct);
        var userIds = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                join user in db.Users on userRole.UserId equals user.Id
                where role.Name == Roles.NoiVu && user.IsActive
                select user.Id)
            .ToListAsync(ct);
        UnitNotifications.AddForUsers(db, userIds, NotificationKind.Nomination,
            $"{unitName} trình {count} hồ sơ đề nghị khen thưởng",
            $"Tờ trình số {batch.DocumentNumber} ngày {Vietnamese.Date(batch.DocumentDate)}.",
            "/NominationReview", time.GetUtcNow().UtcDateTime);
    }
}
