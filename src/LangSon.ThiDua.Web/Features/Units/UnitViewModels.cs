using System.ComponentModel.DataAnnotations;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.Units;

/// <summary>Which units the list shows by their status; by default only those still active.</summary>
public enum UnitStatusFilter
{
    [Display(Name = "Đang hoạt động")]
    Active = 0,

    [Display(Name = "Ngừng hoạt động")]
    Inactive = 1,

    [Display(Name = "Tất cả")]
    All = 2,
}

public sealed record UnitRow(int Id, string Code, string Name, UnitKind Kind, int? GroupId, string? GroupName, bool IsActive);

/// <summary>The unit list: the filters as typed (bound back into the GET form) and one page of results.</summary>
public sealed class UnitIndexViewModel
{
    /// <summary>Value of the khối/cụm filter that asks for units not yet in any group.</summary>
    public const int NoGroup = 0;

    public string? Q { get; init; }

    public UnitKind? Kind { get; init; }

    public int? Group { get; init; }

    /// <summary>Nullable only so that no implicit "required" attribute is rendered on the select; always set.</summary>
    public UnitStatusFilter? Status { get; init; }

    public required Page<UnitRow> Results { get; init; }

    public IReadOnlyList<SelectListItem> GroupOptions { get; init; } = [];
}

public sealed record UnitLink(int Id, string Name, bool IsActive);

public sealed record UnitHistoryRow(DateTime AtUtc, string UserName, string Action, IReadOnlyList<string> Changes);

public sealed class UnitDetailsViewModel
{
    public int Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public UnitKind Kind { get; init; }

    public bool IsActive { get; init; }

    public UnitLink? Parent { get; init; }

    public int? GroupId { get; init; }

    public string? GroupName { get; init; }

    public EmulationGroupKind? GroupKind { get; init; }

    public string? FormerDistrict { get; init; }

    public string? FormedFrom { get; init; }

    public string? Note { get; init; }

    public string? HeadName { get; init; }

    public string? HeadTitle { get; init; }

    public int UserCount { get; set; }

    public int ActiveUserCount { get; set; }

    public IReadOnlyList<UnitLink> Children { get; set; } = [];

    public IReadOnlyList<string> LedGroups { get; set; } = [];

    public IReadOnlyList<UnitHistoryRow> History { get; set; } = [];
}

/// <summary>The confirmation page before a unit is deactivated or reactivated.</summary>
public sealed record UnitStatusChangeViewModel(int Id, string Code, string Name, int ActiveUserCount, IReadOnlyList<string> LedGroups);
