using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Ballots;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Council;

/// <summary>
/// Postponing a session (the quorum is not there, the ballots do not come in) and cancelling one created by mistake:
/// Sở Nội vụ, each from a page that says what will happen and asks the reason. Nothing is counted: ballots already
/// cast are deleted unread and the session's key is destroyed.
/// </summary>
[Route("Council/[action]")]
public sealed class CouncilScheduleController(AppDbContext db, TimeProvider time, BallotKeyStore keys) : Controller
{
    private DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    [HttpGet("{id?}")]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Postpone(int id, CancellationToken ct)
    {
        var model = await ScheduleModelAsync(id, ct);
        return model is null ? NotFound()
            : !model.CanChange ? StepRefused(model)
            : View(new PostponeForm { Version = model.Version, MeetingDate = model.MeetingDate, Session = model });
    }

    [HttpPost("{id?}")]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Postpone(int id, PostponeForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync(id, form, ct);
        }

        return await this.ChangeSessionAsync(db, keys, id, form.Version, false, async session =>
        {
            if (session.Postpone(form.MeetingDate!.Value, form.Reason!, NowUtc))
            {
                await DiscardBallotsAsync(id, receiptsToo: true, ct);
            }

            NotifyMembers(session, $"Hoãn phiên họp: {session.Title}", session.StatusNote!);
            return $"Đã hoãn phiên họp sang ngày {Vietnamese.Date(session.MeetingDate)}; " +
                "hãy điểm danh lại trước khi mở bỏ phiếu.";
        }, ct);
    }

    [HttpGet("{id?}")]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Cancel(int id, CancellationToken ct)
    {
        var model = await ScheduleModelAsync(id, ct);
        return model is null ? NotFound()
            : !model.CanChange ? StepRefused(model)
            : View(new CancelForm { Version = model.Version, Session = model });
    }

    /// <summary>Cancels: the dossiers go back to the eligible pool, ballots already cast are deleted unread.</summary>
    [HttpPost("{id?}")]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Cancel(int id, CancelForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync(id, form, ct);
        }

        return await this.ChangeSessionAsync(db, keys, id, form.Version, true, async session =>
        {
            session.Cancel(form.Reason!, User.ToActor(), NowUtc);
            await DiscardBallotsAsync(id, receiptsToo: false, ct);
            NotifyMembers(session, $"Hủy phiên họp: {session.Title}", session.StatusNote!);
            return $"Đã hủy phiên họp; {session.Agenda.Count} hồ sơ trở lại danh sách hồ sơ đủ điều kiện chờ xét.";
        }, ct);
    }

    /// <summary>
    /// Deletes the session's sealed ballots unread (and, when the vote is postponed, the receipts, so that every member
    /// votes again). The key is destroyed once the change is saved.
    /// </summary>
    private async Task DiscardBallotsAsync(int id, bool receiptsToo, CancellationToken ct)
    {
        db.SealedBallots.RemoveRange(await db.SealedBallots.Where(b => b.SessionId == id).ToListAsync(ct));
        if (receiptsToo)
        {
            db.BallotReceipts.RemoveRange(await db.BallotReceipts.Where(r => r.SessionId == id).ToListAsync(ct));
        }
    }

    private void NotifyMembers(CouncilSession session, string title, string body) =>
        UnitNotifications.AddForUsers(
            db, session.Members.Select(m => m.UserId), NotificationKind.CouncilSession, title, body,
            Url.Action(nameof(CouncilController.Details), "Council", new { id = session.Id }), NowUtc);

    /// <summary>The postpone or cancel page again, with the messages of what was typed.</summary>
    private async Task<IActionResult> ShowAgainAsync(int id, IScheduleForm form, CancellationToken ct)
    {
        var model = await ScheduleModelAsync(id, ct);
        if (model is null)
        {
            return NotFound();
        }

        form.Session = model;
        return View(form);
    }

    private RedirectToActionResult StepRefused(ScheduleModel model)
    {
        TempData.SetError($"Phiên họp đang ở trạng thái \"{model.Status.DisplayName()}\" nên không thể hoãn hoặc hủy.");
        return this.BackToSession(model.Id);
    }

    private async Task<ScheduleModel?> ScheduleModelAsync(int id, CancellationToken ct) =>
        await db.CouncilSessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new ScheduleModel(
                s.Id, s.Title, s.MeetingDate, s.Status, s.Version, s.Agenda.Count,
                db.BallotReceipts.Count(r => r.SessionId == s.Id)))
            .SingleOrDefaultAsync(ct);
}
