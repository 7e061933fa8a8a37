using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>The user's own notification settings (/Notifications/Settings): the daily e-mail digest.</summary>
public sealed class NotificationSettingsForm
{
    /// <summary>"Nhận thư tổng hợp hằng ngày": one e-mail a day listing the unread notifications.</summary>
    public bool DailyDigest { get; set; }

    /// <summary>The account's e-mail address, shown only (read from the account, never from the post).</summary>
    [BindNever]
    public string? Email { get; set; }

    /// <summary>The hour (Vietnam time) the digest goes out, shown only.</summary>
    [BindNever]
    public int DigestHour { get; set; }

    [BindNever]
    public bool HasEmail => !string.IsNullOrWhiteSpace(Email);
}
