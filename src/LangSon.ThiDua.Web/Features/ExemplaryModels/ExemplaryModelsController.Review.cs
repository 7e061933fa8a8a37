using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.ExemplaryModels;

/// <summary>
/// Sở Nội vụ's review: the queue with filters and counts, a model's page with its photo, publishing it (confirmation page,
/// then POST) and not publishing or taking it down with a reason. The proposer is told in the notification centre.
/// </summary>
public sealed partial class ExemplaryModelsController
{
    [HttpGet]
    [Authorize(Policy = Policies.ReviewPlans)]
    public async Task<IActionResult> Review(string? q, ExemplaryStatus? status, int? area, int? unit, int? page = null, CancellationToken ct = default)
    {
        var counts = await db.ExemplaryModels.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var models = db.ExemplaryModels.AsNoTracking();
        if (status is { } s)
        {
            models = models.Where(m => m.Status == s);
        }

        models = models.Matching(q, area, unit);

        // Waiting proposals first, the oldest first: the first come are answered first.
        var results = await models.OrderBy(m => m.Status == ExemplaryStatus.Proposed ? 0 : 1)
            .ThenBy(m => m.Status == ExemplaryStatus.Proposed ? m.ProposedAtUtc : DateTime.MaxValue)
            .ThenByDescending(m => m.ReviewedAtUtc).ThenByDescending(m => m.Id)
            .Rows().ToPageAsync(page, cancellationToken: ct);

        var campaign = await db.ActiveCampaignAsync(ct);
        var unitIds = db.ExemplaryModels.Where(m => m.UnitId != null).Select(m => m.UnitId);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return View(new ExemplaryReviewViewModel
        {
            Q = q,
            Status = status,
            Area = area,
            Unit = unit,
            Counts = Enum.GetValues<ExemplaryStatus>().ToDictionary(st => st, st => counts.SingleOrDefault(c => c.Key == st)?.Count ?? 0),
            AreaOptions = campaign is null ? [] : await db.AreaOptionsAsync(campaign.Id, area, ct),
            UnitOptions = units.OrderBy(u => u.Name, StringComparer.CurrentCulture)
                .Select(u => new SelectListItem(u.Name, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), u.Id == unit)).ToList(),
            Results = results,
        });
    }

    [HttpGet]
    [Authorize(Policy = Policies.ReviewPlans)]
    public async Task<IActionResult> ReviewDetails(int id, CancellationToken ct)
    {
        var details = await db.DetailsAsync(id, ct);
        return details is null
            ? NotFound()
            : View(nameof(Details), new ExemplaryDetailsViewModel { Model = details, Reviewing = true, CanEdit = details.IsEditable && IsMine(details.ProposedBy, details.ProposerUnitId) });
    }

    [HttpGet]
    [Authorize(Policy = Policies.ReviewPlans)]
    public async Task<IActionResult> Publish(int id, CancellationToken ct)
    {
        var details = await db.DetailsAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        return details.Status == ExemplaryStatus.Published
            ? BackToReview(id, $"Gương \"{details.Name}\" đã được công bố.")
            : View(new ExemplaryDetailsViewModel { Model = details, Reviewing = true });
    }

    [HttpPost]
    [Authorize(Policy = Policies.ReviewPlans)]
    [ActionName(nameof(Publish))]
    public async Task<IActionResult> PublishConfirmed(int id, CancellationToken ct)
    {
        var model = await db.ExemplaryModels.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (model is null)
        {
            return NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        model.Publish(User.ToActor(), now);
        await NotifyProposerAsync(model, $"Gương điển hình \"{model.Name}\" đã được công bố",
            "Sở Nội vụ đã duyệt và công bố trên trang Gương điển hình công khai.", now, ct);
        if (!await TrySaveReviewAsync(ct))
        {
            return BackToReview(id, ChangedMeanwhile);
        }

        TempData.SetSuccess($"Đã công bố gương điển hình \"{model.Name}\" trên trang công khai.");
        return RedirectToAction(nameof(ReviewDetails), new { id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.ReviewPlans)]
    public async Task<IActionResult> Reject(int id, CancellationToken ct)
    {
        var details = await db.DetailsAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        return details.Status == ExemplaryStatus.Rejected
            ? BackToReview(id, $"Gương \"{details.Name}\" đã ở trạng thái \"{details.Status.DisplayName()}\".")
            : View(new RejectViewModel { Model = details, Form = new RejectForm() });
    }

    [HttpPost]
    [Authorize(Policy = Policies.ReviewPlans)]
    public async Task<IActionResult> Reject(int id, RejectForm form, CancellationToken ct)
    {
        var model = await db.ExemplaryModels.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (model is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new RejectViewModel { Model = (await db.DetailsAsync(id, ct))!, Form = form });
        }

        var takenDown = model.Status == ExemplaryStatus.Published;
        var now = time.GetUtcNow().UtcDateTime;
        model.Reject(User.ToActor(), now, form.Reason);
        await NotifyProposerAsync(model,
            takenDown ? $"Gương điển hình \"{model.Name}\" đã được gỡ khỏi trang công khai" : $"Gương điển hình \"{model.Name}\" chưa được công bố",
            "Lý do: " + model.ReviewNote, now, ct);
        if (!await TrySaveReviewAsync(ct))
        {
            return BackToReview(id, ChangedMeanwhile);
        }

        TempData.SetSuccess(takenDown
            ? $"Đã gỡ gương điển hình \"{model.Name}\" khỏi trang công khai."
            : $"Đã ghi nhận không công bố gương điển hình \"{model.Name}\"; người đề xuất đã được thông báo lý do.");
        return RedirectToAction(nameof(ReviewDetails), new { id });
    }

    private const string ChangedMeanwhile = "Đề xuất vừa được người khác thay đổi nên thao tác của bạn chưa được thực hiện. Hãy xem lại.";

    /// <summary>Tells the proposer in the notification centre (not when Sở Nội vụ reviews its own proposal).</summary>
    private async Task NotifyProposerAsync(ExemplaryModel model, string title, string body, DateTime nowUtc, CancellationToken ct)
    {
        if (string.Equals(model.ProposedBy, User.Identity?.Name, StringComparison.Ordinal))
        {
            return;
        }

        var userIds = await db.Users.AsNoTracking().Where(u => u.UserName == model.ProposedBy && u.IsActive).Select(u => u.Id).ToListAsync(ct);
        UnitNotifications.AddForUsers(db, userIds, NotificationKind.ExemplaryModel, title, body, $"/ExemplaryModels/Details/{model.Id}", nowUtc);
    }

    /// <summary>Saves a review; false when someone changed the model since it was loaded (its version moved on).</summary>
    private async Task<bool> TrySaveReviewAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private RedirectToActionResult BackToReview(int id, string message)
    {
        TempData.SetError(message);
        return RedirectToAction(nameof(ReviewDetails), new { id });
    }
}
