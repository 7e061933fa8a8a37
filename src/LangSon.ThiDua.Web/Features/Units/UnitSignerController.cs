using FluentValidation;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Units;

/// <summary>
/// The signer line a unit head confirms on a print page: name and title, saved in the unit's settings.
/// </summary>
public sealed class UnitSignerForm
{
    public string? HeadName { get; set; }

    public string? HeadTitle { get; set; }

    /// <summary>The print page to go back to (a local address only).</summary>
    public string? ReturnUrl { get; set; }
}

public sealed class UnitSignerFormValidator : AbstractValidator<UnitSignerForm>
{
    public UnitSignerFormValidator()
    {
        RuleFor(f => f.HeadName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập họ tên người ký.")
            .MaximumLength(100).WithMessage("Họ tên người ký tối đa 100 ký tự.");
        RuleFor(f => f.HeadTitle).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập chức vụ người ký.")
            .MaximumLength(100).WithMessage("Chức vụ người ký tối đa 100 ký tự.");
        RuleFor(f => f.ReturnUrl).MaximumLength(500).WithMessage("Địa chỉ trang in không hợp lệ.");
    }
}

/// <summary>
/// The unit head confirms the signer line of the unit's documents from a print page (Admin edits it under Quản trị →
/// Đơn vị). Only the head of that unit: a clerk prepares documents, the head answers for who signs them.
/// </summary>
[Authorize(Policy = Policies.SubmitForUnit)]
public sealed class UnitSignerController(AppDbContext db) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Confirm(UnitSignerForm form, CancellationToken ct)
    {
        var back = form.ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/";
        if (!ModelState.IsValid)
        {
            var errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage);
            TempData.SetError(string.Join(" ", errors));
            return LocalRedirect(back);
        }

        var unitId = User.UnitId();
        var unit = unitId is null ? null : await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return Forbid();
        }

        unit.HeadName = form.HeadName!.Trim();
        unit.HeadTitle = form.HeadTitle!.Trim();
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã lưu người ký văn bản của {unit.Name}: {unit.HeadTitle} {unit.HeadName}.");
        return LocalRedirect(back);
    }
}
