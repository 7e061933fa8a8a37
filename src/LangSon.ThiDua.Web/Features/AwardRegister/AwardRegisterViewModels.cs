using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.AwardRegister;

/// <summary>The list's filter, from the query string: name (folded), unit, award form, year of decision.</summary>
public sealed class AwardRegisterFilter
{
    public string? Q { get; set; }

    public int? Unit { get; set; }

    public int? Form { get; set; }

    public int? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Unit is null && Form is null && Year is null;
}

/// <summary>A line of the register as the lists show it.</summary>
public sealed record AwardRecordRow(
    int Id, NomineeKind Kind, string RecipientName, DateOnly? DateOfBirth, Gender? Gender, string? Position,
    int? UnitId,
    string UnitName, string AwardFormName, string DecisionNumber, DateOnly DecisionDate, string Issuer,
    string? CampaignName, DateOnly? RevokedOn, string? RevocationReason)
{
    public bool IsRevoked => RevokedOn is not null;

    /// <summary>A form the unit decides itself (Giấy khen): the unit's own users print its certificate.</summary>
    public bool UnitDecides { get; init; }

    /// <summary>
    /// Who sees the print link, as the certificate's controller decides who prints: Sở Nội vụ and Admin every line,
    /// a unit's users the Giấy khen of their own unit.
    /// </summary>
    public bool PrintableBy(System.Security.Claims.ClaimsPrincipal user) =>
        !IsRevoked && (user.IsInRole(Roles.NoiVu) || user.IsInRole(Roles.Admin)
            || (UnitDecides && UnitId is not null && UnitId == user.UnitId() && Roles.UnitScoped.Any(user.IsInRole)));

    /// <summary>The history page of the recipient: a person's or a collective's.</summary>
    public string HistoryAction => Kind == NomineeKind.Individual ? "Person" : "Collective";
}

public sealed class AwardRegisterIndexViewModel
{
    public required AwardRegisterFilter Filter { get; init; }

    public required Page<AwardRecordRow> Results { get; init; }

    /// <summary>Empty for a unit's users, who see their own unit only.</summary>
    public required IReadOnlyList<SelectListItem> UnitOptions { get; init; }

    public required IReadOnlyList<SelectListItem> FormOptions { get; init; }

    public required IReadOnlyList<int> Years { get; init; }

    /// <summary>The unit's name for a unit's users (their register), null for the province's.</summary>
    public string? OwnUnitName { get; init; }

    /// <summary>Sở Nội vụ and Admin import past awards from Excel.</summary>
    public bool CanImport { get; init; }
}

/// <summary>A person's or a collective's awards, and (for a person) who may be the same person.</summary>
public sealed class AwardHistoryViewModel
{
    public required AwardRecordRow Anchor { get; init; }

    public required IReadOnlyList<AwardRecordRow> Records { get; init; }

    /// <summary>Same folded name, a date of birth missing on one side: never merged, Sở Nội vụ confirms.</summary>
    public required IReadOnlyList<AwardRecordRow> Possible { get; init; }

    public bool CanRevoke { get; init; }

    /// <summary>Sở Nội vụ decides whether a possible namesake is the same person.</summary>
    public bool CanDecideIdentity { get; init; }
}

/// <summary>Sở Nội vụ's answer about a possible namesake: the other line of the register.</summary>
public sealed class IdentityDecisionForm
{
    public int Other { get; set; }
}

/// <summary>Thu hồi khen thưởng (Law 06/2022): the date and the reason, after a confirmation page.</summary>
public sealed class RevokeForm
{
    public DateOnly? RevokedOn { get; set; }

    public string? Reason { get; set; }

    public AwardRecordRow? Record { get; set; }
}

/// <summary>
/// The achievement line a line's certificate prints; blank: the one derived from its campaign or year.
/// </summary>
public sealed class AchievementForm
{
    public string? Achievement { get; set; }

    public AwardRecordRow? Record { get; set; }

    /// <summary>What the certificate prints when the line has no text of its own.</summary>
    public string Derived { get; set; } = "";

    /// <summary>Why the line cannot be changed (a revoked award), or null.</summary>
    public string? Refusal { get; set; }
}
