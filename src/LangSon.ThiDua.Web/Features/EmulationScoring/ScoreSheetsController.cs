using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.EmulationPacts;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.EmulationScoring;

/// <summary>
/// A member's score sheet of the group's year: the member's users (Thủ trưởng, Cán bộ) self-score their own unit and
/// its head submits; the lead unit, Admin and Sở Nội vụ read every sheet; another member reads none of them.
/// </summary>
[Route("EmulationScoring")]
[Authorize(Policy = Policies.EmulationGroups)]
public sealed class ScoreSheetsController(
    AppDbContext db, IAuthorizationService authorization, TimeProvider time) : Controller
{
    private PactAccess Access => new(db, authorization);

    [HttpGet("Sheet/{id:int}/{unitId:int}")]
    public async Task<IActionResult> Sheet(int id, int unitId, CancellationToken ct)
    {
        var (pact, refusal) = await SheetAccessAsync(id, unitId, ct);
        return pact is null ? refusal! : View(await ViewAsync(pact, unitId, null, ct));
    }

    [HttpPost("Sheet/{id:int}/{unitId:int}")]
    public async Task<IActionResult> Sheet(int id, int unitId, SheetForm form, CancellationToken ct)
    {
        var (pact, refusal) = await OwnSheetAsync(id, unitId, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (!ModelState.IsValid)
        {
            return View(await ViewAsync(pact, unitId, form, ct));
        }

        pact.SelfAssess(unitId, form.Lines.Where(l => l.Points is not null)
            .Select(l => new SelfScore(l.CriterionId, l.AdjustmentId, l.Points!.Value, l.Comment, l.Evidence))
            .ToList());
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess("Đã lưu phiếu tự chấm. Thủ trưởng đơn vị gửi phiếu khi đã chấm đủ các tiêu chí.");
        return ToSheet(pact, unitId);
    }

    [HttpGet("Submit/{id:int}/{unitId:int}")]
    [Authorize(Policy = Policies.SubmitForUnit)]
    public async Task<IActionResult> Submit(int id, int unitId, CancellationToken ct)
    {
        var (pact, refusal) = await OwnSheetAsync(id, unitId, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (pact.SubmitRefusal(unitId) is { } refused)
        {
            TempData.SetError(refused);
            return ToSheet(pact, unitId);
        }

        return View("~/Features/EmulationPacts/Confirm.cshtml", new ConfirmViewModel
        {
            Title = "Gửi phiếu tự chấm",
            Question = $"Gửi phiếu tự chấm của đơn vị tới đơn vị trưởng khối, cụm? Tổng điểm tự chấm: " +
                $"{VietnameseNumber.Format(pact.TotalOf(unitId))}. Sau khi gửi, đơn vị không sửa được phiếu nữa.",
            Controller = "ScoreSheets",
            Action = nameof(Submit),
            Route = Route(pact, unitId),
            Button = "Gửi phiếu",
            GroupId = pact.EmulationGroupId,
            Year = pact.Year,
        });
    }

    [HttpPost("Submit/{id:int}/{unitId:int}")]
    [ActionName(nameof(Submit))]
    [Authorize(Policy = Policies.SubmitForUnit)]
    public async Task<IActionResult> SubmitConfirmed(int id, int unitId, CancellationToken ct)
    {
        var (pact, refusal) = await OwnSheetAsync(id, unitId, ct);
        if (pact is null)
        {
            return refusal!;
        }

        pact.SubmitSheet(unitId, User.ToActor(), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess("Đã gửi phiếu tự chấm tới đơn vị trưởng khối, cụm.");
        return ToSheet(pact, unitId);
    }

    internal static Dictionary<string, string> Route(EmulationPact pact, int unitId) => new()
    {
        ["id"] = pact.Id.ToString(CultureInfo.InvariantCulture),
        ["unitId"] = unitId.ToString(CultureInfo.InvariantCulture),
    };

    private bool IsOwnUnit(int unitId) => Roles.UnitScoped.Any(User.IsInRole) && User.UnitId() == unitId;

    /// <summary>
    /// The member's own users, Sở Nội vụ, the lead unit and Admin read a signatory's sheet; others 403.
    /// </summary>
    private async Task<(EmulationPact? Pact, IActionResult? Refusal)> SheetAccessAsync(
        int id, int unitId, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupRead, ct);
        if (pact is null)
        {
            return (null, refusal);
        }

        if (pact.Signatories.All(s => s.UnitId != unitId))
        {
            return (null, NotFound());
        }

        var may = IsOwnUnit(unitId) || User.IsInRole(Roles.NoiVu)
            || await Access.MayAsync(this, pact.EmulationGroupId, pact, Policies.EmulationGroupEdit, ct);
        return may ? (pact, null) : (null, Forbid());
    }

    /// <summary>Only the unit's own users change its sheet.</summary>
    private async Task<(EmulationPact? Pact, IActionResult? Refusal)> OwnSheetAsync(
        int id, int unitId, CancellationToken ct)
    {
        var (pact, refusal) = await SheetAccessAsync(id, unitId, ct);
        return pact is not null && !IsOwnUnit(unitId) ? (null, Forbid()) : (pact, refusal);
    }

    private async Task<SheetViewModel> ViewAsync(EmulationPact pact, int unitId, SheetForm? typed, CancellationToken ct)
    {
        var facts = await ScoringQueries.FactsAsync(db, pact, unitId, ct);
        var sheet = pact.SheetOf(unitId);
        var own = IsOwnUnit(unitId);
        var mayReview = await Access.MayAsync(this, pact.EmulationGroupId, pact, Policies.EmulationGroupEdit, ct);
        return new SheetViewModel
        {
            PactId = pact.Id,
            GroupId = pact.EmulationGroupId,
            Year = pact.Year,
            UnitId = unitId,
            UnitName = pact.Signatories.Single(s => s.UnitId == unitId).UnitName,
            PactStatus = pact.Status,
            Status = sheet?.Status,
            SubmittedAtUtc = sheet?.SubmittedAtUtc,
            ReviewedAtUtc = sheet?.ReviewedAtUtc,
            Sections = ScoringQueries.Sections(pact, unitId, facts, typed),
            Items = ScoringQueries.Items(pact, unitId, typed),
            Total = pact.TotalOf(unitId),
            TotalMax = pact.TotalMaxPoints,
            IsOwnUnit = own,
            MayEdit = own && pact.ScoreRefusal(unitId) is null,
            EditRefusal = own ? pact.ScoreRefusal(unitId) : null,
            MaySubmit = own && User.IsInRole(Roles.UnitHead) && pact.SubmitRefusal(unitId) is null,
            SubmitRefusal = own ? pact.SubmitRefusal(unitId) : null,
            MayReview = mayReview && pact.ReviewRefusal(unitId) is null,
            ReviewRefusal = mayReview ? pact.ReviewRefusal(unitId) : null,
            MayRank = mayReview || User.IsInRole(Roles.NoiVu) || pact.Status == PactStatus.ScoringClosed,
        };
    }

    private RedirectToActionResult ToSheet(EmulationPact pact, int unitId) =>
        RedirectToAction(nameof(Sheet), "ScoreSheets", new { id = pact.Id, unitId });
}
