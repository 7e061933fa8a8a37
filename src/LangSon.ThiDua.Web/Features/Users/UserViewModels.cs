using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.Users;

/// <summary>The list's filters, read from the query string.</summary>
public sealed class UserListFilter
{
    public const string Active = "active";
    public const string Disabled = "disabled";

    public string? Q { get; set; }

    public string? Role { get; set; }

    public int? UnitId { get; set; }

    /// <summary><see cref="Active"/>, <see cref="Disabled"/>, or empty for every account.</summary>
    public string? Status { get; set; }

    public int? Page { get; set; }
}

public sealed class UserRow
{
    public required string Id { get; init; }

    public required string UserName { get; init; }

    public required string FullName { get; init; }

    public string? Position { get; init; }

    public string? Email { get; init; }

    public string? UnitName { get; init; }

    public bool IsActive { get; init; }

    /// <summary>Vietnamese role names, filled after paging.</summary>
    public IReadOnlyList<string> RoleNames { get; set; } = [];
}

public sealed class UserListViewModel
{
    public required UserListFilter Filter { get; init; }

    public required Page<UserRow> Page { get; init; }

    public required IReadOnlyList<SelectListItem> RoleOptions { get; init; }

    public required IReadOnlyList<SelectListItem> UnitOptions { get; init; }

    public IReadOnlyList<SelectListItem> StatusOptions =>
    [
        new("Đang hoạt động", UserListFilter.Active, Filter.Status == UserListFilter.Active),
        new("Đã vô hiệu hóa", UserListFilter.Disabled, Filter.Status == UserListFilter.Disabled),
    ];
}

public sealed class UserDetailsViewModel
{
    public required string Id { get; init; }

    public required string UserName { get; init; }

    public required string FullName { get; init; }

    public string? Position { get; init; }

    public string? Email { get; init; }

    public string? UnitName { get; init; }

    public string? UnitCode { get; init; }

    public bool IsActive { get; init; }

    public required IReadOnlyList<string> RoleNames { get; init; }

    /// <summary>Vietnam time, dd/MM/yyyy HH:mm.</summary>
    public required string CreatedAt { get; init; }

    /// <summary>Vietnam time of the end of a temporary lockout, or null when the account is not locked.</summary>
    public string? LockedUntil { get; init; }

    public int AccessFailedCount { get; init; }

    public bool IsSelf { get; init; }

    public bool TwoFactorEnabled { get; init; }

    /// <summary>The account's open sign-in sessions, most recently used first.</summary>
    public IReadOnlyList<SessionInfo> Sessions { get; set; } = [];
}

/// <summary>A confirmation page (disable, enable) about one account.</summary>
public sealed record UserConfirmation(string Id, string UserName, string FullName, string? UnitName);

/// <summary>An administrator's action on one account that asks for confirmation first.</summary>
public enum UserAction
{
    EndSessions,
    ResetTwoFactor,
}

/// <summary>The confirmation page of a <see cref="UserAction"/>: title, warning and button, in Vietnamese.</summary>
public sealed record UserActionPage(UserConfirmation User, UserAction Action)
{
    public string Title => Action switch
    {
        UserAction.EndSessions => "Kết thúc phiên đăng nhập",
        _ => "Đặt lại xác thực hai lớp",
    };

    public string Warning => Action switch
    {
        UserAction.EndSessions => "Mọi trình duyệt, thiết bị đang đăng nhập bằng tài khoản này phải đăng nhập lại "
            + "ngay ở yêu cầu tiếp theo; trình duyệt đã được ghi nhớ ở bước xác thực hai lớp cũng phải nhập mã lại. "
            + "Dùng khi người dùng báo mất máy hoặc nghi bị lộ mật khẩu.",
        _ => "Xác thực hai lớp của tài khoản sẽ tắt, khóa trong ứng dụng xác thực và các mã khôi phục cũ hết hiệu lực, "
            + "mọi phiên đăng nhập kết thúc. Người dùng đăng nhập bằng mật khẩu rồi cài lại ứng dụng xác thực "
            + "(bắt buộc ngay nếu vai trò yêu cầu). Chỉ làm khi đã xác minh đúng người dùng mất cả điện thoại "
            + "lẫn mã khôi phục.",
    };

    public string Button => Action switch
    {
        UserAction.EndSessions => "Kết thúc phiên đăng nhập",
        _ => "Đặt lại xác thực hai lớp",
    };

    public string ActionName => Action.ToString();
}

/// <summary>One hold of sign-ins (an audit entry SignInThrottled): for whom, from where, until when.</summary>
public sealed record SignInHold(
    DateTime AtUtc, DateTime UntilUtc, string UserName, string? UserId, string? Address, string? Detail);

/// <summary>An account locked by wrong two-factor codes (Identity's lockout), until its end.</summary>
public sealed record LockedAccount(string Id, string UserName, string FullName, DateTime UntilUtc);

public sealed class LockoutsViewModel
{
    public required int WindowMinutes { get; init; }

    public required IReadOnlyList<SignInHold> Holds { get; init; }

    public required IReadOnlyList<LockedAccount> Locked { get; init; }
}
