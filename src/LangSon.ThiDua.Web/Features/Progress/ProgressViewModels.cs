using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Progress;

/// <summary>A target with what decides who may see it and report on it (its plan, unit and campaign).</summary>
public sealed class TargetHeader : TargetTerms
{
    public int Id { get; init; }

    public int PlanId { get; init; }

    public int UnitId { get; init; }

    public required string UnitName { get; init; }

    public PlanStatus PlanStatus { get; init; }

    /// <summary>The plan was accepted once: it stays in force while amended (UnitPlan.HasBeenAccepted).</summary>
    public bool PlanWasAccepted { get; init; }

    /// <summary>Why no progress may be reported on this target now, or null (PlanTarget.ReportRefusal).</summary>
    public string? ReportRefusal => PlanTarget.ReportRefusal(PlanStatus, PlanWasAccepted);

    public DateOnly CampaignStart { get; init; }

    public CampaignStatus CampaignStatus { get; init; }

    public int AreaNumber { get; init; }

    public required string AreaTitle { get; init; }

    public bool CampaignClosed => CampaignStatus.IsFinished();

    /// <summary>"1.234,5 %" for numeric values (with the unit of measure), "Hoàn thành / Chưa hoàn thành" for milestones.</summary>
    public string Result(decimal? value, bool? done) => IsNumeric
        ? Join(VietnameseNumber.Format(value), UnitOfMeasure)
        : done == true ? "Hoàn thành" : "Chưa hoàn thành";

    public string WithUnit(decimal? value) => value is null ? "—" : Join(VietnameseNumber.Format(value), UnitOfMeasure);

    private static string Join(string number, string? unit) => string.IsNullOrWhiteSpace(unit) ? number : $"{number} {unit}";
}

/// <summary>/Progress/Target/{id}: a target, its derived state and its full report history, newest first.</summary>
public sealed class TargetProgressPage
{
    public required TargetHeader Target { get; init; }

    public required Page<ReportItem> Reports { get; init; }

    public TargetState State { get; init; }

    public decimal Percent { get; init; }

    /// <summary>A user of the target's own unit, and the plan is accepted.</summary>
    public bool CanReport { get; init; }
}

public sealed record ReportItem(
    long Id,
    DateOnly AsOfDate,
    decimal? Value,
    bool? MilestoneDone,
    decimal Percent,
    string Narrative,
    string? Difficulties,
    string ReporterFullName,
    DateTime CreatedAtUtc,
    IReadOnlyList<EvidenceItem> Files);

public sealed record EvidenceItem(long Id, string FileName, long Size)
{
    public string SizeText => Vietnamese.FileSize(Size);
}
