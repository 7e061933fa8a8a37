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
}

/// <summary>A confirmation page (disable, enable) about one account.</summary>
public sealed record UserConfirmation(string Id, string UserName, string FullName, string? UnitName);
