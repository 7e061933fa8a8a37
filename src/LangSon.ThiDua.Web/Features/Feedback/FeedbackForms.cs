using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.Feedback;

/// <summary>What an observer or a unit user types to send a feedback (phản ánh khó khăn, vướng mắc) to Sở Nội vụ.</summary>
public sealed class FeedbackForm
{
    public const int MaxFiles = 5;

    public const int SubjectLength = 300;

    public const int TextLength = 8000;

    public FeedbackCategory? Category { get; set; }

    /// <summary>The unit concerned: chosen by an observer (none: toàn tỉnh); a unit user's own unit, whatever is posted.</summary>
    public int? UnitId { get; set; }

    public int? ContentAreaId { get; set; }

    public string? Subject { get; set; }

    public string? Text { get; set; }

    public List<IFormFile> Files { get; set; } = [];

    /// <summary>The unit user's own unit, shown instead of the choice; null for an observer.</summary>
    [BindNever]
    public string? FixedUnitName { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> UnitOptions { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> AreaOptions { get; set; } = [];

    /// <summary>Files had been chosen but the form was refused: a browser cannot keep them, the user chooses them again.</summary>
    [BindNever]
    public bool FilesDiscarded { get; set; }
}

/// <summary>The rules that need nothing but the form; the unit and the content area are checked against the database by the controller.</summary>
public sealed class FeedbackFormValidator : AbstractValidator<FeedbackForm>
{
    public FeedbackFormValidator()
    {
        RuleFor(f => f.Category).NotNull().WithMessage("Hãy chọn lĩnh vực phản ánh.")
            .IsInEnum().WithMessage("Lĩnh vực phản ánh không hợp lệ.");
        RuleFor(f => f.Subject).NotEmpty().WithMessage("Hãy nhập tiêu đề phản ánh.")
            .MaximumLength(FeedbackForm.SubjectLength).WithMessage("Tiêu đề tối đa 300 ký tự.");
        RuleFor(f => f.Text).NotEmpty().WithMessage("Hãy nhập nội dung phản ánh.")
            .MaximumLength(FeedbackForm.TextLength).WithMessage("Nội dung phản ánh tối đa 8.000 ký tự.");
        RuleFor(f => f.Files).Must(files => files.Count <= FeedbackForm.MaxFiles)
            .WithMessage($"Mỗi phản ánh đính kèm tối đa {FeedbackForm.MaxFiles} tệp.");
    }
}

/// <summary>Sở Nội vụ's answer to a feedback.</summary>
public sealed class ReplyForm
{
    public string? Answer { get; set; }
}

public sealed class ReplyFormValidator : AbstractValidator<ReplyForm>
{
    public ReplyFormValidator()
    {
        RuleFor(f => f.Answer).NotEmpty().WithMessage("Hãy nhập nội dung trả lời.")
            .MaximumLength(FeedbackForm.TextLength).WithMessage("Nội dung trả lời tối đa 8.000 ký tự.");
    }
}
