using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>A notification as listed in the bell and on /Notifications.</summary>
public sealed record NotificationRow(long Id, NotificationKind Kind, string Title, string? Body, string? Link, DateTime CreatedAtUtc, DateTime? ReadAtUtc)
{
    public bool IsUnread => ReadAtUtc is null;
}

/// <summary>The bell: how many are unread, and the latest few.</summary>
public sealed record NotificationBellViewModel(int UnreadCount, IReadOnlyList<NotificationRow> Latest);

public sealed record NotificationIndexViewModel(Page<NotificationRow> Results, int UnreadCount);
