using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.AwardRegister;

/// <summary>
/// The achievement line a register line's certificate prints: Sở Nội vụ and Admin correct it (or clear it, so the
/// certificate prints the line derived from its campaign or year). A revoked line is refused
/// (<see cref="AwardRecord.AchievementRefusal"/>); the change is audited by the save like every change.
/// </summary>
[Authorize(Policy = Policies.EditAwardRegister)]
[Route("AwardRegister/[action]/{id:int}")]
public sealed class AwardAchievementController(AppDbContext db) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Achievement(int id, CancellationToken ct)
    {
        var record = await db.AwardRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return NotFound();
        }

        var form = new AchievementForm { Achievement = record.Achievement };
        return View(await WithRecordAsync(form, record, ct));
    }

    [HttpPost]
    public async Task<IActionResult> Achievement(int id, AchievementForm form, CancellationToken ct)
    {
        var record = await db.AwardRecords.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || record.AchievementRefusal(form.Achievement) is not null)
        {
            return View(await WithRecordAsync(form, record, ct));
        }

        record.ChangeAchievement(form.Achievement);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess(record.Achievement is null
            ? $"Đã xóa dòng thành tích riêng của {record.RecipientName}: bằng in theo phong trào, năm khen thưởng."
            : $"Đã lưu dòng thành tích in trên bằng của {record.RecipientName}.");
        var history = record.RecipientKind == NomineeKind.Individual ? "Person" : "Collective";
        return RedirectToAction(history, "AwardRegister", new { id });
    }

    private async Task<AchievementForm> WithRecordAsync(AchievementForm form, AwardRecord record, CancellationToken ct)
    {
        form.Record = await db.AwardRecords.AsNoTracking().Where(r => r.Id == record.Id).Rows(db).SingleAsync(ct);
        form.Derived = AwardRecord.DerivedAchievement(record.CampaignName, record.DecisionDate);
        form.Refusal = record.AchievementRefusal(null); // the page's refusal: a revoked line
        return form;
    }
}
