using FluentValidation;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.ExemplaryModels;

/// <summary>What a proposer types for one exemplary model (gương điển hình), with an optional photo. Version detects concurrent edits.</summary>
public sealed class ExemplaryModelForm
{
    public const int StoryMinLength = 100;
    public const int StoryMaxLength = 10000;

    public NomineeKind? Kind { get; set; }

    public string? Name { get; set; }

    public string? Position { get; set; }

    public int? UnitId { get; set; }

    public string? Place { get; set; }

    public int? ContentAreaId { get; set; }

    public string? Title { get; set; }

    public string? Story { get; set; }

    public IFormFile? Photo { get; set; }

    /// <summary>Edit only: remove the stored photo (a new photo replaces it anyway).</summary>
    public bool RemovePhoto { get; set; }

    public int Version { get; set; }

    [BindNever]
    public int Id { get; set; }

    [BindNever]
    public bool HasPhoto { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Units { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> ContentAreas { get; set; } = [];

    public static ExemplaryModelForm From(ExemplaryModel model) => new()
    {
        Id = model.Id,
        Kind = model.Kind,
        Name = model.Name,
        Position = model.Position,
        UnitId = model.UnitId,
        Place = model.Place,
        ContentAreaId = model.ContentAreaId,
        Title = model.Title,
        Story = model.Story,
        Version = model.Version,
        HasPhoto = model.PhotoPath is not null,
    };

    /// <summary>Copies the typed values (trimmed; empty optional fields as null) and re-indexes the search text.</summary>
    public void ApplyTo(ExemplaryModel model)
    {
        model.Kind = Kind!.Value;
        model.Name = Name!.Trim();
        model.Position = Optional(Position);
        model.UnitId = UnitId;
        model.Place = Optional(Place);
        model.ContentAreaId = ContentAreaId!.Value;
        model.Title = Title!.Trim();
        model.Story = Story!.Trim();
        model.Index();
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class ExemplaryModelFormValidator : AbstractValidator<ExemplaryModelForm>
{
    public ExemplaryModelFormValidator(UploadOptions limits)
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Hãy chọn gương điển hình là cá nhân hay tập thể.")
            .IsInEnum().WithMessage("Loại gương điển hình không hợp lệ.");
        RuleFor(f => f.Name).NotEmpty().WithMessage("Hãy nhập họ và tên cá nhân hoặc tên tập thể.")
            .Must(v => v is null || v.Trim().Length <= 200).WithMessage("Họ tên, tên tập thể tối đa 200 ký tự.");
        RuleFor(f => f.Position).Must(v => v is null || v.Trim().Length <= 200).WithMessage("Chức vụ, nghề nghiệp tối đa 200 ký tự.");
        RuleFor(f => f.Place).NotEmpty().When(f => f.UnitId is null)
            .WithMessage("Hãy chọn cơ quan, đơn vị hoặc ghi nơi công tác, sinh sống (thôn, xã, hợp tác xã…).");
        RuleFor(f => f.Place).Must(v => v is null || v.Trim().Length <= 200).WithMessage("Nơi công tác, sinh sống tối đa 200 ký tự.");
        RuleFor(f => f.ContentAreaId).NotNull().WithMessage("Hãy chọn nội dung thi đua.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Hãy nhập tiêu đề câu chuyện.")
            .Must(v => v is null || v.Trim().Length <= 300).WithMessage("Tiêu đề tối đa 300 ký tự.");
        RuleFor(f => f.Story).NotEmpty().WithMessage("Hãy kể câu chuyện về gương điển hình: đã làm gì, kết quả ra sao.");
        RuleFor(f => f.Story)
            .Must(v => v is null || v.Trim().Length == 0 || v.Trim().Length >= ExemplaryModelForm.StoryMinLength)
            .WithMessage(f => $"Câu chuyện cần ít nhất {ExemplaryModelForm.StoryMinLength} ký tự (hiện có {f.Story!.Trim().Length}); hãy kể cụ thể việc làm và kết quả.")
            .Must(v => v is null || v.Trim().Length <= ExemplaryModelForm.StoryMaxLength)
            .WithMessage("Câu chuyện tối đa 10.000 ký tự.");
        RuleFor(f => f.Photo).Must(p => p is null || p.Length <= limits.MaxFileBytes)
            .WithMessage($"Ảnh vượt quá dung lượng tối đa {limits.MaxFileText}.");
    }
}

/// <summary>Sở Nội vụ's reason for not publishing a proposal, or for taking a published model down.</summary>
public sealed class RejectForm
{
    public string? Reason { get; set; }
}

public sealed class RejectFormValidator : AbstractValidator<RejectForm>
{
    public RejectFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Hãy ghi rõ lý do để người đề xuất biết.")
            .Must(v => v is null || v.Trim().Length <= 2000).WithMessage("Lý do tối đa 2.000 ký tự.");
    }
}
