using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Feedback;

/// <summary>Sở Nội vụ answers a feedback once; the sender and, for a feedback about a unit, that unit's users are told.</summary>
public sealed partial class FeedbackController
{
    private const string AlreadyAnswered = "Phản ánh này đã được trả lời; mỗi phản ánh chỉ được trả lời một lần.";

    [HttpPost]
    [Authorize(Roles = Roles.NoiVu)]
    public async Task<IActionResult> Reply(int id, ReplyForm form, CancellationToken ct)
    {
        var feedback = await db.Feedbacks.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (feedback is null)
        {
            return NotFound();
        }

        if (feedback.Status != FeedbackStatus.Open)
        {
            TempData.SetError(AlreadyAnswered);
            return RedirectToAction(nameof(Details), new { id });
        }

        if (!ModelState.IsValid)
        {
            var loaded = await DetailsAsync(id, ct);
            loaded!.View.Reply = form;
            return View(nameof(Details), loaded.View);
        }

        var now = time.GetUtcNow().UtcDateTime;
        feedback.Reply(User.ToActor(), now, form.Answer);
        var recipients = await RecipientsAsync(feedback, ct);
        UnitNotifications.AddForUsers(db, recipients, NotificationKind.Feedback,
            $"Sở Nội vụ đã trả lời phản ánh: {feedback.Subject}", feedback.Answer, $"/Feedback/Details/{feedback.Id}", now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another answer was saved between reading the feedback and saving this one: the first one stands.
            TempData.SetError(AlreadyAnswered);
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData.SetSuccess(recipients.Count == 0
            ? "Đã trả lời phản ánh."
            : $"Đã trả lời phản ánh và thông báo cho {recipients.Count} người dùng.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The sender, and the active head and staff of the unit the feedback is about (who read it too).</summary>
    private async Task<List<string>> RecipientsAsync(Domain.Feedback feedback, CancellationToken ct)
    {
        var sender = feedback.SenderUserName;
        var unitId = feedback.UnitId;
        var unitUsers = unitId is null
            ? []
            : await (
                    from userRole in db.UserRoles
                    join r in db.Roles on userRole.RoleId equals r.Id
                    join user in db.Users on userRole.UserId equals user.Id
                    where user.UnitId == unitId && user.IsActive && (r.Name == Roles.UnitHead || r.Name == Roles.UnitStaff)
                    select user.Id)
                .ToListAsync(ct);
        var senderIds = await db.Users.Where(u => u.UserName == sender && u.IsActive).Select(u => u.Id).ToListAsync(ct);
        return senderIds.Concat(unitUsers).Distinct().ToList();
    }
}
