using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.EmulationPacts;

/// <summary>A new year's pact of a group: the year, the campaign it commits to, the year's lead and deputy.</summary>
public sealed class PactDraftForm
{
    public int? Year { get; set; }

    public int? CampaignId { get; set; }

    public int? LeadUnitId { get; set; }

    public int? DeputyUnitId { get; set; }

    [BindNever]
    public string GroupName { get; set; } = string.Empty;

    [BindNever]
    public IReadOnlyList<SelectListItem> CampaignOptions { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> UnitOptions { get; set; } = [];
}

public sealed class PactDraftFormValidator : AbstractValidator<PactDraftForm>
{
    public PactDraftFormValidator()
    {
        RuleFor(f => f.Year).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Hãy nhập năm của giao ước.")
            .InclusiveBetween(EmulationPact.MinYear, EmulationPact.MaxYear)
            .WithMessage($"Năm giao ước phải từ {EmulationPact.MinYear} đến {EmulationPact.MaxYear}.");
        RuleFor(f => f.CampaignId).NotNull().WithMessage("Hãy chọn phong trào thi đua.");
        RuleFor(f => f.LeadUnitId).NotNull().WithMessage("Hãy chọn đơn vị trưởng của năm.");
        RuleFor(f => f.DeputyUnitId).Must((f, deputy) => deputy is null || deputy != f.LeadUnitId)
            .WithMessage("Đơn vị phó phải khác đơn vị trưởng.");
    }
}

/// <summary>One commitment of the pact's text as the editor shows it.</summary>
public sealed class CommitmentInput
{
    public int Id { get; set; }

    public string? Text { get; set; }
}

/// <summary>The pact's text: every commitment's wording, while the pact is a draft.</summary>
public sealed class PactTextForm
{
    public List<CommitmentInput> Commitments { get; set; } = [];
}

public sealed class PactTextFormValidator : AbstractValidator<PactTextForm>
{
    public PactTextFormValidator()
    {
        RuleFor(f => f.Commitments).Must(c => c.Count <= 50).WithMessage("Giao ước có quá nhiều cam kết.");
        RuleForEach(f => f.Commitments).ChildRules(c => c.RuleFor(x => x.Text).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Hãy nhập nội dung cam kết.")
            .MaximumLength(4000).WithMessage("Mỗi cam kết tối đa 4.000 ký tự."));
    }
}
