using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.NominationReview;

/// <summary>
/// Sở Nội vụ's decisions on a dossier: take it up, eligible, return for correction, ineligible. Each one checks the
/// version the reviewer saw, records the step in the nomination's history and tells the unit's users (the bell), in one save.
/// </summary>
public sealed partial class NominationReviewController
{
    private const string ChangedMeanwhile =
        "Hồ sơ vừa được người khác xử lý hoặc thay đổi nên thao tác của bạn chưa được thực hiện. Hãy xem lại hồ sơ rồi quyết định lại.";

    [HttpPost]
    public async Task<IActionResult> StartReview(int id, [Bind(Prefix = nameof(ReviewViewModel.Start))] StartReviewForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ReviewAgainAsync(id, page => page.Start = form, ct);
        }

        return await DecideAsync(id, form.Version, (n, actor, now) => n.StartReview(actor, now), n => new Outcome(
            $"Hồ sơ \"{n.NomineeName}\" đang được thẩm định",
            $"Sở Nội vụ đã tiếp nhận thẩm định hồ sơ đề nghị {n.AwardForm!.Name} của {n.NomineeName}.",
            $"Đã tiếp nhận thẩm định hồ sơ \"{n.NomineeName}\"."), ct);
    }

    [HttpPost]
    public async Task<IActionResult> Eligible(int id, [Bind(Prefix = nameof(ReviewViewModel.Eligible))] EligibleForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ReviewAgainAsync(id, page => page.Eligible = form, ct);
        }

        return await DecideAsync(id, form.Version, (n, actor, now) => n.MarkEligible(actor, now, form.Comment), n => new Outcome(
            $"Hồ sơ \"{n.NomineeName}\" đủ điều kiện",
            Join($"Sở Nội vụ kết luận hồ sơ đề nghị {n.AwardForm!.Name} của {n.NomineeName} đủ điều kiện"
                + (n.AwardForm.RequiresCouncilVote ? " để trình Hội đồng Thi đua - Khen thưởng tỉnh xét." : "."), n.ReviewComment),
            $"Đã kết luận hồ sơ \"{n.NomineeName}\" đủ điều kiện" + (n.AwardForm.RequiresCouncilVote ? "; hồ sơ có thể đưa vào phiên họp Hội đồng." : ".")), ct);
    }

    [HttpPost]
    public async Task<IActionResult> Return(int id, [Bind(Prefix = nameof(ReviewViewModel.Return))] ReturnForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ReviewAgainAsync(id, page => page.Return = form, ct);
        }

        return await DecideAsync(id, form.Version, (n, actor, now) => n.Return(actor, now, form.Comment ?? string.Empty), n => new Outcome(
            $"Hồ sơ \"{n.NomineeName}\" bị trả lại để bổ sung",
            $"Nội dung cần bổ sung, chỉnh sửa: {n.ReviewComment}",
            $"Đã trả lại hồ sơ \"{n.NomineeName}\" kèm nội dung cần bổ sung để đơn vị hoàn thiện."), ct);
    }

    /// <summary>"Không đủ điều kiện" is final: a page of its own asks for the reason and the confirmation.</summary>
    [HttpGet]
    public async Task<IActionResult> Ineligible(int id, CancellationToken ct)
    {
        var model = await ReviewQueries.LoadAsync(db, id, ct);
        if (model is null || model.Status == NominationStatus.Draft)
        {
            return NotFound();
        }

        if (!model.CanMarkIneligible)
        {
            TempData.SetError($"Không thể kết luận không đủ điều kiện hồ sơ \"{model.Summary.NomineeName}\" khi đang ở trạng thái \"{model.Status.DisplayName()}\".");
            return RedirectToAction(nameof(Review), new { id });
        }

        return View(new IneligibleForm { Version = model.Version, Dossier = model.Summary });
    }

    [HttpPost]
    public async Task<IActionResult> Ineligible(int id, IneligibleForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            form.Dossier = await ReviewQueries.SummaryAsync(db, id, ct);
            return form.Dossier is null ? NotFound() : View(form);
        }

        return await DecideAsync(id, form.Version, (n, actor, now) => n.MarkIneligible(actor, now, form.Reason ?? string.Empty), n => new Outcome(
            $"Hồ sơ \"{n.NomineeName}\" không đủ điều kiện",
            $"Lý do: {n.ReviewComment}",
            $"Đã kết luận hồ sơ \"{n.NomineeName}\" không đủ điều kiện và báo cho đơn vị."), ct);
    }

    private sealed record Outcome(string Title, string Body, string Success);

    private async Task<IActionResult> DecideAsync(
        int id, int version, Action<Nomination, Actor, DateTime> decide, Func<Nomination, Outcome> outcome, CancellationToken ct)
    {
        var nomination = await db.Nominations.Include(n => n.AwardForm).SingleOrDefaultAsync(n => n.Id == id, ct);
        if (nomination is null || nomination.Status == NominationStatus.Draft)
        {
            return NotFound();
        }

        if (nomination.Version != version)
        {
            TempData.SetError(ChangedMeanwhile);
            return RedirectToAction(nameof(Review), new { id });
        }

        // Two reviewers at once: the version they saw lets only the first decision through.
        db.Entry(nomination).Property(n => n.Version).OriginalValue = version;
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            decide(nomination, User.ToActor(), now);
        }
        catch (DomainException refused)
        {
            TempData.SetError(refused.Message);
            return RedirectToAction(nameof(Review), new { id });
        }

        var told = outcome(nomination);
        await UnitNotifications.AddForUnitAsync(
            db, nomination.UnitId, NotificationKind.Nomination, told.Title, told.Body, $"/Nominations/Details/{id}", now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.SetError(ChangedMeanwhile);
            return RedirectToAction(nameof(Review), new { id });
        }

        TempData.SetSuccess(told.Success);
        return RedirectToAction(nameof(Review), new { id });
    }

    /// <summary>A decision form was refused: the dossier again, with what the reviewer typed and the messages.</summary>
    private async Task<IActionResult> ReviewAgainAsync(int id, Action<ReviewViewModel> keep, CancellationToken ct)
    {
        var model = await ReviewQueries.LoadAsync(db, id, ct);
        if (model is null || model.Status == NominationStatus.Draft)
        {
            return NotFound();
        }

        keep(model);
        return View(nameof(Review), model);
    }

    private static string Join(string text, string? comment) =>
        string.IsNullOrWhiteSpace(comment) ? text : $"{text} Ý kiến: {comment}";
}
