using FluentValidation;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.Nominations;

/// <summary>The unit head submits chosen nominations under the unit's Tờ trình (number and date).</summary>
public sealed class SubmitForm
{
    public string? DocumentNumber { get; set; }

    public DateOnly? DocumentDate { get; set; }

    public List<int> NominationIds { get; set; } = [];

    [BindNever]
    public string UnitName { get; set; } = string.Empty;

    [BindNever]
    public DeadlineBanner? Deadline { get; set; }

    /// <summary>The unit's draft and returned nominations, each with what stops it from going.</summary>
    [BindNever]
    public IReadOnlyList<SubmitCandidate> Candidates { get; set; } = [];
}

public sealed record SubmitCandidate(int Id, string NomineeName, NomineeKind Kind, string AwardFormName, NominationStatus Status, IReadOnlyList<string> Problems)
{
    public bool CanGo => Problems.Count == 0;
}

public sealed class SubmitFormValidator : AbstractValidator<SubmitForm>
{
    public SubmitFormValidator(TimeProvider time)
    {
        RuleFor(f => f.DocumentNumber).NotEmpty().WithMessage("Hãy nhập số Tờ trình của đơn vị.")
            .Must(v => v is null || v.Trim().Length <= 50).WithMessage("Số Tờ trình tối đa 50 ký tự.");
        RuleFor(f => f.DocumentDate).NotNull().WithMessage("Hãy nhập ngày Tờ trình.")
            .Must(d => d is null || d <= VietnamTime.Today(time)).WithMessage("Ngày Tờ trình không được sau ngày hôm nay.")
            .Must(d => d is null || d >= new DateOnly(2000, 1, 1)).WithMessage("Ngày Tờ trình không hợp lệ.");
        RuleFor(f => f.NominationIds).NotEmpty().WithMessage("Hãy chọn ít nhất một hồ sơ để trình.");
    }
}

/// <summary>One file of the dossier: which required document it is, and the file.</summary>
public sealed class AttachForm
{
    public static readonly IReadOnlyList<DossierDocuments> Kinds =
        [DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes, DossierDocuments.Submission];

    public DossierDocuments? DocumentKind { get; set; }

    public IFormFile? File { get; set; }

    [BindNever]
    public int NominationId { get; set; }

    [BindNever]
    public string NomineeName { get; set; } = string.Empty;

    [BindNever]
    public DossierDocuments RequiredDocuments { get; set; }
}

public sealed class AttachFormValidator : AbstractValidator<AttachForm>
{
    public AttachFormValidator(UploadOptions limits)
    {
        RuleFor(f => f.DocumentKind).NotNull().WithMessage("Hãy chọn loại tài liệu.")
            .Must(k => k is null || AttachForm.Kinds.Contains(k.Value)).WithMessage("Loại tài liệu không hợp lệ.");
        RuleFor(f => f.File).NotNull().WithMessage("Hãy chọn tệp cần tải lên.");
        RuleFor(f => f.File).Must(f => f is null || f.Length <= limits.MaxFileBytes)
            .WithMessage($"Tệp vượt quá dung lượng tối đa {limits.MaxFileText}.");
    }
}
