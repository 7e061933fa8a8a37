using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationPacts;

/// <summary>
/// The criteria table of a group's year (Admin, the year's lead unit), until scoring opens: groups of criteria,
/// criteria, bonus and penalty items, the tie-break rule; removing asks first; last year's table is copied into an
/// empty one. The entity refuses what its state forbids (EditRefusal).
/// </summary>
[Route("EmulationCriteria")]
[Authorize(Policy = Policies.EmulationGroups)]
public sealed class EmulationCriteriaController(AppDbContext db, IAuthorizationService authorization) : Controller
{
    private bool changed;

    private PactAccess Access => new(db, authorization);

    [HttpGet("Section/{id:int}")]
    public async Task<IActionResult> Section(int id, int? sectionId, CancellationToken ct) =>
        await EditAsync(id, pact => SectionOf(pact, sectionId) is var section && sectionId is not null
                && section is null
            ? NotFound()
            : View(new SectionForm { Title = section?.Title }), ct);

    [HttpPost("Section/{id:int}")]
    public async Task<IActionResult> Section(int id, int? sectionId, SectionForm form, CancellationToken ct) =>
        await EditAsync(id, pact =>
        {
            var section = SectionOf(pact, sectionId);
            if (sectionId is not null && section is null)
            {
                return NotFound();
            }

            if (!ModelState.IsValid)
            {
                return View(form);
            }

            if (section is null)
            {
                pact.AddSection(form.Title!);
            }
            else
            {
                pact.RenameSection(section, form.Title!);
            }

            return Saved(pact, "Đã lưu nhóm tiêu chí.");
        }, ct);

    [HttpGet("Criterion/{id:int}")]
    public async Task<IActionResult> Criterion(int id, int? criterionId, int? sectionId, CancellationToken ct) =>
        await EditAsync(id, pact =>
        {
            var criterion = CriterionOf(pact, criterionId);
            if (criterionId is not null && criterion is null)
            {
                return NotFound();
            }

            var form = criterion is null
                ? new CriterionForm { SectionId = sectionId }
                : new CriterionForm
                {
                    SectionId = criterion.SectionId,
                    Title = criterion.Title,
                    MaxPoints = criterion.MaxPoints,
                    ContentAreaId = criterion.ContentAreaId,
                    Guidance = criterion.Guidance,
                };
            return CriterionView(pact, form);
        }, ct);

    [HttpPost("Criterion/{id:int}")]
    public async Task<IActionResult> Criterion(int id, int? criterionId, CriterionForm form, CancellationToken ct) =>
        await EditAsync(id, pact =>
        {
            var criterion = CriterionOf(pact, criterionId);
            if (criterionId is not null && criterion is null)
            {
                return NotFound();
            }

            var section = SectionOf(pact, form.SectionId);
            if (form.SectionId is not null && section is null)
            {
                ModelState.AddModelError(nameof(form.SectionId), "Nhóm tiêu chí không thuộc bảng tiêu chí này.");
            }

            var areas = AreaIds(pact);
            if (form.ContentAreaId is { } area && !areas.Contains(area))
            {
                ModelState.AddModelError(nameof(form.ContentAreaId), "Nội dung thi đua không thuộc phong trào.");
            }

            if (!ModelState.IsValid)
            {
                return CriterionView(pact, form);
            }

            var terms = new CriterionTerms(form.Title!, form.MaxPoints!.Value, form.ContentAreaId, form.Guidance);
            if (criterion is null)
            {
                pact.AddCriterion(section!, terms);
            }
            else
            {
                pact.EditCriterion(criterion, section!, terms);
            }

            return Saved(pact, "Đã lưu tiêu chí.");
        }, ct);

    [HttpGet("Adjustment/{id:int}")]
    public async Task<IActionResult> Adjustment(int id, int? adjustmentId, CancellationToken ct) =>
        await EditAsync(id, pact => pact.Adjustments.SingleOrDefault(a => a.Id == adjustmentId) is var item
                && adjustmentId is not null && item is null
            ? NotFound()
            : View(new AdjustmentForm { Kind = item?.Kind, Reason = item?.Reason, MaxPoints = item?.MaxPoints }), ct);

    [HttpPost("Adjustment/{id:int}")]
    public async Task<IActionResult> Adjustment(int id, int? adjustmentId, AdjustmentForm form, CancellationToken ct) =>
        await EditAsync(id, pact =>
        {
            var item = pact.Adjustments.SingleOrDefault(a => a.Id == adjustmentId);
            if (adjustmentId is not null && item is null)
            {
                return NotFound();
            }

            if (!ModelState.IsValid)
            {
                return View(form);
            }

            if (item is null)
            {
                pact.AddAdjustment(form.Kind!.Value, form.Reason!, form.MaxPoints!.Value);
            }
            else
            {
                pact.EditAdjustment(item, form.Kind!.Value, form.Reason!, form.MaxPoints!.Value);
            }

            return Saved(pact, "Đã lưu mục điểm thưởng, điểm trừ.");
        }, ct);

    [HttpGet("TieBreak/{id:int}")]
    public async Task<IActionResult> TieBreak(int id, CancellationToken ct) =>
        await EditAsync(id, pact => View(new TieBreakForm { Rule = pact.TieBreakRule }), ct);

    [HttpPost("TieBreak/{id:int}")]
    public async Task<IActionResult> TieBreak(int id, TieBreakForm form, CancellationToken ct) =>
        await EditAsync(id, pact =>
        {
            if (!ModelState.IsValid)
            {
                return View(form);
            }

            pact.SetTieBreakRule(form.Rule);
            return Saved(pact, "Đã lưu nguyên tắc xếp hạng khi bằng điểm.");
        }, ct);

    /// <summary>The pact for the table's editor (404, 403), and its refusal when the table no longer changes.</summary>
    private async Task<IActionResult> EditAsync(int id, Func<EmulationPact, IActionResult> edit, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (pact.EditRefusal() is { } refused)
        {
            TempData.SetError(refused);
            return ToGroup(pact);
        }

        ViewData["Pact"] = pact;
        ViewData["Areas"] = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == pact.CampaignId)
            .OrderBy(a => a.Number).ToListAsync(ct);
        var result = edit(pact);
        if (changed)
        {
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    private ViewResult CriterionView(EmulationPact pact, CriterionForm form)
    {
        form.SectionOptions = pact.Sections.OrderBy(s => s.Number).Select(s => new SelectListItem(
            $"{Roman(s.Number)}. {s.Title}", s.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        form.AreaOptions = ((List<ContentArea>)ViewData["Areas"]!).Select(a => new SelectListItem(
            $"{a.Number}. {a.ShortTitle}", a.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return View("Criterion", form);
    }

    private HashSet<int> AreaIds(EmulationPact pact) =>
        ((List<ContentArea>)ViewData["Areas"]!).Where(a => a.CampaignId == pact.CampaignId)
            .Select(a => a.Id).ToHashSet();

    private RedirectToActionResult Saved(EmulationPact pact, string message)
    {
        changed = true;
        TempData.SetSuccess(message);
        return ToGroup(pact);
    }

    internal static CriteriaSection? SectionOf(EmulationPact pact, int? sectionId) =>
        pact.Sections.SingleOrDefault(s => s.Id == sectionId);

    internal static Criterion? CriterionOf(EmulationPact pact, int? criterionId) =>
        pact.Sections.SelectMany(s => s.Criteria).SingleOrDefault(c => c.Id == criterionId);

    internal static string Roman(int number) => number switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX",
        10 => "X", _ => number.ToString(CultureInfo.InvariantCulture),
    };

    internal RedirectToActionResult ToGroup(EmulationPact pact) =>
        RedirectToAction("Group", "EmulationPacts", new { id = pact.EmulationGroupId, year = pact.Year });
}
