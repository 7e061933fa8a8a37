using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.Targets;

/// <summary>
/// What a unit user types for one target. Decimals are typed the Vietnamese way (1.234,5) and bound with the
/// request culture (vi-VN); the controller also refuses ambiguous input such as "0.5" (see VietnameseDecimal).
/// </summary>
public sealed class TargetForm
{
    [Display(Name = "Nội dung thi đua")]
    public int? ContentAreaId { get; set; }

    [Display(Name = "Tên mục tiêu")]
    public string? Title { get; set; }

    [Display(Name = "Loại chỉ tiêu")]
    public MeasureKind? MeasureKind { get; set; }

    [Display(Name = "Đơn vị tính")]
    public string? UnitOfMeasure { get; set; }

    [Display(Name = "Chiều đánh giá")]
    public MeasureDirection? Direction { get; set; }

    [Display(Name = "Giá trị ban đầu")]
    public decimal? Baseline { get; set; }

    [Display(Name = "Giá trị mục tiêu")]
    public decimal? TargetValue { get; set; }

    [Display(Name = "Người chịu trách nhiệm")]
    public string? ResponsibleName { get; set; }

    [Display(Name = "Chức vụ")]
    public string? ResponsiblePosition { get; set; }

    [Display(Name = "Tài khoản người chịu trách nhiệm")]
    public string? ResponsibleUserId { get; set; }

    [Display(Name = "Thời hạn")]
    public DateOnly? Deadline { get; set; }

    public int Version { get; set; }

    /// <summary>The target being edited, 0 when creating.</summary>
    [BindNever]
    public int Id { get; set; }

    [BindNever]
    public int PlanId { get; set; }

    [BindNever]
    public string UnitName { get; set; } = string.Empty;

    [BindNever]
    public IReadOnlyList<SelectListItem> AreaOptions { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> UserOptions { get; set; } = [];

    /// <summary>The targets already in the chosen area (Create), to see what is entered so far.</summary>
    [BindNever]
    public IReadOnlyList<string> AreaTargets { get; set; } = [];

    public static TargetForm From(PlanTarget t) => new()
    {
        Id = t.Id,
        PlanId = t.UnitPlanId,
        ContentAreaId = t.ContentAreaId,
        Title = t.Title,
        MeasureKind = t.MeasureKind,
        UnitOfMeasure = t.UnitOfMeasure,
        Direction = t.Direction,
        Baseline = t.Baseline,
        TargetValue = t.TargetValue,
        ResponsibleName = t.ResponsibleName,
        ResponsiblePosition = t.ResponsiblePosition,
        ResponsibleUserId = t.ResponsibleUserId,
        Deadline = t.Deadline,
        Version = t.Version,
    };

    /// <summary>Copies the typed values; a milestone has no unit, baseline nor target value.</summary>
    public void ApplyTo(PlanTarget t)
    {
        var numeric = MeasureKind == Domain.MeasureKind.Numeric;
        t.ContentAreaId = ContentAreaId!.Value;
        t.Title = Title!.Trim();
        t.MeasureKind = MeasureKind!.Value;
        t.UnitOfMeasure = numeric ? UnitOfMeasure!.Trim() : null;
        t.Direction = numeric ? Direction ?? MeasureDirection.HigherIsBetter : MeasureDirection.HigherIsBetter;
        t.Baseline = numeric ? Baseline : null;
        t.TargetValue = numeric ? TargetValue : null;
        t.ResponsibleName = ResponsibleName!.Trim();
        t.ResponsiblePosition = string.IsNullOrWhiteSpace(ResponsiblePosition) ? null : ResponsiblePosition.Trim();
        t.ResponsibleUserId = string.IsNullOrWhiteSpace(ResponsibleUserId) ? null : ResponsibleUserId;
        t.Deadline = Deadline!.Value;
    }

    public PlanTarget ToTarget()
    {
        var target = new PlanTarget { Title = string.Empty, ResponsibleName = string.Empty };
        ApplyTo(target);
        return target;
    }
}

/// <summary>
/// The rules of a target, for the web form and for every row of an Excel import (PlanImport) alike. Validators are
/// singletons: the content area of the plan's campaign and the responsible account of the unit are checked by the
/// controller, the deadline within the campaign with <see cref="DeadlineOutsideCampaign"/>.
/// </summary>
public sealed class TargetFormValidator : AbstractValidator<TargetForm>
{
    /// <summary>The columns hold 18 digits, 4 of them decimals.</summary>
    private const decimal Largest = 99_999_999_999_999m;

    public TargetFormValidator()
    {
        RuleFor(f => f.ContentAreaId).NotNull().WithMessage("Hãy chọn nội dung thi đua.");
        RuleFor(f => f.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập tên mục tiêu, chỉ tiêu, nhiệm vụ.")
            .Must(v => v!.Trim().Length <= 500).WithMessage("Tên mục tiêu tối đa 500 ký tự.");
        RuleFor(f => f.MeasureKind).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Hãy chọn loại chỉ tiêu: định lượng hay nhiệm vụ.")
            .IsInEnum().WithMessage("Loại chỉ tiêu không hợp lệ.");
        When(f => f.MeasureKind == MeasureKind.Numeric, () =>
        {
            RuleFor(f => f.UnitOfMeasure).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Hãy nhập đơn vị tính của chỉ tiêu (ví dụ: %, tỷ đồng, hồ sơ, km).")
                .Must(v => v!.Trim().Length <= 50).WithMessage("Đơn vị tính tối đa 50 ký tự.");
            RuleFor(f => f.Direction).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Hãy chọn chiều đánh giá: càng cao càng tốt hay càng thấp càng tốt.")
                .IsInEnum().WithMessage("Chiều đánh giá không hợp lệ.");
            RuleFor(f => f.TargetValue).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Hãy nhập giá trị mục tiêu cần đạt.")
                .Must((f, value) => f.Baseline is not { } baseline || f.Direction != MeasureDirection.HigherIsBetter
                    || value >= baseline)
                .WithMessage("Chiều đánh giá là \"càng cao càng tốt\" nên giá trị mục tiêu không được thấp hơn "
                    + "giá trị ban đầu.")
                .Must((f, value) => f.Baseline is not { } baseline || f.Direction != MeasureDirection.LowerIsBetter
                    || value <= baseline)
                .WithMessage("Chiều đánh giá là \"càng thấp càng tốt\" nên giá trị mục tiêu không được cao hơn "
                    + "giá trị ban đầu.");
        });
        RuleFor(f => f.Baseline).Must(Fits).WithMessage("Giá trị ban đầu quá lớn hoặc có quá 4 chữ số thập phân.");
        RuleFor(f => f.TargetValue).Must(Fits).WithMessage("Giá trị mục tiêu quá lớn hoặc có quá 4 chữ số thập phân.");
        RuleFor(f => f.ResponsibleName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập họ tên người chịu trách nhiệm.")
            .Must(v => v!.Trim().Length <= 200).WithMessage("Họ tên người chịu trách nhiệm tối đa 200 ký tự.");
        RuleFor(f => f.ResponsiblePosition).Must(v => v is null || v.Trim().Length <= 200)
            .WithMessage("Chức vụ tối đa 200 ký tự.");
        RuleFor(f => f.Deadline).NotNull().WithMessage("Hãy nhập thời hạn hoàn thành.");
    }

    /// <summary>The deadline falls within the campaign: checked with the plan's campaign, by the form's controller and
    /// by the Excel import alike.</summary>
    public static string? DeadlineOutsideCampaign(DateOnly deadline, DateOnly campaignStart, DateOnly? campaignEnd) =>
        deadline < campaignStart
            ? $"Thời hạn không được trước ngày bắt đầu phong trào ({Show(campaignStart)})."
            : campaignEnd is { } end && deadline > end
                ? $"Thời hạn không được sau ngày kết thúc phong trào ({Show(end)})."
                : null;

    private static string Show(DateOnly date) =>
        date.ToString(VietnameseDate.Format, System.Globalization.CultureInfo.InvariantCulture);

    private static bool Fits(decimal? value) =>
        value is not { } v || (Math.Abs(v) <= Largest && decimal.Round(v, 4) == v);
}
