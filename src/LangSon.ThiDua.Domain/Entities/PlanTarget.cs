using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

public enum MeasureKind
{
    [Display(Name = "Chỉ tiêu định lượng")]
    Numeric = 0,

    [Display(Name = "Nhiệm vụ (hoàn thành / chưa hoàn thành)")]
    Milestone = 1,
}

public enum MeasureDirection
{
    [Display(Name = "Càng cao càng tốt")]
    HigherIsBetter = 0,

    [Display(Name = "Càng thấp càng tốt")]
    LowerIsBetter = 1,
}

/// <summary>Mục tiêu, chỉ tiêu, nhiệm vụ of a unit's plan under one content area.</summary>
public sealed class PlanTarget : IVersioned
{
    public int Id { get; set; }

    public int UnitPlanId { get; set; }

    public UnitPlan? UnitPlan { get; set; }

    public int ContentAreaId { get; set; }

    public ContentArea? ContentArea { get; set; }

    public int SortOrder { get; set; }

    public required string Title { get; set; }

    public MeasureKind MeasureKind { get; set; }

    /// <summary>%, tỷ đồng, hồ sơ, km… (numeric measures only).</summary>
    public string? UnitOfMeasure { get; set; }

    public MeasureDirection Direction { get; set; }

    public decimal? Baseline { get; set; }

    /// <summary>The value to reach (numeric measures only).</summary>
    public decimal? TargetValue { get; set; }

    public required string ResponsibleName { get; set; }

    public string? ResponsiblePosition { get; set; }

    /// <summary>Optionally, the responsible person's account in the unit.</summary>
    public string? ResponsibleUserId { get; set; }

    public DateOnly Deadline { get; set; }

    public int Version { get; set; }

    public List<ProgressReport> Reports { get; set; } = [];

    /// <summary>Percent achieved by a reported value, respecting the direction of the measure (see TargetProgress).</summary>
    public decimal PercentFor(decimal? value, bool? milestoneDone) => TargetProgress.Percent(this, value, milestoneDone);

    /// <summary>
    /// Why progress cannot be reported on a plan in <paramref name="planStatus"/>, or null when it can: the plan
    /// is accepted, or was accepted once and is being amended (<paramref name="planWasAccepted"/>): it stays in force.
    /// </summary>
    public static string? ReportRefusal(PlanStatus planStatus, bool planWasAccepted = false) =>
        planStatus == PlanStatus.Accepted || planWasAccepted
            ? null
            : "Chỉ báo cáo tiến độ được trên kế hoạch đã được Sở Nội vụ chấp thuận.";

    /// <summary>Why the target may not be deleted because of its reports, or null: reports keep their target.</summary>
    public static string? DeleteRefusal(bool hasReports) => hasReports
        ? "Mục tiêu đã có báo cáo tiến độ nên không thể xóa, kể cả khi điều chỉnh kế hoạch: lịch sử báo cáo phải được "
          + "giữ nguyên. Hãy sửa nội dung, giá trị hoặc thời hạn của mục tiêu thay vì xóa."
        : null;

    /// <summary>Records a progress report; reports are never changed afterwards (full history).</summary>
    public ProgressReport Report(ProgressReport report, PlanStatus planStatus, bool planWasAccepted = false)
    {
        if (ReportRefusal(planStatus, planWasAccepted) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        if (MeasureKind == MeasureKind.Numeric && report.Value is null)
        {
            throw new DomainException("Hãy nhập giá trị đạt được của chỉ tiêu.");
        }

        if (MeasureKind == MeasureKind.Milestone && report.MilestoneDone is null)
        {
            throw new DomainException("Hãy cho biết nhiệm vụ đã hoàn thành hay chưa.");
        }

        report.Percent = PercentFor(report.Value, report.MilestoneDone);
        Reports.Add(report);
        return report;
    }
}

/// <summary>Báo cáo tiến độ: append-only, one per report of a target.</summary>
public sealed class ProgressReport
{
    /// <summary>Newest first: by as-of date, then by the order of entry. The first one is the target's latest report.</summary>
    public static IOrderedQueryable<ProgressReport> NewestFirst(IQueryable<ProgressReport> reports) =>
        reports.OrderByDescending(r => r.AsOfDate).ThenByDescending(r => r.Id);

    /// <summary>
    /// The latest report (by <see cref="NewestFirst(IQueryable{ProgressReport})"/>'s rule) of each target of
    /// <paramref name="targets"/> that has one: a lookup of one row per target in the index (PlanTargetId, AsOfDate).
    /// Projecting <c>t.Reports.OrderBy…FirstOrDefault()</c> into an object instead makes EF Core number every report
    /// of the table (ROW_NUMBER over all of ProgressReports) on each query, which grows with the province's data.
    /// </summary>
    public static IQueryable<ProgressReport> LatestOf(
        IQueryable<ProgressReport> reports, IQueryable<PlanTarget> targets) =>
        reports.Where(r => targets
            .Select(t => t.Reports.OrderByDescending(x => x.AsOfDate).ThenByDescending(x => x.Id)
                .Select(x => (long?)x.Id).FirstOrDefault())
            .Contains(r.Id));

    /// <summary>The latest report by the same rule as <see cref="NewestFirst(IQueryable{ProgressReport})"/>, or null.</summary>
    public static ProgressReport? Latest(IEnumerable<ProgressReport> reports) =>
        reports.OrderByDescending(r => r.AsOfDate).ThenByDescending(r => r.Id).FirstOrDefault();

    public long Id { get; set; }

    public int PlanTargetId { get; set; }

    public PlanTarget? PlanTarget { get; set; }

    public DateOnly AsOfDate { get; set; }

    public decimal? Value { get; set; }

    public bool? MilestoneDone { get; set; }

    /// <summary>Percent achieved at the time of the report, computed by the target's rule.</summary>
    public decimal Percent { get; set; }

    public required string Narrative { get; set; }

    public string? Difficulties { get; set; }

    public required string ReporterUserName { get; set; }

    public required string ReporterFullName { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<Attachment> Attachments { get; set; } = [];
}

/// <summary>An evidence file: stored outside the database under the data folder, identified by its SHA-256.</summary>
public sealed class Attachment
{
    public long Id { get; set; }

    public long? ProgressReportId { get; set; }

    public int? NominationId { get; set; }

    /// <summary>A file sent with a feedback (phản ánh).</summary>
    public int? FeedbackId { get; set; }

    /// <summary>Which required dossier document it is, for a nomination's attachment.</summary>
    public DossierDocuments? DocumentKind { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Path relative to the attachment folder.</summary>
    public required string StoragePath { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}
