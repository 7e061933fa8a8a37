using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.ExemplaryModels;

/// <summary>One proposal in a list: who, where, which content area, where it stands.</summary>
public sealed record ExemplaryRow(
    int Id, NomineeKind Kind, string Name, string? UnitName, string? Place, int AreaNumber, string AreaTitle, string Title,
    ExemplaryStatus Status, string ProposedByName, DateTime ProposedAtUtc)
{
    public string Where => UnitName ?? Place ?? "—";
}

/// <summary>The proposer's list: the user's own proposals (and, for a unit's users, their unit's).</summary>
public sealed class ExemplaryIndexViewModel
{
    public ExemplaryStatus? Status { get; init; }

    public bool CanCreate { get; init; }

    public required Page<ExemplaryRow> Results { get; init; }
}

/// <summary>Sở Nội vụ's queue: filters, counts per status, one page of proposals.</summary>
public sealed class ExemplaryReviewViewModel
{
    public string? Q { get; init; }

    public ExemplaryStatus? Status { get; init; }

    public int? Area { get; init; }

    public int? Unit { get; init; }

    public required IReadOnlyDictionary<ExemplaryStatus, int> Counts { get; init; }

    public required IReadOnlyList<SelectListItem> AreaOptions { get; init; }

    public required IReadOnlyList<SelectListItem> UnitOptions { get; init; }

    public required Page<ExemplaryRow> Results { get; init; }

    public bool HasFilters => !string.IsNullOrWhiteSpace(Q) || Status is not null || Area is not null || Unit is not null;
}

/// <summary>Everything about one model, for its proposer and for Sở Nội vụ (never for the public pages).</summary>
public sealed record ExemplaryDetails(
    int Id, NomineeKind Kind, string Name, string? Position, string? UnitName, string? Place, int AreaNumber, string AreaTitle,
    string Title, string Story, bool HasPhoto, ExemplaryStatus Status, string ProposedBy, string ProposedByName, int? ProposerUnitId, DateTime ProposedAtUtc,
    string? ReviewedBy, DateTime? ReviewedAtUtc, string? ReviewNote, DateTime? PublishedAtUtc)
{
    public bool IsEditable => Status == ExemplaryStatus.Proposed;
}

/// <summary>A details page: the model, and what the viewer may do with it.</summary>
public sealed class ExemplaryDetailsViewModel
{
    public required ExemplaryDetails Model { get; init; }

    public bool CanEdit { get; init; }

    public bool Reviewing { get; init; }
}

/// <summary>The Reject page (not publish, or take down): which model, and the reason typed.</summary>
public sealed class RejectViewModel
{
    public required ExemplaryDetails Model { get; init; }

    public required RejectForm Form { get; init; }

    public bool TakingDown => Model.Status == ExemplaryStatus.Published;
}

public static class ExemplaryDisplay
{
    public static string BadgeClass(ExemplaryStatus status) => status switch
    {
        ExemplaryStatus.Proposed => "text-bg-primary",
        ExemplaryStatus.Published => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
