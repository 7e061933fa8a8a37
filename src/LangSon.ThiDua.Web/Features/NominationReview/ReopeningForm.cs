using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.NominationReview;

/// <summary>Sở Nội vụ reopens the submission of nominations for one unit after the campaign's deadline.</summary>
public sealed class ReopeningForm
{
    [Display(Name = "Đơn vị")]
    public int? UnitId { get; set; }

    [Display(Name = "Mở lại đến hết ngày")]
    public DateOnly? OpenUntil { get; set; }

    [Display(Name = "Lý do mở lại")]
    public string? Reason { get; set; }

    [BindNever]
    public string? CampaignTitle { get; set; }

    [BindNever]
    public DateOnly? NominationDeadline { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> UnitOptions { get; set; } = [];
}

/// <summary>The rules that need only the form and the clock; whether the unit exists and is active is checked by the controller.</summary>
public sealed class ReopeningFormValidator : AbstractValidator<ReopeningForm>
{
    public ReopeningFormValidator(TimeProvider time)
    {
        RuleFor(f => f.UnitId).NotNull().WithMessage("Hãy chọn đơn vị được mở lại việc trình hồ sơ.");
        RuleFor(f => f.OpenUntil).NotNull().WithMessage("Hãy nhập ngày cuối cùng đơn vị được trình hồ sơ.")
            .Must(d => d is null || d >= VietnamTime.Today(time)).WithMessage("Ngày mở lại đến phải từ hôm nay trở đi.")
            .Must(d => d is null || d <= new DateOnly(2100, 12, 31)).WithMessage("Ngày mở lại đến không hợp lệ.");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Hãy ghi rõ lý do mở lại việc tiếp nhận hồ sơ.")
            .Must(v => v is null || v.Trim().Length <= 1000).WithMessage("Lý do tối đa 1.000 ký tự.");
    }
}
