using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Ballots;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Council;

/// <summary>How Sở Nội vụ's steps change a session, whichever council controller takes them.</summary>
internal static class SessionChanges
{
    public const string ChangedMeanwhile =
        "Phiên họp vừa được người khác thay đổi. Hãy xem lại thông tin mới nhất rồi thực hiện lại.";

    /// <summary>
    /// Loads the session for a change, checks the version the user saw (every change moves it on, so two people
    /// preparing the same session cannot overwrite each other), lets the entity decide, saves, and goes back to the
    /// page. A session that is not voting after the change has no ballot key any more: a postponed or cancelled vote's
    /// key is destroyed here, after the save.
    /// </summary>
    public static async Task<IActionResult> ChangeSessionAsync(
        this Controller controller, AppDbContext db, BallotKeyStore keys, int id, int version, bool withAgenda,
        Func<CouncilSession, Task<string>> change, CancellationToken ct)
    {
        var query = db.CouncilSessions.Include(s => s.Members).AsQueryable();
        if (withAgenda)
        {
            query = query.Include(s => s.Agenda).ThenInclude(a => a.Nomination).ThenInclude(n => n!.AwardForm);
        }

        var session = await query.AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return controller.NotFound();
        }

        try
        {
            db.ExpectVersion(session, version);
            var done = await change(session);
            await db.SaveChangesAsync(ct);
            if (session.Status != CouncilSessionStatus.Voting)
            {
                keys.Destroy(session.Id);
            }

            controller.TempData.SetSuccess(done);
        }
        catch (DomainException refused)
        {
            controller.TempData.SetError(refused.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            controller.TempData.SetError(ChangedMeanwhile);
        }

        return controller.BackToSession(id);
    }

    /// <summary>Saves only if the session is still at <paramref name="version"/>, and moves its version on.</summary>
    public static void ExpectVersion(this AppDbContext db, CouncilSession session, int version)
    {
        var property = db.Entry(session).Property(s => s.Version);
        property.OriginalValue = version;
        property.IsModified = true;
    }

    /// <summary>Sở Nội vụ's page of the session (an invited member's own page of it).</summary>
    public static RedirectToActionResult BackToSession(this Controller controller, int id) =>
        controller.RedirectToAction(nameof(CouncilController.Details), "Council", new { id });
}
