using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.Campaigns;

/// <summary>The fields of a campaign an administrator types (status moves only through its own actions).</summary>
public sealed class CampaignForm
{
    public string? Code { get; set; }

    public string? Title { get; set; }

    public string? LegalBasis { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public DateOnly? PlanDeadline { get; set; }

    public DateOnly? NominationDeadline { get; set; }

    public static CampaignForm From(Campaign c) => new()
    {
        Code = c.Code,
        Title = c.Title,
        LegalBasis = c.LegalBasis,
        StartDate = c.StartDate,
        EndDate = c.EndDate,
        PlanDeadline = c.PlanDeadline,
        NominationDeadline = c.NominationDeadline,
    };

    public void ApplyTo(Campaign campaign)
    {
        campaign.Code = Code!.Trim();
        campaign.Title = Title!.Trim();
        campaign.LegalBasis = LegalBasis!.Trim();
        campaign.StartDate = StartDate!.Value;
        campaign.EndDate = EndDate;
        campaign.PlanDeadline = PlanDeadline;
        campaign.NominationDeadline = NominationDeadline;
    }
}

public sealed class CampaignFormValidator : AbstractValidator<CampaignForm>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public CampaignFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Hãy nhập mã phong trào.")
            .MaximumLength(50).WithMessage("Mã phong trào tối đa 50 ký tự.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Hãy nhập tên phong trào.")
            .MaximumLength(500).WithMessage("Tên phong trào tối đa 500 ký tự.");
        RuleFor(f => f.LegalBasis).NotEmpty().WithMessage("Hãy nhập căn cứ pháp lý.")
            .MaximumLength(2000).WithMessage("Căn cứ pháp lý tối đa 2.000 ký tự.");
        RuleFor(f => f.StartDate).NotNull().WithMessage("Hãy nhập ngày bắt đầu.")
            .InclusiveBetween(Earliest, Latest).WithMessage("Ngày bắt đầu phải trong khoảng từ năm 2000 đến năm 2100.");
        RuleFor(f => f.EndDate).GreaterThanOrEqualTo(f => f.StartDate)
            .When(f => f.StartDate is not null && f.EndDate is not null)
            .WithMessage("Ngày kết thúc không được trước ngày bắt đầu.");
        RuleFor(f => f.EndDate).LessThanOrEqualTo(Latest).WithMessage("Ngày kết thúc không hợp lệ.");
        RuleFor(f => f.PlanDeadline).GreaterThanOrEqualTo(f => f.StartDate)
            .When(f => f.StartDate is not null && f.PlanDeadline is not null)
            .WithMessage("Hạn gửi kế hoạch của đơn vị không được trước ngày bắt đầu phong trào.");
        RuleFor(f => f.PlanDeadline).LessThanOrEqualTo(f => f.EndDate)
            .When(f => f.EndDate is not null && f.PlanDeadline is not null)
            .WithMessage("Hạn gửi kế hoạch của đơn vị không được sau ngày kết thúc phong trào.");
        RuleFor(f => f.NominationDeadline).GreaterThanOrEqualTo(f => f.StartDate)
            .When(f => f.StartDate is not null && f.NominationDeadline is not null)
            .WithMessage("Hạn đề nghị khen thưởng không được trước ngày bắt đầu phong trào.");
        RuleFor(f => f.NominationDeadline).LessThanOrEqualTo(Latest).WithMessage("Hạn đề nghị khen thưởng không hợp lệ.");
    }
}

/// <summary>One content area (nội dung thi đua); its number is given by the system, never typed.</summary>
public sealed class ContentAreaForm
{
    public string? ShortTitle { get; set; }

    public string? FullText { get; set; }

    public string? SuggestedIndicators { get; set; }

    [BindNever]
    public int CampaignId { get; set; }

    [BindNever]
    public string CampaignTitle { get; set; } = string.Empty;

    [BindNever]
    public int Number { get; set; }

    /// <summary>Indicators one per line, without blank lines or stray spaces.</summary>
    public string? NormalizedIndicators()
    {
        var lines = (SuggestedIndicators ?? string.Empty)
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);
        var joined = string.Join("\n", lines);
        return joined.Length == 0 ? null : joined;
    }
}

public sealed class ContentAreaFormValidator : AbstractValidator<ContentAreaForm>
{
    public ContentAreaFormValidator()
    {
        RuleFor(f => f.ShortTitle).NotEmpty().WithMessage("Hãy nhập tên ngắn của nội dung thi đua.")
            .MaximumLength(300).WithMessage("Tên ngắn tối đa 300 ký tự.");
        RuleFor(f => f.FullText).NotEmpty().WithMessage("Hãy nhập toàn văn nội dung thi đua.")
            .MaximumLength(4000).WithMessage("Toàn văn nội dung tối đa 4.000 ký tự.");
        RuleFor(f => f.SuggestedIndicators).MaximumLength(4000).WithMessage("Chỉ tiêu gợi ý tối đa 4.000 ký tự.");
    }
}
