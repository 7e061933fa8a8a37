using System.Text.RegularExpressions;
using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.Units;

/// <summary>What Admin types to create or edit a unit. The select lists are filled by the controller, never bound.</summary>
public sealed class UnitForm
{
    /// <summary>The unit being edited (null when creating); posted back in a hidden field and checked against the route.</summary>
    public int? Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public UnitKind? Kind { get; set; }

    public int? ParentId { get; set; }

    public int? EmulationGroupId { get; set; }

    public string? FormerDistrict { get; set; }

    public string? FormedFrom { get; set; }

    public string? Note { get; set; }

    /// <summary>The head who signs the unit's documents, and the title printed above the name ("Giám đốc").</summary>
    public string? HeadName { get; set; }

    public string? HeadTitle { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> ParentOptions { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> GroupOptions { get; set; } = [];
}

/// <summary>
/// Rules that need no database. Validators are singletons, so the checks against stored data (code
/// already used, parent and group exist, no parent cycle) are done by the controller.
/// </summary>
public sealed partial class UnitFormValidator : AbstractValidator<UnitForm>
{
    public UnitFormValidator()
    {
        RuleFor(f => f.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập mã đơn vị.")
            .Must(c => c!.Trim().Length <= 20).WithMessage("Mã đơn vị tối đa 20 ký tự.")
            .Must(c => CodePattern().IsMatch(c!.Trim())).WithMessage("Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu gạch ngang (-) và dấu gạch dưới (_), không có khoảng trắng.");
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập tên đơn vị.")
            .MaximumLength(300).WithMessage("Tên đơn vị tối đa 300 ký tự.");
        RuleFor(f => f.Kind).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Hãy chọn loại đơn vị.")
            .IsInEnum().WithMessage("Loại đơn vị không hợp lệ.");
        RuleFor(f => f.ParentId)
            .NotEqual(f => f.Id).When(f => f.Id is not null && f.ParentId is not null)
            .WithMessage("Đơn vị cấp trên không thể là chính đơn vị này.");
        RuleFor(f => f.FormerDistrict).MaximumLength(300).WithMessage("Địa bàn cũ tối đa 300 ký tự.");
        RuleFor(f => f.FormedFrom).MaximumLength(1000).WithMessage("Nội dung \"Hình thành từ\" tối đa 1.000 ký tự.");
        RuleFor(f => f.Note).MaximumLength(1000).WithMessage("Ghi chú tối đa 1.000 ký tự.");
        RuleFor(f => f.HeadName).MaximumLength(100).WithMessage("Họ tên thủ trưởng tối đa 100 ký tự.");
        RuleFor(f => f.HeadTitle).MaximumLength(100).WithMessage("Chức vụ thủ trưởng tối đa 100 ký tự.");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
