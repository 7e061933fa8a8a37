using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.AwardDecisions;

/// <summary>
/// Recording a Quyết định khen thưởng (Bằng khen CT UBND tỉnh) or the province's Tờ trình (Bằng khen TTg): Sở Nội vụ
/// only. The covered nominations become Decided (and enter the sổ khen thưởng) or Forwarded and their units' users
/// are notified, in one save.
/// </summary>
public sealed partial class AwardDecisionsController
{
    [HttpGet]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Create(string? form, CancellationToken ct)
    {
        var awardForm = await ProvinceFormAsync(form, ct);
        if (awardForm is null)
        {
            return NotFound();
        }

        var campaign = await db.ActiveCampaignAsync(ct);
        if (campaign is null)
        {
            TempData.SetError("Hiện không có phong trào thi đua nào đang triển khai.");
            return RedirectToAction(nameof(Index));
        }

        var model = new AwardDecisionForm { FormCode = awardForm.Code, Date = VietnamTime.Today(time) };
        return View(await FillAsync(model, awardForm, campaign, tickAll: true, ct));
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Create(AwardDecisionForm input, CancellationToken ct)
    {
        var awardForm = await ProvinceFormAsync(input.FormCode, ct);
        if (awardForm is null)
        {
            return NotFound();
        }

        var campaign = await db.ActiveCampaignAsync(ct);
        if (campaign is null)
        {
            TempData.SetError("Hiện không có phong trào thi đua nào đang triển khai.");
            return RedirectToAction(nameof(Index));
        }

        List<Nomination> covered = [];
        if (ModelState.IsValid)
        {
            var number = input.Number!.Trim();
            if (await db.AwardDecisions.AnyAsync(d => d.CampaignId == campaign.Id && d.Number == number, ct))
            {
                ModelState.AddModelError(nameof(input.Number), $"Văn bản số {number} đã được ghi nhận trong phong trào này.");
            }

            // Only what is really waiting: passed nominations of this form and campaign; other ids posted are ignored.
            var ids = input.NominationIds.Distinct().ToList();
            covered = await db.Nominations
                .Where(n => ids.Contains(n.Id) && n.Status == NominationStatus.Passed && n.AwardFormId == awardForm.Id && n.CampaignId == campaign.Id)
                .OrderBy(n => n.Id)
                .ToListAsync(ct);
            if (covered.Count == 0)
            {
                ModelState.AddModelError(nameof(input.NominationIds), "Các hồ sơ đã chọn không còn chờ văn bản này. Hãy chọn hồ sơ trong danh sách.");
            }
        }

        if (!ModelState.IsValid)
        {
            return View(await FillAsync(input, awardForm, campaign, tickAll: false, ct));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var decision = AwardDecision.Record(awardForm, input.Number!, input.Date!.Value, input.SignerName!, input.SignerTitle!, covered, User.ToActor(), now);
        db.AwardDecisions.Add(decision);
        await db.AddAwardRecordsAsync(decision, covered, ct);
        await NotifyUnitsAsync(decision, covered, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.SetError("Một số hồ sơ vừa được cập nhật ở nơi khác (có thể đã vào văn bản khác). Hãy kiểm tra lại danh sách rồi ghi nhận lại.");
            return RedirectToAction(nameof(Create), new { form = awardForm.Code });
        }

        var what = decision.Kind == AwardDecisionKind.Decision ? "quyết định khen thưởng" : "tờ trình đề nghị Thủ tướng Chính phủ";
        TempData.SetSuccess($"Đã ghi nhận {what} số {decision.Number} cho {covered.Count:N0} hồ sơ và gửi thông báo đến các đơn vị.");
        return RedirectToAction(nameof(Details), new { id = decision.Id });
    }

    /// <summary>One notification per covered nomination for every active user of its proposing unit; saved with the decision.</summary>
    private async Task NotifyUnitsAsync(AwardDecision decision, IReadOnlyCollection<Nomination> covered, DateTime nowUtc, CancellationToken ct)
    {
        var unitIds = covered.Select(n => n.UnitId).Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.UnitId.HasValue && unitIds.Contains(u.UnitId.Value))
            .Select(u => new { u.Id, UnitId = u.UnitId!.Value })
            .ToListAsync(ct);
        var decided = decision.Kind == AwardDecisionKind.Decision;
        var title = decided ? "Hồ sơ khen thưởng của đơn vị đã có quyết định" : "Hồ sơ khen thưởng của đơn vị đã được trình Thủ tướng Chính phủ";
        foreach (var nomination in covered)
        {
            var body = decided
                ? $"{nomination.NomineeName}: được tặng {decision.AwardForm!.Name} theo Quyết định số {decision.Number} ngày {Vietnamese.Date(decision.Date)}."
                : $"{nomination.NomineeName}: UBND tỉnh đã có Tờ trình số {decision.Number} ngày {Vietnamese.Date(decision.Date)} đề nghị Thủ tướng Chính phủ tặng Bằng khen.";
            UnitNotifications.AddForUsers(
                db, users.Where(u => u.UnitId == nomination.UnitId).Select(u => u.Id), NotificationKind.Nomination, title, body,
                $"/Nominations/Details/{nomination.Id}", nowUtc);
        }
    }

    /// <summary>Lists the passed nominations waiting for the form's document: all ticked on first display, then as posted.</summary>
    private async Task<AwardDecisionForm> FillAsync(AwardDecisionForm model, AwardForm awardForm, Campaign campaign, bool tickAll, CancellationToken ct)
    {
        var rows = await db.Nominations.AsNoTracking()
            .Where(n => n.CampaignId == campaign.Id && n.AwardFormId == awardForm.Id && n.Status == NominationStatus.Passed)
            .OrderBy(n => n.NomineeKind).ThenBy(n => n.UnitId).ThenBy(n => n.NomineeSearchName).ThenBy(n => n.Id)
            .Select(n => new
            {
                n.Id, n.NomineeKind, n.NomineeName, n.NomineePosition, n.NomineeWorkplace, UnitName = n.Unit!.Name,
                Result = db.AgendaItems.Where(a => a.NominationId == n.Id && a.Passed == true).OrderByDescending(a => a.Id)
                    .Select(a => new { a.AgreeCount, a.PresentCount }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var ticked = model.NominationIds.ToHashSet();
        model.Candidates = rows
            .Select(n => new CandidateNomination(n.Id, n.NomineeKind, n.NomineeName, n.NomineePosition, n.NomineeWorkplace, n.UnitName,
                n.Result?.AgreeCount, n.Result?.PresentCount, tickAll || ticked.Contains(n.Id)))
            .ToList();
        model.NominationIds = model.Candidates.Where(c => c.Selected).Select(c => c.Id).ToList();
        model.FormCode = awardForm.Code;
        model.AwardFormName = awardForm.Name;
        model.Kind = AwardDecision.KindFor(awardForm);
        model.CampaignTitle = campaign.Title;
        return model;
    }

    /// <summary>The award form by code, when the province decides it or forwards it (not Giấy khen, which units decide).</summary>
    private Task<AwardForm?> ProvinceFormAsync(string? code, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(code)
            ? Task.FromResult<AwardForm?>(null)
            : db.AwardForms.FirstOrDefaultAsync(f => f.Code == code && f.DecisionLevel != DecisionLevel.Unit, ct);
}
