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

/// <summary>Numbers typed the Vietnamese way: "1.234,5", "1234,5", "-12"; never "12.5" (read as twelve thousand five hundred by some, 12,5 by others).</summary>
public static partial class VietnameseNumber
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Largest magnitude the database column (18,4) holds.</summary>
    private const decimal Limit = 99_999_999_999_999m;

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        var trimmed = text?.Trim() ?? string.Empty;
        if (!Shape().IsMatch(trimmed))
        {
            return false;
        }

        var plain = trimmed.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && Math.Abs(value) <= Limit;
    }

    public static string Format(decimal? value) => value?.ToString("#,##0.####", Vietnamese) ?? string.Empty;

    [GeneratedRegex(@"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,4})?$")]
    private static partial Regex Shape();
}
