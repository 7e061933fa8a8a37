using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Council;

/// <summary>Opening and closing the vote (Sở Nội vụ, each after a confirmation page), and the published results.</summary>
public sealed partial class CouncilController
{
    [HttpGet]
    [Authorize(Policy = Policies.ManageAwards)]
    [ActionName(nameof(Open))]
    public Task<IActionResult> ConfirmOpen(int id, CancellationToken ct) => ConfirmStepAsync(id, nameof(Open), CouncilSessionStatus.Preparing, ct);

    [HttpPost]
    [Authorize(Policy = Policies.ManageAwards)]
    public Task<IActionResult> Open(int id, SessionStepForm form, CancellationToken ct) =>
        ChangeSessionAsync(id, form.Version, true, session =>
        {
            session.OpenVoting(NowUtc);
            UnitNotifications.AddForUsers(
                db, session.Members.Where(m => m.IsPresent).Select(m => m.UserId), NotificationKind.CouncilSession,
                $"Mở bỏ phiếu: {session.Title}",
                $"Phiên họp ngày {session.MeetingDate:dd/MM/yyyy} đã mở bỏ phiếu cho {session.Agenda.Count} hồ sơ.",
                Url.Action(nameof(Vote), new { id }), NowUtc);
            return Task.FromResult($"Đã mở bỏ phiếu cho {session.Agenda.Count} hồ sơ; {session.PresentCount} thành viên có mặt được bỏ phiếu.");
        }, ct);

    [HttpGet]
    [Authorize(Policy = Policies.ManageAwards)]
    [ActionName(nameof(Close))]
    public Task<IActionResult> ConfirmClose(int id, CancellationToken ct) => ConfirmStepAsync(id, nameof(Close), CouncilSessionStatus.Voting, ct);

    /// <summary>
    /// Counts the votes (grouped by nomination and choice: the only way they are ever read) and closes the session, in
    /// one transaction that also keeps a ballot from being cast between the count and the close.
    /// </summary>
    [HttpPost]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Close(int id, SessionStepForm form, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var session = await db.CouncilSessions.Include(s => s.Members)
            .Include(s => s.Agenda).ThenInclude(a => a.Nomination).ThenInclude(n => n!.AwardForm)
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        var counted = await db.BallotVotes.AsNoTracking().Where(v => v.SessionId == id)
            .GroupBy(v => new { v.NominationId, v.Choice })
            .Select(g => new { g.Key.NominationId, g.Key.Choice, Count = g.Count() })
            .ToListAsync(ct);
        var counts = counted.GroupBy(c => c.NominationId).ToDictionary(
            g => g.Key,
            g => (
                g.Where(c => c.Choice == VoteChoice.Agree).Sum(c => c.Count),
                g.Where(c => c.Choice == VoteChoice.Disagree).Sum(c => c.Count),
                g.Where(c => c.Choice == VoteChoice.Abstain).Sum(c => c.Count)));
        try
        {
            ExpectVersion(session, form.Version);
            var results = session.Close(counts, User.ToActor(), NowUtc);
            UnitNotifications.AddForUsers(
                db, session.Members.Select(m => m.UserId), NotificationKind.CouncilSession,
                $"Kết quả phiên họp: {session.Title}",
                $"{results.Count(r => r.Outcome.Passed)}/{results.Count} hồ sơ được thông qua.",
                Url.Action(nameof(Results), new { id }), NowUtc);
            await NotifyUnitsAsync(results, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            TempData.SetSuccess($"Đã kết thúc phiên họp: {results.Count(r => r.Outcome.Passed)}/{results.Count} hồ sơ được thông qua.");
            return RedirectToAction(nameof(Results), new { id });
        }
        catch (DomainException refused)
        {
            TempData.SetError(refused.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.SetError(ChangedMeanwhile);
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The results, counts only, once the session is closed; before that a notice and no number at all.</summary>
    [HttpGet]
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

    private async Task<IActionResult> ConfirmStepAsync(int id, string action, CouncilSessionStatus from, CancellationToken ct)
    {
        var model = await CouncilQueries.DetailsAsync(db, id, ct);
        if (model is null)
        {
            return NotFound();
        }

        if (model.Status != from)
        {
            TempData.SetError($"Phiên họp đang ở trạng thái \"{model.Status.DisplayName()}\" nên không thể thực hiện thao tác này.");
            return RedirectToAction(nameof(Details), new { id });
        }

        return View("Confirm", new SessionStepModel(
            model.Id, model.Title, model.Status, model.Version, action, model.Agenda.Count, model.Members.Count, model.PresentCount, model.VotedCount));
    }
}
