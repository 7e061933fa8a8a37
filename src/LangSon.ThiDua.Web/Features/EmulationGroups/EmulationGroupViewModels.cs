using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.EmulationGroups;

public sealed record EmulationGroupRow(int Id, string Name, EmulationGroupKind Kind, int? LeadUnitId, string? LeadUnitName, int ActiveUnitCount, int UnitCount);

/// <summary>The khối/cụm list: the filters as typed (bound back into the GET form) and one page of results.</summary>
public sealed class EmulationGroupIndexViewModel
{
    public string? Q { get; init; }

    public EmulationGroupKind? Kind { get; init; }

    public required Page<EmulationGroupRow> Results { get; init; }
}

public sealed record GroupUnitRow(int Id, string Code, string Name, UnitKind Kind, bool IsActive);

public sealed class EmulationGroupDetailsViewModel
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public EmulationGroupKind Kind { get; init; }

    public int? LeadUnitId { get; init; }

    public string? LeadUnitName { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<GroupUnitRow> Units { get; set; } = [];
}

/// <summary>The confirmation page before an empty khối/cụm is deleted.</summary>
public sealed record EmulationGroupDeleteViewModel(int Id, string Name, EmulationGroupKind Kind);
