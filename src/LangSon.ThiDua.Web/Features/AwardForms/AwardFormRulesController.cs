using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.AwardForms;

/// <summary>
/// The history conditions of an award form (issue 22), edited by Admin on the form's page; every change is in the
/// audit log like any other saved change. A nomination's verdict reads them at once.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[Route("AwardForms/Rules/[action]")]
public sealed class AwardFormRulesController(AppDbContext db) : Controller
{
    [HttpGet("{formId:int}")]
    public async Task<IActionResult> Create(int formId, CancellationToken ct)
    {
        var next = await db.AwardEligibilityRules.Where(r => r.AwardFormId == formId)
            .MaxAsync(r => (int?)r.SortOrder, ct) ?? 0;
        var form = new EligibilityRuleForm { SortOrder = next + 1, MinimumRating = TaskRating.Excellent };
        return await FillAsync(form, formId, ct) ? View("Rule", form) : NotFound();
    }

    [HttpPost("{formId:int}")]
    public async Task<IActionResult> Create(int formId, EligibilityRuleForm form, CancellationToken ct)
    {
        if (!await FillAsync(form, formId, ct))
        {
            return NotFound();
        }

        var rule = new AwardEligibilityRule { AwardFormId = formId };
        if (!Check(form, rule, formId))
        {
            return View("Rule", form);
        }

        db.AwardEligibilityRules.Add(rule);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess("Đã thêm điều kiện theo quá trình khen thưởng.");
        return RedirectToAction(nameof(AwardFormsController.Details), "AwardForms", new { id = formId });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var rule = await db.AwardEligibilityRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return NotFound();
        }

        var form = EligibilityRuleForm.From(rule);
        await FillAsync(form, rule.AwardFormId, ct);
        return View("Rule", form);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, EligibilityRuleForm form, CancellationToken ct)
    {
        var rule = await db.AwardEligibilityRules.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return NotFound();
        }

        await FillAsync(form, rule.AwardFormId, ct);
        if (!Check(form, rule, rule.AwardFormId))
        {
            return View("Rule", form);
        }

        await db.SaveChangesAsync(ct);
        TempData.SetSuccess("Đã lưu điều kiện theo quá trình khen thưởng.");
        return RedirectToAction(nameof(AwardFormsController.Details), "AwardForms", new { id = rule.AwardFormId });
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var rule = await db.AwardEligibilityRules.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return NotFound();
        }

        db.AwardEligibilityRules.Remove(rule);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess("Đã xóa điều kiện theo quá trình khen thưởng.");
        return RedirectToAction(nameof(AwardFormsController.Details), "AwardForms", new { id = rule.AwardFormId });
    }

    /// <summary>Applies the form to the rule when the form is valid and the rule then makes sense.</summary>
    private bool Check(EligibilityRuleForm form, AwardEligibilityRule rule, int formId)
    {
        if (!ModelState.IsValid)
        {
            return false;
        }

        if (form.RequiredAwardFormId is { } required && form.OtherForms.All(o => o.Value != Id(required)))
        {
            ModelState.AddModelError(nameof(form.RequiredAwardFormId), "Hình thức khen thưởng đã chọn không tồn tại.");
            return false;
        }

        var candidate = new AwardEligibilityRule();
        form.ApplyTo(candidate);
        if (candidate.Problem(formId) is { } problem)
        {
            ModelState.AddModelError(string.Empty, problem);
            return false;
        }

        form.ApplyTo(rule);
        return true;
    }

    private async Task<bool> FillAsync(EligibilityRuleForm form, int formId, CancellationToken ct)
    {
        var forms = await db.AwardForms.AsNoTracking().OrderBy(f => f.SortOrder)
            .Select(f => new { f.Id, f.Name }).ToListAsync(ct);
        if (forms.Find(f => f.Id == formId) is not { } own)
        {
            return false;
        }

        form.AwardFormId = formId;
        form.AwardFormName = own.Name;
        form.OtherForms = forms.Where(f => f.Id != formId)
            .Select(f => new SelectListItem(f.Name, Id(f.Id), f.Id == form.RequiredAwardFormId)).ToList();
        return true;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
