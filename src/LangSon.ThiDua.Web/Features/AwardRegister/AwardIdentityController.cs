using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.AwardRegister;

/// <summary>
/// Sở Nội vụ decides on a "có thể là cùng người" line of a person's history: the same person (the line joins the
/// history) or not (it no longer shows as possible). The decision is an <see cref="AwardRecipientLink"/>, audited by
/// the save like every change; deciding again on the same pair replaces it.
/// </summary>
[Authorize(Policy = Policies.ManageAwards)]
[Route("AwardRegister/[action]/{id:int}")]
public sealed class AwardIdentityController(AppDbContext db, TimeProvider time) : Controller
{
    [HttpPost]
    public Task<IActionResult> SamePerson(int id, IdentityDecisionForm form, CancellationToken ct) =>
        DecideAsync(id, form.Other, samePerson: true, ct);

    [HttpPost]
    public Task<IActionResult> NotSamePerson(int id, IdentityDecisionForm form, CancellationToken ct) =>
        DecideAsync(id, form.Other, samePerson: false, ct);

    private async Task<IActionResult> DecideAsync(int id, int otherId, bool samePerson, CancellationToken ct)
    {
        var pair = await db.AwardRecords.AsNoTracking().Where(r => r.Id == id || r.Id == otherId).ToListAsync(ct);
        var anchor = pair.SingleOrDefault(r => r.Id == id);
        var other = pair.SingleOrDefault(r => r.Id == otherId);
        if (anchor is null || other is null)
        {
            return NotFound();
        }

        var namesakes = await db.AwardRecords.AsNoTracking().Namesakes(anchor).ToListAsync(ct);
        var links = await db.AwardRecipientLinks.Among(namesakes).ToListAsync(ct);
        var refusal = samePerson
            ? AwardRecipientIdentity.ConfirmRefusal(anchor, other, namesakes, links)
            : AwardRecipientLink.Refusal(anchor, other);
        if (refusal is not null)
        {
            TempData.SetError(refusal);
            return RedirectToAction(nameof(AwardRegisterController.Person), "AwardRegister", new { id });
        }

        var (first, second) = (Math.Min(id, otherId), Math.Max(id, otherId));
        var now = time.GetUtcNow().UtcDateTime;
        var userName = User.Identity!.Name!;
        if (links.SingleOrDefault(l => l.FirstRecordId == first && l.SecondRecordId == second) is { } decided)
        {
            decided.Redecide(samePerson, userName, now);
        }
        else
        {
            db.AwardRecipientLinks.Add(AwardRecipientLink.Decide(anchor, other, samePerson, userName, now));
        }

        await db.SaveChangesAsync(ct);
        var where = $"{other.AwardFormName}, Quyết định số {other.DecisionNumber} ({other.UnitName})";
        TempData.SetSuccess(samePerson
            ? $"Đã xác nhận cùng người: {where} được đưa vào quá trình khen thưởng của {anchor.RecipientName}."
            : $"Đã ghi nhận không phải cùng người: {where} không còn hiện là \"có thể là cùng người\".");
        return RedirectToAction(nameof(AwardRegisterController.Person), "AwardRegister", new { id });
    }
}
