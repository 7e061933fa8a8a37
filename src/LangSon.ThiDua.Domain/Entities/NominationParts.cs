namespace LangSon.ThiDua.Domain;

/// <summary>A target of the proposing unit's plan cited as evidence; its latest reported result shows in the dossier.</summary>
public sealed class NominationTarget
{
    public int NominationId { get; set; }

    public int PlanTargetId { get; set; }

    public PlanTarget? PlanTarget { get; set; }
}

/// <summary>One step of a nomination's history.</summary>
public sealed class NominationTransition
{
    public long Id { get; set; }

    public int NominationId { get; set; }

    public NominationStatus? From { get; set; }

    public NominationStatus To { get; set; }

    public required string UserName { get; set; }

    public required string FullName { get; set; }

    public DateTime AtUtc { get; set; }

    public string? Comment { get; set; }
}
