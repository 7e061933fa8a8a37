using System.Data.Common;
using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Ballots;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Council;

/// <summary>
/// The secret ballot of a council member — present, or absent and giving a written opinion: one page with every agenda
/// nomination (GET Vote), a review of the choices (POST Review: shown back in hidden fields, nothing stored), and the
/// cast (POST Cast), which stores the receipt (who) and the ballot sealed with the session's key (what) in one
/// transaction. Choices are never logged, never put in TempData, a cookie or a redirect, and never shown again after
/// the cast. Pages carrying choices are not cached.
/// </summary>
[Route("Council/[action]")]
public sealed class CouncilBallotsController(AppDbContext db, TimeProvider time, BallotSeal seal) : Controller
{
    public const string AlreadyVoted = "Bạn đã gửi phiếu cho phiên họp này; phiếu đã gửi không thể thay đổi.";

    public const string TryAgain = "Hệ thống đang bận nên phiếu chưa được ghi nhận. Hãy gửi lại phiếu.";

    private string CurrentUserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    private DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    [HttpGet("{id?}")]
    [Authorize(Policy = Policies.Vote)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Vote(int id, CancellationToken ct)
    {
        var refusal = await BallotRefusalAsync(id, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var page = await BallotPageAsync(id, new BallotForm(), ct);
        return View(page);
    }

    /// <summary>"Quay lại sửa" from the review: the ballot again with the member's choices, from his own request.</summary>
    [HttpPost("{id?}")]
    [Authorize(Policy = Policies.Vote)]
    [ActionName(nameof(Vote))]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> VoteAgain(int id, BallotForm form, CancellationToken ct)
    {
        var refusal = await BallotRefusalAsync(id, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        ModelState.Clear();
        return View(nameof(Vote), await BallotPageAsync(id, form, ct));
    }

    [HttpPost("{id?}")]
    [Authorize(Policy = Policies.Vote)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Review(int id, BallotForm form, CancellationToken ct)
    {
        var refusal = await BallotRefusalAsync(id, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var page = await CheckedBallotPageAsync(id, form, ct);
        return ModelState.IsValid ? View(page) : View(nameof(Vote), page);
    }

    [HttpPost("{id?}")]
    [Authorize(Policy = Policies.Vote)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Cast(int id, BallotForm form, CancellationToken ct)
    {
        // A first answer (already voted, not present, closed…) outside any lock; the unique index is the real guarantee.
        var refusal = await BallotRefusalAsync(id, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            var page = await CheckedBallotPageAsync(id, form, ct);
            return View(nameof(Vote), page);
        }

        var userId = CurrentUserId;
        try
        {
            // One transaction (on SQLite a write lock from its start): the session is still open and the member has no
            // receipt when his receipt and his votes are written together — or nothing is.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var session = await db.CouncilSessions.AsNoTracking().Include(s => s.Members).Include(s => s.Agenda)
                .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct);
            if (session is null)
            {
                return NotFound();
            }

            if (await db.BallotReceipts.AnyAsync(r => r.SessionId == id && r.UserId == userId, ct))
            {
                return BackToSessions(AlreadyVoted);
            }

            var (receipt, ballot) = session.CastBallot(userId, form.ToChoices(), NowUtc);
            db.BallotReceipts.Add(receipt);
            db.SealedBallots.Add(seal.Seal(session, ballot));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DomainException refused)
        {
            return BackToSessions(refused.Message);
        }
        catch (Exception failed) when (failed is DbUpdateException or DbException or InvalidOperationException { InnerException: DbException })
        {
            // A second ballot of the same member (unique index) or a busy database: nothing of this ballot was stored.
            db.ChangeTracker.Clear();
            var voted = await db.BallotReceipts.AsNoTracking().AnyAsync(r => r.SessionId == id && r.UserId == userId, CancellationToken.None);
            return BackToSessions(voted ? AlreadyVoted : TryAgain);
        }

        return RedirectToAction(nameof(Thanks), new { id });
    }

    /// <summary>The thank-you page: when the ballot was received, never what it said.</summary>
    [HttpGet("{id?}")]
    [Authorize(Policy = Policies.Vote)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Thanks(int id, CancellationToken ct)
    {
        var userId = CurrentUserId;
        var receipt = await db.BallotReceipts.AsNoTracking().Where(r => r.SessionId == id && r.UserId == userId)
            .Select(r => new { r.SubmittedAtUtc, Title = db.CouncilSessions.Where(s => s.Id == r.SessionId).Select(s => s.Title).First() })
            .SingleOrDefaultAsync(ct);
        if (receipt is null)
        {
            return RedirectToAction(nameof(Vote), new { id });
        }

        ViewData["SessionTitle"] = receipt.Title;
        ViewData["ReceivedAt"] = VietnamTime.Format(receipt.SubmittedAtUtc);
        return View();
    }

    /// <summary>Why this member may not vote in this session now, as a redirect with the Vietnamese reason; null if he may.</summary>
    private async Task<IActionResult?> BallotRefusalAsync(int id, CancellationToken ct)
    {
        var userId = CurrentUserId;
        var session = await db.CouncilSessions.AsNoTracking().Include(s => s.Members)
            .SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        var voted = await db.BallotReceipts.AnyAsync(r => r.SessionId == id && r.UserId == userId, ct);
        var reason = session.IsMember(userId) && voted ? AlreadyVoted : session.BallotRefusal(userId);
        return reason is null ? null : BackToSessions(reason);
    }

    /// <summary>
    /// The ballot page: the agenda in its order, with the choices of this request only (matched by nomination; a value
    /// that is not a choice counts as none). Nothing is read from or written to any store but the agenda.
    /// </summary>
    private async Task<BallotPageModel> BallotPageAsync(int id, BallotForm posted, CancellationToken ct)
    {
        var userId = CurrentUserId;
        var session = await db.CouncilSessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new
            {
                s.Title, s.MeetingDate, Written = s.Members.Any(m => m.UserId == userId && !m.IsPresent)
            })
            .SingleAsync(ct);
        var agenda = await CouncilQueries.AgendaAsync(db, id, ct);
        var choices = posted.Lines.GroupBy(l => l.NominationId).ToDictionary(g => g.Key, g => g.First().Choice);
        var form = new BallotForm
        {
            Lines = agenda.Select(a => new BallotLine
            {
                NominationId = a.NominationId,
                Choice = choices.GetValueOrDefault(a.NominationId) is { } c && Enum.IsDefined(c) ? c : null,
            }).ToList(),
        };
        return new BallotPageModel
        {
            SessionId = id, Title = session.Title, MeetingDate = session.MeetingDate,
            IsWrittenOpinion = session.Written, Agenda = agenda, Form = form,
        };
    }

    /// <summary>
    /// The ballot page with a message at every agenda line that has no choice. The lines are those of the agenda (a stale
    /// page after the agenda changed shows the new agenda), so the messages sit on the right lines.
    /// </summary>
    private async Task<BallotPageModel> CheckedBallotPageAsync(int id, BallotForm posted, CancellationToken ct)
    {
        var page = await BallotPageAsync(id, posted, ct);
        ModelState.Clear();
        if (page.Agenda.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Phiên họp chưa có hồ sơ nào để bỏ phiếu.");
        }

        for (var i = 0; i < page.Form.Lines.Count; i++)
        {
            if (page.Form.Lines[i].Choice is null)
            {
                ModelState.AddModelError($"Lines[{i}].Choice", BallotFormValidator.MissingChoice);
            }
        }

        var missing = page.Form.Lines.Count(l => l.Choice is null);
        if (missing > 0)
        {
            ModelState.AddModelError(string.Empty, $"Phiếu còn {missing} hồ sơ chưa chọn ý kiến. Hãy chọn đủ rồi xem lại phiếu.");
        }

        return page;
    }

    private RedirectToActionResult BackToSessions(string reason)
    {
        TempData.SetError(reason);
        return RedirectToAction(nameof(CouncilController.Index), "Council");
    }
}
