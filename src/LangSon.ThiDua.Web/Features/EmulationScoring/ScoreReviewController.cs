using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.EmulationPacts;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.EmulationScoring;

/// <summary>
/// The lead unit's side of scoring (Admin too): review a submitted sheet (an adjusted line needs a reason), close
/// scoring with the tied units ordered by the table's rule; and the ranking — for the lead, Admin and Sở Nội vụ at any
/// time, for the members once scoring is closed.
/// </summary>
[Route("EmulationScoring")]
[Authorize(Policy = Policies.EmulationGroups)]
public sealed class ScoreReviewController(
    AppDbContext db, IAuthorizationService authorization, TimeProvider time) : Controller
{
    private PactAccess Access => new(db, authorization);

    [HttpGet("Review/{id:int}/{unitId:int}")]
    public async Task<IActionResult> Review(int id, int unitId, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (pact.ReviewRefusal(unitId) is { } refused)
        {
            TempData.SetError(refused);
            return ToRanking(pact);
        }

        return View(ReviewView(pact, unitId));
    }

    [HttpPost("Review/{id:int}/{unitId:int}")]
    public async Task<IActionResult> Review(int id, int unitId, ReviewForm form, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (!ModelState.IsValid)
        {
            return View(ReviewView(pact, unitId));
        }

        pact.Review(unitId, form.Lines.Select(l => new ScoreReview(l.LineId, l.Points!.Value, l.Reason)).ToList(),
            User.ToActor(), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã thẩm định phiếu chấm của {pact.Signatories.Single(s => s.UnitId == unitId).UnitName}" +
            $": {VietnameseNumber.Format(pact.TotalOf(unitId))} điểm.");
        return ToRanking(pact);
    }

    [HttpGet("Close/{id:int}")]
    public async Task<IActionResult> Close(int id, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (pact.ClosingRefusal() is { } refused)
        {
            TempData.SetError(refused);
            return ToRanking(pact);
        }

        return View(await RankingAsync(pact, mayReview: true, ct));
    }

    [HttpPost("Close/{id:int}")]
    [ActionName(nameof(Close))]
    public async Task<IActionResult> CloseConfirmed(int id, CloseForm form, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Close), await RankingAsync(pact, mayReview: true, ct));
        }

        var places = form.Places.Where(p => p.Place is not null).GroupBy(p => p.UnitId)
            .ToDictionary(g => g.Key, g => g.First().Place!.Value);
        pact.CloseScoring(places, form.Note, User.ToActor(), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess("Đã chốt điểm và xếp hạng: các đơn vị thành viên xem được kết quả xếp hạng.");
        return ToRanking(pact);
    }

    [HttpGet("Ranking/{id:int}")]
    public async Task<IActionResult> Ranking(int id, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupRead, ct);
        if (pact is null)
        {
            return refusal!;
        }

        var mayReview = await Access.MayAsync(this, pact.EmulationGroupId, pact, Policies.EmulationGroupEdit, ct);
        if (!mayReview && !User.IsInRole(Roles.NoiVu) && pact.Status != PactStatus.ScoringClosed)
        {
            return Forbid(); // members see the ranking once the lead has closed scoring
        }

        if (pact.Status < PactStatus.ScoringOpen)
        {
            TempData.SetError("Khối, cụm chưa mở chấm điểm.");
            return RedirectToAction("Group", "EmulationPacts", new { id = pact.EmulationGroupId, year = pact.Year });
        }

        return View(await RankingAsync(pact, mayReview, ct));
    }

    private static SheetViewModel ReviewView(EmulationPact pact, int unitId) => new()
    {
        PactId = pact.Id,
        GroupId = pact.EmulationGroupId,
        Year = pact.Year,
        UnitId = unitId,
        UnitName = pact.Signatories.Single(s => s.UnitId == unitId).UnitName,
        PactStatus = pact.Status,
        Status = pact.SheetOf(unitId)?.Status,
        SubmittedAtUtc = pact.SheetOf(unitId)?.SubmittedAtUtc,
        Sections = ScoringQueries.Sections(pact, unitId, [], null),
        Items = ScoringQueries.Items(pact, unitId, null),
        Total = pact.TotalOf(unitId),
        TotalMax = pact.TotalMaxPoints,
        MayReview = true,
    };

    private async Task<RankingViewModel> RankingAsync(EmulationPact pact, bool mayReview, CancellationToken ct)
    {
        var rows = ScoringQueries.Ranking(pact);
        var tied = pact.Ties().Select(t => (IReadOnlyList<RankingRow>)t
            .Select(s => rows.Single(r => r.UnitId == s.UnitId)).ToList()).ToList();
        return new RankingViewModel
        {
            PactId = pact.Id,
            GroupId = pact.EmulationGroupId,
            GroupName = await ScoringQueries.GroupNameAsync(db, pact, ct) ?? string.Empty,
            Year = pact.Year,
            PactStatus = pact.Status,
            TieBreakRule = pact.TieBreakRule,
            TieBreakNote = pact.TieBreakNote,
            ClosedAtUtc = pact.ScoringClosedAtUtc,
            TotalMax = pact.TotalMaxPoints,
            Rows = rows,
            MayReview = mayReview,
            CloseRefusal = mayReview ? pact.ClosingRefusal() : null,
            Ties = tied,
        };
    }

    private RedirectToActionResult ToRanking(EmulationPact pact) =>
        RedirectToAction(nameof(Ranking), "ScoreReview", new { id = pact.Id });
}
