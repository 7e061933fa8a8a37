using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.Progress;

/// <summary>What a unit user types for one progress report (báo cáo tiến độ) of a target.</summary>
public sealed class ProgressForm
{
    public const int MaxFiles = 10;

    public DateOnly? AsOfDate { get; set; }

    /// <summary>Typed the Vietnamese way, "1.234,5"; numeric targets only.</summary>
    public string? Value { get; set; }

    /// <summary>Milestone targets only.</summary>
    public bool? MilestoneDone { get; set; }

    public string? Narrative { get; set; }

    public string? Difficulties { get; set; }

    public List<IFormFile> Files { get; set; } = [];

    [BindNever]
    public TargetHeader? Target { get; set; }

    /// <summary>Files had been chosen but the form was refused: a browser cannot keep them, the user chooses them again.</summary>
    [BindNever]
    public bool FilesDiscarded { get; set; }
}

/// <summary>The rules that need nothing but the form; those that depend on the target are checked by the controller.</summary>
public sealed class ProgressFormValidator : AbstractValidator<ProgressForm>
{
    public ProgressFormValidator(TimeProvider time)
    {
        RuleFor(f => f.AsOfDate).NotNull().WithMessage("Hãy nhập ngày số liệu của báo cáo.")
            .Must(d => d is null || d <= VietnamTime.Today(time)).WithMessage("Ngày số liệu không được sau ngày hôm nay.");
        RuleFor(f => f.Value).Must(v => VietnameseNumber.TryParse(v, out _))
            .When(f => !string.IsNullOrWhiteSpace(f.Value))
            .WithMessage("Giá trị phải là một số viết theo kiểu Việt Nam: dấu chấm ngăn hàng nghìn, dấu phẩy ngăn phần thập phân (ví dụ 1.234,5), tối đa 4 chữ số thập phân.");
        RuleFor(f => f.Narrative).NotEmpty().WithMessage("Hãy nhập nội dung báo cáo (kết quả thực hiện).")
            .MaximumLength(4000).WithMessage("Nội dung báo cáo tối đa 4.000 ký tự.");
        RuleFor(f => f.Difficulties).MaximumLength(4000).WithMessage("Khó khăn, vướng mắc tối đa 4.000 ký tự.");
        RuleFor(f => f.Files).Must(files => files.Count <= ProgressForm.MaxFiles)
            .WithMessage($"Mỗi báo cáo đính kèm tối đa {ProgressForm.MaxFiles} tệp.");
    }
}
