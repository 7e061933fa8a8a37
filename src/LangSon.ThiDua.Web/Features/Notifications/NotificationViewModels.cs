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

/// <summary>Which notifications the list shows: all, only the unread ones, or only those already read.</summary>
public enum NotificationReadFilter
{
    All = 0,
    Unread = 1,
    Read = 2,
}

/// <summary>How many notifications of one kind the user has, and how many of them are unread.</summary>
public sealed record NotificationKindCount(NotificationKind Kind, int Total, int Unread);

/// <summary>The notification centre: the filtered page, the counts per kind and the filter in use.</summary>
public sealed record NotificationIndexViewModel(
    Page<NotificationRow> Results,
    int UnreadCount,
    IReadOnlyList<NotificationKindCount> Kinds,
    NotificationKind? Kind,
    NotificationReadFilter Status)
{
    public int TotalCount => Kinds.Sum(k => k.Total);

    public bool IsFiltered => Kind is not null || Status != NotificationReadFilter.All;

    /// <summary>The query-string value of a read filter ("unread", "read"), null for all.</summary>
    public static string? StatusValue(NotificationReadFilter status) => status switch
    {
        NotificationReadFilter.Unread => "unread",
        NotificationReadFilter.Read => "read",
        _ => null,
    };

    public static NotificationReadFilter ParseStatus(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "unread" => NotificationReadFilter.Unread,
        "read" => NotificationReadFilter.Read,
        _ => NotificationReadFilter.All,
    };
}
