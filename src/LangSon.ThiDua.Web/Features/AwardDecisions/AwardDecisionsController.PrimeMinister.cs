using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.AwardDecisions;

/// <summary>
/// After the province's Tờ trình, Sở Nội vụ records the Prime Minister's decision: its number, date and signer, and who
/// of the Tờ trình's nominees was awarded. The others become "not awarded"; every unit concerned is notified.
/// </summary>
public sealed partial class AwardDecisionsController
{
    [HttpGet]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> PrimeMinister(int id, CancellationToken ct)
    {
        var forwarding = await ForwardingAsync(id, ct);
        if (forwarding is null)
        {
            return NotFound();
        }

        var form = new PrimeMinisterDecisionForm { Date = VietnamTime.Today(time) };
        return await PrimeMinisterPageAsync(forwarding, form, tickAll: true, ct);
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> PrimeMinister(int id, PrimeMinisterDecisionForm input, CancellationToken ct)
    {
        var forwarding = await ForwardingAsync(id, ct);
        if (forwarding is null)
        {
            return NotFound();
        }

        var waiting = await db.Nominations
            .Where(n => n.AwardDecisionId == id && n.Status == NominationStatus.Forwarded)
            .OrderBy(n => n.Id).ToListAsync(ct);
        if (ModelState.IsValid && await db.AwardDecisions.AnyAsync(
            d => d.CampaignId == forwarding.CampaignId && d.Number == input.Number!.Trim(), ct))
        {
            ModelState.AddModelError(nameof(input.Number),
                $"Văn bản số {input.Number!.Trim()} đã được ghi nhận trong phong trào này.");
        }

        if (!ModelState.IsValid)
        {
            return await PrimeMinisterPageAsync(forwarding, input, tickAll: false, ct);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var awarded = input.AwardedIds.ToHashSet();
        var decision = AwardDecision.RecordPrimeMinisterDecision(
            forwarding, input.Number!, input.Date!.Value, input.SignerName!, input.SignerTitle!, waiting, awarded,
            User.ToActor(), now);
        db.AwardDecisions.Add(decision);
        await db.AddAwardRecordsAsync(decision, waiting, ct);
        await NotifyPrimeMinisterDecisionAsync(decision, waiting, awarded, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another officer recorded the decision on this Tờ trình meanwhile (one decision per Tờ trình,
            // unique index).
            TempData.SetError(
                "Quyết định của Thủ tướng Chính phủ cho tờ trình này vừa được ghi nhận ở nơi khác. Hãy xem lại.");
            return RedirectToAction(nameof(Details), new { id });
        }

        var count = waiting.Count(n => awarded.Contains(n.Id));
        TempData.SetSuccess($"Đã ghi nhận Quyết định số {decision.Number}: {count:N0} tập thể, cá nhân " +
            $"được tặng Bằng khen; {waiting.Count - count:N0} không được khen thưởng.");
        return RedirectToAction(nameof(Details), new { id = decision.Id });
    }

    /// <summary>A province Tờ trình to the Prime Minister still waiting for the answer (none recorded yet).</summary>
    private Task<AwardDecision?> ForwardingAsync(int id, CancellationToken ct) =>
        db.AwardDecisions.Include(d => d.AwardForm)
            .Where(d => d.Id == id && d.Kind == AwardDecisionKind.ForwardingSubmission)
            .Where(d => !db.AwardDecisions.Any(answer => answer.ForwardingId == d.Id))
            .SingleOrDefaultAsync(ct);

    private async Task<IActionResult> PrimeMinisterPageAsync(
        AwardDecision forwarding, PrimeMinisterDecisionForm form, bool tickAll, CancellationToken ct)
    {
        var rows = await db.Nominations.AsNoTracking()
            .Where(n => n.AwardDecisionId == forwarding.Id && n.Status == NominationStatus.Forwarded)
            .OrderBy(n => n.NomineeKind).ThenBy(n => n.UnitId).ThenBy(n => n.NomineeSearchName).ThenBy(n => n.Id)
            .Select(n => new DecisionNominee(n.Id, n.NomineeKind, n.NomineeName, n.NomineePosition,
                n.NomineeWorkplace, n.Unit!.Name))
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            TempData.SetError(
                $"Tờ trình số {forwarding.Number} không còn hồ sơ nào chờ quyết định của Thủ tướng Chính phủ.");
            return RedirectToAction(nameof(Details), new { id = forwarding.Id });
        }

        if (tickAll)
        {
            form.AwardedIds = rows.Select(r => r.Id).ToList();
        }

        form.ForwardingId = forwarding.Id;
        form.ForwardingNumber = forwarding.Number;
        form.ForwardingDate = forwarding.Date;
        form.AwardFormName = forwarding.AwardForm!.Name;
        form.Nominees = rows;
        return View(nameof(PrimeMinister), form);
    }

    /// <summary>Each nominee's unit learns whether the Prime Minister awarded it; saved with the decision.</summary>
    private async Task NotifyPrimeMinisterDecisionAsync(
        AwardDecision decision, IReadOnlyCollection<Nomination> nominations, HashSet<int> awarded, DateTime nowUtc,
        CancellationToken ct)
    {
        var unitIds = nominations.Select(n => n.UnitId).Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.UnitId.HasValue && unitIds.Contains(u.UnitId.Value))
            .Select(u => new { u.Id, UnitId = u.UnitId!.Value })
            .ToListAsync(ct);
        var day = Vietnamese.Date(decision.Date);
        foreach (var nomination in nominations)
        {
            var yes = awarded.Contains(nomination.Id);
            UnitNotifications.AddForUsers(
                db, users.Where(u => u.UnitId == nomination.UnitId).Select(u => u.Id), NotificationKind.Nomination,
                yes ? "Hồ sơ khen thưởng của đơn vị được Thủ tướng Chính phủ tặng Bằng khen"
                    : "Hồ sơ khen thưởng của đơn vị không được Thủ tướng Chính phủ khen thưởng",
                $"{nomination.NomineeName}: Quyết định số {decision.Number} ngày {day} của Thủ tướng Chính phủ" +
                (yes ? " tặng Bằng khen." : " không có tên trong danh sách được khen thưởng."),
                $"/Nominations/Details/{nomination.Id}", nowUtc);
        }
    }
}
