using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.EmulationProposals;

/// <summary>The khối/cụm's meeting after scoring closed: when, where, who chaired, units present, votes.</summary>
public sealed class MeetingForm
{
    [Display(Name = "Ngày họp")]
    public DateOnly? HeldOn { get; set; }

    [Display(Name = "Địa điểm")]
    public string? Place { get; set; }

    [Display(Name = "Chủ trì")]
    public string? ChairName { get; set; }

    [Display(Name = "Số đơn vị có mặt")]
    public int? PresentCount { get; set; }

    public List<VoteInput> Votes { get; set; } = [];

    [BindNever]
    public ProposalsViewModel? Page { get; set; }

    public MeetingRecord ToRecord() => new(HeldOn!.Value, Place, ChairName, PresentCount!.Value,
        Votes.Select(v => new UnitVote(v.UnitId, v.AwardFormId, v.Votes ?? 0)).ToList());
}

/// <summary>How many units present voted for a unit to be proposed for a form (empty: none).</summary>
public sealed class VoteInput
{
    public int UnitId { get; set; }

    public int AwardFormId { get; set; }

    public int? Votes { get; set; }
}

/// <summary>The rules that need only the form and the clock; the pact checks units, forms and votes.</summary>
public sealed class MeetingFormValidator : AbstractValidator<MeetingForm>
{
    public MeetingFormValidator(TimeProvider time)
    {
        RuleFor(f => f.HeldOn).NotNull().WithMessage("Hãy nhập ngày họp.")
            .Must(d => d is null || d <= VietnamTime.Today(time)).WithMessage("Ngày họp không được sau hôm nay.")
            .Must(d => d is null || d.Value.Year >= EmulationPact.MinYear).WithMessage("Ngày họp không hợp lệ.");
        RuleFor(f => f.Place).NotEmpty().WithMessage("Hãy nhập địa điểm họp.")
            .MaximumLength(PactMeeting.PlaceMaxLength).WithMessage(
                $"Địa điểm họp không quá {PactMeeting.PlaceMaxLength} ký tự.");
        RuleFor(f => f.ChairName).NotEmpty().WithMessage("Hãy nhập người chủ trì cuộc họp.")
            .MaximumLength(PactMeeting.ChairMaxLength).WithMessage(
                $"Người chủ trì không quá {PactMeeting.ChairMaxLength} ký tự.");
        RuleFor(f => f.PresentCount).NotNull().WithMessage("Hãy nhập số đơn vị có mặt.")
            .GreaterThan(0).WithMessage("Số đơn vị có mặt phải lớn hơn 0.");
        RuleFor(f => f.Votes).Must(v => v.Count <= 2_000).WithMessage("Quá nhiều dòng biểu quyết.")
            .Must((form, votes) => votes.All(v => v.Votes is null || (v.Votes >= 0 && v.Votes <= form.PresentCount)))
            .WithMessage("Số phiếu của mỗi đơn vị phải từ 0 đến số đơn vị có mặt.");
    }
}
