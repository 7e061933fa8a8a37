using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.Nominations;

/// <summary>What a unit user types for one nomination (hồ sơ đề nghị khen thưởng). Version detects concurrent edits.</summary>
public sealed class NominationForm
{
    public NomineeKind? NomineeKind { get; set; }

    public int? AwardFormId { get; set; }

    public string? NomineeName { get; set; }

    public string? NomineePosition { get; set; }

    public string? NomineeWorkplace { get; set; }

    public string? AchievementSummary { get; set; }

    public TaskRating? TaskRating { get; set; }

    /// <summary>Ngày sinh of an individual: finds the person's earlier awards in the register.</summary>
    public DateOnly? NomineeDateOfBirth { get; set; }

    /// <summary>The ratings of the years before the review year, by year, as the báo cáo thành tích declares them.</summary>
    public Dictionary<int, TaskRating?> PriorRatings { get; set; } = [];

    /// <summary>The campaign's năm xét: the earlier years offered are the <see cref="Nomination.PriorRatingYears"/>
    /// before it.</summary>
    [BindNever]
    public int ReviewYear { get; set; }

    [BindNever]
    public IEnumerable<int> PriorYears => Enumerable.Range(1, Nomination.PriorRatingYears).Select(i => ReviewYear - i);

    /// <summary>The unit's own targets cited as evidence; ids that are not the unit's are ignored by the controller.</summary>
    public List<int> TargetIds { get; set; } = [];

    public int Version { get; set; }

    /// <summary>The nomination being edited, 0 when creating.</summary>
    [BindNever]
    public int Id { get; set; }

    [BindNever]
    public string UnitName { get; set; } = string.Empty;

    [BindNever]
    public IReadOnlyList<AwardFormOption> AwardForms { get; set; } = [];

    [BindNever]
    public IReadOnlyList<EvidenceTarget> Targets { get; set; } = [];

    /// <summary>The returned dossier's reviewer comment, shown above the form.</summary>
    [BindNever]
    public string? ReviewComment { get; set; }

    public static NominationForm From(Nomination nomination) => new()
    {
        Id = nomination.Id,
        NomineeKind = nomination.NomineeKind,
        AwardFormId = nomination.AwardFormId,
        NomineeName = nomination.NomineeName,
        NomineePosition = nomination.NomineePosition,
        NomineeWorkplace = nomination.NomineeWorkplace,
        AchievementSummary = nomination.AchievementSummary,
        TaskRating = nomination.TaskRating,
        NomineeDateOfBirth = nomination.NomineeDateOfBirth,
        PriorRatings = nomination.PriorRatings.ToDictionary(r => r.Year, r => (TaskRating?)r.Rating),
        TargetIds = nomination.Targets.Select(t => t.PlanTargetId).ToList(),
        Version = nomination.Version,
        ReviewComment = nomination.Status == NominationStatus.Returned ? nomination.ReviewComment : null,
    };

    /// <summary>Copies the typed details (not the award form, the kind or the targets, which go through the domain).</summary>
    public void ApplyDetailsTo(Nomination nomination)
    {
        nomination.Rename(NomineeName!);
        nomination.NomineePosition = Blank(NomineePosition);
        nomination.NomineeWorkplace = Blank(NomineeWorkplace);
        nomination.AchievementSummary = AchievementSummary!.Trim();
        nomination.TaskRating = TaskRating!.Value;
        nomination.NomineeDateOfBirth = NomineeKind == Domain.NomineeKind.Individual ? NomineeDateOfBirth : null;
        nomination.DeclarePriorRatings(PriorYears.ToDictionary(y => y, y => PriorRatings.GetValueOrDefault(y)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>An active award form as the form offers it: its eligibility text and the lowest rating it accepts.</summary>
public sealed record AwardFormOption(int Id, string Name, string Eligibility, TaskRating MinimumTaskRating, NomineeKinds NomineeKinds, DossierDocuments RequiredDocuments)
{
    public bool Accepts(NomineeKind kind) =>
        NomineeKinds.HasFlag(kind == NomineeKind.Collective ? Domain.NomineeKinds.Collective : Domain.NomineeKinds.Individual);

    public string KindsText => string.Join(", ", new[] { Domain.NomineeKinds.Collective, Domain.NomineeKinds.Individual }
        .Where(k => NomineeKinds.HasFlag(k)).Select(k => k.DisplayName().ToLowerInvariant()));
}

/// <summary>One of the unit's targets, with its latest reported result, offered (or shown) as evidence.</summary>
public sealed class EvidenceTarget
{
    public int Id { get; init; }

    public int AreaNumber { get; init; }

    public required string Title { get; init; }

    public MeasureKind MeasureKind { get; init; }

    public string? UnitOfMeasure { get; init; }

    public decimal? TargetValue { get; init; }

    public DateOnly Deadline { get; init; }

    public DateOnly? LatestAsOf { get; init; }

    public decimal? LatestValue { get; init; }

    public bool? LatestDone { get; init; }

    public decimal? LatestPercent { get; init; }

    public TargetState State { get; set; }
}

public sealed class NominationFormValidator : AbstractValidator<NominationForm>
{
    public NominationFormValidator()
    {
        RuleFor(f => f.NomineeKind).NotNull().WithMessage("Hãy chọn đối tượng đề nghị: tập thể hay cá nhân.")
            .IsInEnum().WithMessage("Đối tượng đề nghị không hợp lệ.");
        RuleFor(f => f.AwardFormId).NotNull().WithMessage("Hãy chọn hình thức khen thưởng.");
        RuleFor(f => f.NomineeName).NotEmpty().WithMessage("Hãy nhập tên tập thể hoặc họ và tên cá nhân được đề nghị.")
            .Must(v => v is null || v.Trim().Length <= 300).WithMessage("Tên tập thể, cá nhân tối đa 300 ký tự.");
        RuleFor(f => f.NomineePosition).NotEmpty().When(f => f.NomineeKind == NomineeKind.Individual)
            .WithMessage("Hãy nhập chức vụ của cá nhân được đề nghị.");
        RuleFor(f => f.NomineePosition).Must(v => v is null || v.Trim().Length <= 200).WithMessage("Chức vụ tối đa 200 ký tự.");
        RuleFor(f => f.NomineeWorkplace).Must(v => v is null || v.Trim().Length <= 300).WithMessage("Nơi công tác tối đa 300 ký tự.");
        RuleFor(f => f.AchievementSummary).NotEmpty().WithMessage("Hãy nhập tóm tắt thành tích.")
            .Must(v => v is null || v.Trim().Length <= 8000).WithMessage("Tóm tắt thành tích tối đa 8.000 ký tự.");
        RuleFor(f => f.TaskRating).NotNull().WithMessage("Hãy chọn kết quả xếp loại, đánh giá mức độ hoàn thành nhiệm vụ năm 2025.")
            .IsInEnum().WithMessage("Kết quả xếp loại không hợp lệ.");
        RuleFor(f => f.NomineeDateOfBirth)
            .Must(d => d is null || (d.Value.Year >= 1900 && d.Value.Year <= 2100))
            .WithMessage("Ngày sinh không hợp lệ.");
        RuleForEach(f => f.PriorRatings.Values).Must(r => r is null || Enum.IsDefined(r.Value))
            .WithName("PriorRatings").WithMessage("Kết quả xếp loại các năm trước không hợp lệ.");
        RuleFor(f => f.TargetIds).Must(ids => ids.Count <= 200).WithMessage("Chọn tối đa 200 mục tiêu làm minh chứng.");
    }
}
