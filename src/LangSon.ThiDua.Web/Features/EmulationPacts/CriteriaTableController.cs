using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationPacts;

/// <summary>
/// What changes the criteria table as a whole, each asked first on a page of its own: removing a group of criteria
/// (with its criteria), a criterion or a bonus/penalty item, and copying last year's table into an empty one.
/// </summary>
[Route("EmulationCriteria")]
[Authorize(Policy = Policies.EmulationGroups)]
public sealed class CriteriaTableController(AppDbContext db, IAuthorizationService authorization) : Controller
{
    private PactAccess Access => new(db, authorization);

    [HttpGet("Remove/{id:int}")]
    public async Task<IActionResult> Remove(int id, CriteriaPart part, int itemId, CancellationToken ct)
    {
        var (pact, refusal) = await EditableAsync(id, ct);
        if (pact is null)
        {
            return refusal!;
        }

        var what = Describe(pact, part, itemId);
        return what is null ? NotFound() : View("Confirm", new ConfirmViewModel
        {
            Title = "Xóa khỏi bảng tiêu chí",
            Question = $"Xóa {what} khỏi bảng tiêu chí năm {pact.Year}? Thao tác này không hoàn tác được.",
            Controller = "CriteriaTable",
            Action = nameof(Remove),
            Route = new Dictionary<string, string>
            {
                ["id"] = id.ToString(CultureInfo.InvariantCulture),
                ["part"] = part.ToString(),
                ["itemId"] = itemId.ToString(CultureInfo.InvariantCulture),
            },
            Button = "Xóa",
            Destructive = true,
            GroupId = pact.EmulationGroupId,
            Year = pact.Year,
        });
    }

    [HttpPost("Remove/{id:int}")]
    [ActionName(nameof(Remove))]
    public async Task<IActionResult> RemoveConfirmed(int id, CriteriaPart part, int itemId, CancellationToken ct)
    {
        var (pact, refusal) = await EditableAsync(id, ct);
        if (pact is null)
        {
            return refusal!;
        }

        var what = Describe(pact, part, itemId);
        if (what is null)
        {
            return NotFound();
        }

        switch (part)
        {
            case CriteriaPart.Section:
                pact.RemoveSection(EmulationCriteriaController.SectionOf(pact, itemId)!);
                break;
            case CriteriaPart.Criterion:
                pact.RemoveCriterion(EmulationCriteriaController.CriterionOf(pact, itemId)!);
                break;
            default:
                pact.RemoveAdjustment(pact.Adjustments.Single(a => a.Id == itemId));
                break;
        }

        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã xóa {what}.");
        return ToGroup(pact);
    }

    [HttpGet("Copy/{id:int}")]
    public async Task<IActionResult> Copy(int id, CancellationToken ct)
    {
        var (pact, refusal) = await EditableAsync(id, ct);
        if (pact is null)
        {
            return refusal!;
        }

        var previous = await PactQueries.PreviousAsync(db, pact, ct);
        if (pact.CopyCriteriaRefusal(previous) is { } refused)
        {
            TempData.SetError(refused);
            return ToGroup(pact);
        }

        return View("Confirm", new ConfirmViewModel
        {
            Title = "Sao chép bảng tiêu chí năm trước",
            Question = $"Sao chép bảng tiêu chí năm {previous!.Year} (nhóm tiêu chí, tiêu chí, điểm thưởng, " +
                "điểm trừ, " +
                $"nguyên tắc xếp hạng) vào bảng năm {pact.Year}? Sau đó vẫn sửa được từng mục.",
            Details = previous.Sections.OrderBy(s => s.Number).Select(s =>
                $"{EmulationCriteriaController.Roman(s.Number)}. {s.Title} ({s.Criteria.Count} tiêu chí)").ToList(),
            Controller = "CriteriaTable",
            Action = nameof(Copy),
            Route = new Dictionary<string, string> { ["id"] = id.ToString(CultureInfo.InvariantCulture) },
            Button = "Sao chép",
            GroupId = pact.EmulationGroupId,
            Year = pact.Year,
        });
    }

    [HttpPost("Copy/{id:int}")]
    [ActionName(nameof(Copy))]
    public async Task<IActionResult> CopyConfirmed(int id, CancellationToken ct)
    {
        var (pact, refusal) = await EditableAsync(id, ct);
        if (pact is null)
        {
            return refusal!;
        }

        var previous = await PactQueries.PreviousAsync(db, pact, ct);
        var areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == pact.CampaignId)
            .ToDictionaryAsync(a => a.Number, a => a.Id, ct);
        pact.CopyCriteriaFrom(previous!, areas);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã sao chép bảng tiêu chí năm {previous!.Year}.");
        return ToGroup(pact);
    }

    private async Task<(EmulationPact? Pact, IActionResult? Refusal)> EditableAsync(int id, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact?.EditRefusal() is { } refused)
        {
            TempData.SetError(refused);
            return (null, ToGroup(pact));
        }

        return (pact, refusal);
    }

    private static string? Describe(EmulationPact pact, CriteriaPart part, int itemId) => part switch
    {
        CriteriaPart.Section => EmulationCriteriaController.SectionOf(pact, itemId) is { } s
            ? $"nhóm tiêu chí \"{s.Title}\" cùng {s.Criteria.Count} tiêu chí của nhóm"
            : null,
        CriteriaPart.Criterion => EmulationCriteriaController.CriterionOf(pact, itemId) is { } c
            ? $"tiêu chí \"{c.Title}\""
            : null,
        CriteriaPart.Adjustment => pact.Adjustments.SingleOrDefault(a => a.Id == itemId) is { } a
            ? $"mục {a.Kind.DisplayName().ToLower(CultureInfo.CurrentCulture)} \"{a.Reason}\""
            : null,
        _ => null,
    };

    private RedirectToActionResult ToGroup(EmulationPact pact) =>
        RedirectToAction("Group", "EmulationPacts", new { id = pact.EmulationGroupId, year = pact.Year });
}
