using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Documents;

/// <summary>Everything the Excel export of a unit's plan shows; filled by the web from the database.</summary>
public sealed class PlanExportModel
{
    public required string UnitCode { get; init; }

    public required string UnitName { get; init; }

    public required string CampaignTitle { get; init; }

    public string? DocumentNumber { get; init; }

    public DateOnly? DocumentDate { get; init; }

    public PlanStatus Status { get; init; }

    /// <summary>The day the states and latest values are computed for (Vietnam time).</summary>
    public DateOnly AsOf { get; init; }

    public IReadOnlyList<ExportArea> Areas { get; init; } = [];

    /// <summary>Every progress report of the plan, in the order to list them.</summary>
    public IReadOnlyList<ExportReport> Reports { get; init; } = [];
}

public sealed record ExportArea(int Number, string ShortTitle, IReadOnlyList<ExportTarget> Targets);

public sealed class ExportTarget : TargetTerms
{
    /// <summary>The latest report (by as-of date, then order of entry), or null when none.</summary>
    public ExportReport? Latest { get; init; }

    public TargetState State { get; init; }
}

public sealed class ExportReport
{
    public int AreaNumber { get; init; }

    public required string TargetTitle { get; init; }

    public MeasureKind MeasureKind { get; init; }

    public string? UnitOfMeasure { get; init; }

    public DateOnly AsOfDate { get; init; }

    public decimal? Value { get; init; }

    public bool? MilestoneDone { get; init; }

    public decimal Percent { get; init; }

    public required string Narrative { get; init; }

    public string? Difficulties { get; init; }

    public required string ReporterName { get; init; }

    /// <summary>When the report was sent, in Vietnam time.</summary>
    public DateTime ReportedAt { get; init; }
}
