using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.AwardForms;

/// <summary>Hình thức khen thưởng: configuration data (vote rules, eligibility, dossier) edited by Admin.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class AwardFormsController(AppDbContext db) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var forms = await db.AwardForms.AsNoTracking()
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
            .Select(f => new AwardFormListItem(f.Id, f.Code, f.Name, f.DecisionLevel, f.RequiresCouncilVote,
                f.QuorumPercent, f.PassThresholdPercent, f.PassBase, f.SortOrder, f.IsActive))
            .ToListAsync(ct);
        return View(forms);
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var form = await db.AwardForms.AsNoTracking()
            .Include(f => f.EligibilityRules).ThenInclude(r => r.RequiredAwardForm)
            .SingleOrDefaultAsync(f => f.Id == id, ct);
        return form is null ? NotFound() : View(form);
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var next = await db.AwardForms.MaxAsync(f => (int?)f.SortOrder, ct) ?? 0;
        return View(new AwardFormForm
        {
            NomineeCollective = true,
            NomineeIndividual = true,
            MinimumTaskRating = TaskRating.Good,
            SortOrder = next + 1,
        });
    }

    [HttpPost]
    public async Task<IActionResult> Create(AwardFormForm form, CancellationToken ct)
    {
        await CheckCodeIsFreeAsync(form.Code, null, ct);
        if (!ModelState.IsValid)
        {
            ForgetUnreadableCheckboxes();
            return View(form);
        }

        var awardForm = new AwardForm { Code = string.Empty, Name = string.Empty, Eligibility = string.Empty };
        form.ApplyTo(awardForm);
        db.AwardForms.Add(awardForm);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã thêm hình thức khen thưởng \"{awardForm.Name}\".");
        return RedirectToAction(nameof(Details), new { id = awardForm.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var awardForm = await db.AwardForms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        return awardForm is null ? NotFound() : View(AwardFormForm.From(awardForm));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, AwardFormForm form, CancellationToken ct)
    {
        var awardForm = await db.AwardForms.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (awardForm is null)
        {
            return NotFound();
        }

        await CheckCodeIsFreeAsync(form.Code, id, ct);
        if (!ModelState.IsValid)
        {
            ForgetUnreadableCheckboxes();
            return View(form);
        }

        form.ApplyTo(awardForm);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã lưu hình thức khen thưởng \"{awardForm.Name}\".");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>
    /// A checkbox posted with something other than true/false (a hand-made request) is refused by model binding; its
    /// typed value cannot be shown back in a checkbox (the tag helper would fail), so the box shows the form's value and
    /// the refusal is reported once above the form, where it is seen (the boxes have no message of their own).
    /// </summary>
    private void ForgetUnreadableCheckboxes()
    {
        string[] boxes = [nameof(AwardFormForm.NomineeCollective), nameof(AwardFormForm.NomineeIndividual), nameof(AwardFormForm.RequiresCouncilVote),
            nameof(AwardFormForm.DocSubmission), nameof(AwardFormForm.DocAchievementReport), nameof(AwardFormForm.DocMeetingMinutes), nameof(AwardFormForm.IsActive)];
        var unreadable = boxes.Where(b => ModelState.TryGetValue(b, out var entry) && entry.Errors.Count > 0).ToList();
        foreach (var box in unreadable)
        {
            ModelState.Remove(box);
        }

        if (unreadable.Count > 0)
        {
            ModelState.AddModelError(string.Empty, "Giá trị của ô đánh dấu không hợp lệ; hãy đánh dấu lại các lựa chọn rồi lưu.");
        }
    }

    private async Task CheckCodeIsFreeAsync(string? code, int? exceptId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return;
        }

        // A handful of award forms: compare in memory, ignoring case, whatever the database collation.
        var wanted = code.Trim();
        var taken = await db.AwardForms.AsNoTracking().Where(f => f.Id != exceptId).Select(f => f.Code).ToListAsync(ct);
        if (taken.Any(c => string.Equals(c, wanted, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(AwardFormForm.Code), $"Mã hình thức khen thưởng \"{wanted}\" đã được sử dụng.");
        }
    }
}
