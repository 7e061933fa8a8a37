using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Ballots;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Council;

/// <summary>Opening and closing the vote (Sở Nội vụ, each after a confirmation page), and the published results.</summary>
[Route("Council/[action]")]
public sealed class CouncilVotingController(
    AppDbContext db, TimeProvider time, BallotKeyStore keys, BallotSeal seal) : Controller
{
    private DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    [HttpGet("{id?}")]
    [Authorize(Policy = Policies.ManageAwards)]
    [ActionName(nameof(Open))]
    public Task<IActionResult> ConfirmOpen(int id, CancellationToken ct) => ConfirmStepAsync(id, nameof(Open), ct);

    /// <summary>
    /// Opens voting once the quorum is present: a new key seals the ballots; every member is told how to vote.
    /// </summary>
    [HttpPost("{id?}")]
    [Authorize(Policy = Policies.ManageAwards)]
    public Task<IActionResult> Open(int id, SessionStepForm form, CancellationToken ct) =>
        this.ChangeSessionAsync(db, keys, id, form.Version, true, session =>
        {
            if (session.OpenRefusal() is { } refusal)
            {
                throw new DomainException(refusal);
            }

            session.OpenVoting(keys.Create(session.Id), NowUtc);
            var link = Url.Action(nameof(CouncilBallotsController.Vote), "CouncilBallots", new { id });
            var day = Vietnamese.Date(session.MeetingDate);
            UnitNotifications.AddForUsers(
                db, session.Members.Where(m => m.IsPresent).Select(m => m.UserId), NotificationKind.CouncilSession,
                $"Mở bỏ phiếu: {session.Title}",
                $"Phiên họp ngày {day} đã mở bỏ phiếu cho {session.Agenda.Count} hồ sơ.",
                link, NowUtc);
            UnitNotifications.AddForUsers(
                db, session.Members.Where(m => !m.IsPresent).Select(m => m.UserId), NotificationKind.CouncilSession,
                $"Gửi ý kiến bằng văn bản: {session.Title}",
                $"Phiên họp ngày {day} đã mở bỏ phiếu cho {session.Agenda.Count} hồ sơ. Đồng chí vắng mặt tại " +
                "phiên họp gửi ý kiến bằng văn bản (phiếu kín) trên cổng thông tin trước khi kết thúc bỏ phiếu.",
                link, NowUtc);
            return Task.FromResult(
                $"Đã mở bỏ phiếu cho {session.Agenda.Count} hồ sơ; " +
                $"{session.PresentCount}/{session.Members.Count} thành viên có mặt. " +
                "Thành viên vắng mặt có thể gửi ý kiến bằng văn bản đến khi kết thúc bỏ phiếu.");
        }, ct);

    [HttpGet("{id?}")]
    [Authorize(Policy = Policies.ManageAwards)]
    [ActionName(nameof(Close))]
    public Task<IActionResult> ConfirmClose(int id, CancellationToken ct) => ConfirmStepAsync(id, nameof(Close), ct);

    /// <summary>
    /// Counts and closes, in one transaction that also keeps a ballot from being cast between the count and the close:
    /// refused (nothing changes) below the quorum's number of ballots; otherwise the sealed ballots are opened,
    /// counted, laid in the ballot box in the order of their choices and deleted; then the key is destroyed and, on
    /// SQLite, the write-ahead log truncated, so that no copy of the files made from now on can tell who cast which
    /// ballot.
    /// </summary>
    [HttpPost("{id?}")]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Close(int id, SessionStepForm form, CancellationToken ct)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var session = await db.CouncilSessions.Include(s => s.Members)
                .Include(s => s.Agenda).ThenInclude(a => a.Nomination).ThenInclude(n => n!.AwardForm)
                .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct);
            if (session is null)
            {
                return NotFound();
            }

            var receipts = await db.BallotReceipts.CountAsync(r => r.SessionId == id, ct);
            var sealedBallots = await db.SealedBallots.Where(b => b.SessionId == id).ToListAsync(ct);
            try
            {
                db.ExpectVersion(session, form.Version);
                if (session.CloseRefusal(receipts) is { } refusal)
                {
                    throw new DomainException(refusal);
                }

                if (sealedBallots.Count != receipts)
                {
                    throw new DomainException(
                        $"Số phiếu niêm phong ({sealedBallots.Count}) không khớp số thành viên đã gửi phiếu " +
                        $"({receipts}) nên không thể kiểm phiếu. Hãy báo quản trị hệ thống.");
                }

                var (results, box) = session.Close(seal.Open(session, sealedBallots), User.ToActor(), NowUtc);
                db.BallotVotes.AddRange(box);
                db.SealedBallots.RemoveRange(sealedBallots);
                var passed = results.Count(r => r.Outcome.Passed);
                UnitNotifications.AddForUsers(
                    db, session.Members.Select(m => m.UserId), NotificationKind.CouncilSession,
                    $"Kết quả phiên họp: {session.Title}",
                    $"{passed}/{results.Count} hồ sơ được thông qua.", Url.Action(nameof(Results), new { id }), NowUtc);
                await NotifyUnitsAsync(results, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                TempData.SetSuccess($"Đã kết thúc phiên họp: {passed}/{results.Count} hồ sơ được thông qua.");
            }
            catch (DomainException refused)
            {
                TempData.SetError(refused.Message);
                return this.BackToSession(id);
            }
            catch (DbUpdateConcurrencyException)
            {
                TempData.SetError(SessionChanges.ChangedMeanwhile);
                return this.BackToSession(id);
            }
        }

        keys.Destroy(id);
        await db.TruncateWriteAheadLogAsync(ct);
        return RedirectToAction(nameof(Results), new { id });
    }

    /// <summary>The results, counts only, once the session is closed; before that a notice and no number at all.</summary>
    [HttpGet("{id?}")]
    [Authorize(Policy = Policies.ReadAwardResults)]
    public async Task<IActionResult> Results(int id, CancellationToken ct)
    {
        var model = await CouncilQueries.ResultsAsync(db, id, User.IsInRole(Roles.NoiVu), ct);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>Each proposing unit's users learn whether the council passed their nomination (counts only).</summary>
    private async Task NotifyUnitsAsync(IReadOnlyList<(AgendaItem Item, VoteOutcome Outcome)> results, CancellationToken ct)
    {
        var unitIds = results.Select(r => r.Item.Nomination!.UnitId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive && u.UnitId != null && unitIds.Contains(u.UnitId.Value))
            .Select(u => new { u.Id, u.UnitId }).ToListAsync(ct);
        foreach (var (item, outcome) in results)
        {
            var nomination = item.Nomination!;
            UnitNotifications.AddForUsers(
                db, users.Where(u => u.UnitId == nomination.UnitId).Select(u => u.Id), NotificationKind.Nomination,
                $"Hồ sơ \"{nomination.NomineeName}\" {(outcome.Passed ? "được" : "không được")} Hội đồng thông qua",
                outcome.Summary, $"/Nominations/Details/{nomination.Id}", NowUtc);
        }
    }

    /// <summary>
    /// The confirmation page before opening or closing: the same refusal the action would give (quorum not present, too
    /// few ballots) is shown instead of the button, with the ways out (postpone, cancel).
    /// </summary>
    private async Task<IActionResult> ConfirmStepAsync(int id, string action, CancellationToken ct)
    {
        var session = await db.CouncilSessions.AsNoTracking().Include(s => s.Members)
            .Include(s => s.Agenda).ThenInclude(a => a.Nomination).ThenInclude(n => n!.AwardForm)
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        var voted = await db.BallotReceipts.AsNoTracking().Where(r => r.SessionId == id)
            .Select(r => r.UserId).ToListAsync(ct);
        var opening = action == nameof(Open);
        var refusal = opening ? session.OpenRefusal() : session.CloseRefusal(voted.Count);
        var wrongState = opening
            ? session.Status != CouncilSessionStatus.Preparing
            : session.Status != CouncilSessionStatus.Voting;
        if (wrongState)
        {
            TempData.SetError(refusal ?? $"Phiên họp đang ở trạng thái \"{session.Status.DisplayName()}\" nên " +
                "không thể thực hiện thao tác này.");
            return this.BackToSession(id);
        }

        return View("Confirm", new SessionStepModel(
            session.Id, session.Title, session.Status, session.Version, action, session.Agenda.Count,
            session.Members.Count, session.PresentCount, voted.Count,
            session.Members.Count(m => !m.IsPresent && voted.Contains(m.UserId)), session.QuorumRequired, refusal));
    }
}
