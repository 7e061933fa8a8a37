using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>Every signed-in user's own setting: whether to receive the daily e-mail digest of unread notifications.</summary>
public sealed partial class NotificationsController
{
    public const string NoEmailMessage =
        "Tài khoản của bạn chưa có địa chỉ e-mail nên không nhận được thư tổng hợp. Hãy đề nghị quản trị hệ thống bổ sung địa chỉ e-mail cho tài khoản.";

    [HttpGet]
    public async Task<IActionResult> Settings([FromServices] IOptions<DigestOptions> digest, CancellationToken ct)
    {
        var userId = UserId;
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.DailyDigest }).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return Challenge();
        }

        return View(new NotificationSettingsForm { DailyDigest = user.DailyDigest, Email = user.Email, DigestHour = digest.Value.DigestHour });
    }

    [HttpPost]
    public async Task<IActionResult> Settings(NotificationSettingsForm form, [FromServices] IOptions<DigestOptions> digest, CancellationToken ct)
    {
        var userId = UserId;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return Challenge();
        }

        // A posted value that is not a boolean: keep its (Vietnamese) binding message but drop the raw value, which the
        // checkbox could not render again.
        if (ModelState.TryGetValue(nameof(form.DailyDigest), out var posted) && posted.Errors.Count > 0)
        {
            var messages = posted.Errors.Select(e => e.ErrorMessage).ToList();
            ModelState.Remove(nameof(form.DailyDigest));
            messages.ForEach(m => ModelState.AddModelError(nameof(form.DailyDigest), m));
        }

        form.Email = user.Email;
        form.DigestHour = digest.Value.DigestHour;
        if (form.DailyDigest && !form.HasEmail)
        {
            ModelState.AddModelError(nameof(form.DailyDigest), NoEmailMessage);
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (user.DailyDigest != form.DailyDigest)
        {
            user.DailyDigest = form.DailyDigest;
            await db.SaveChangesAsync(ct);
        }

        TempData.SetSuccess(form.DailyDigest
            ? $"Đã lưu: hằng ngày sau {form.DigestHour} giờ, nếu có thông báo chưa đọc, bạn sẽ nhận một thư tổng hợp tại {user.Email!.Trim()}."
            : "Đã lưu: bạn không nhận thư tổng hợp hằng ngày.");
        return RedirectToAction(nameof(Settings));
    }
}
