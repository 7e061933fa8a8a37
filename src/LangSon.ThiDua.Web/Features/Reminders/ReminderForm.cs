using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Reminders;

/// <summary>
/// The "Gửi đôn đốc" form: the rules the units were picked by (none: by hand) with N of "not reported for N days", the
/// ticked units, the text; and the search that adds units by hand (Command = "search" re-renders the form, keeping what
/// was ticked and typed).
/// </summary>
public sealed class ReminderForm
{
    public const string SearchCommand = "search";
    public const string SendCommand = "send";

    public List<ReminderRule> Rules { get; set; } = [];

    [Display(Name = "Số ngày chưa báo cáo")]
    public int? NotReportedDays { get; set; }

    public List<int> UnitIds { get; set; } = [];

    [Display(Name = "Tiêu đề")]
    public string? Subject { get; set; }

    [Display(Name = "Nội dung")]
    public string? Body { get; set; }

    [Display(Name = "Tên đơn vị")]
    public string? Q { get; set; }

    [Display(Name = "Khối, cụm thi đua")]
    public int? Group { get; set; }

    [Display(Name = "Loại đơn vị")]
    public UnitKind? Kind { get; set; }

    public string? Command { get; set; }

    public bool IsSearch => Command == SearchCommand;

    /// <summary>The chosen rules as one value; Manual when none.</summary>
    public ReminderRule Chosen => Rules.Aggregate(ReminderRule.Manual, (all, r) => all | r);

    /// <summary>N of "not reported for N days" (the default when not given); meaningful once the form is valid.</summary>
    public int Days => NotReportedDays ?? ReminderTargeting.DefaultNotReportedDays;

    public static string DaysMessage => $"Số ngày chưa báo cáo phải là số nguyên từ 1 đến {Reminder.MaxNotReportedDays}.";

    public static bool ValidDays(int? days) => days is null or (>= 1 and <= Reminder.MaxNotReportedDays);

    /// <summary>The units listed with a tick box: the rule's units, those ticked by hand, then the search results.</summary>
    [BindNever]
    public IReadOnlyList<CandidateUnit> Candidates { get; set; } = [];

    [BindNever]
    public IReadOnlyList<CandidateUnit> SearchResults { get; set; } = [];

    /// <summary>True when the search found more units than are listed.</summary>
    [BindNever]
    public bool SearchTruncated { get; set; }

    [BindNever]
    public string? CampaignTitle { get; set; }

    [BindNever]
    public List<SelectListItem> GroupOptions { get; set; } = [];
}

/// <summary>A unit offered on the form, with why it is there.</summary>
public sealed record CandidateUnit(int Id, string Name, UnitKind Kind, string? GroupName, string Reason, bool Selected);

/// <summary>A table of units with tick boxes (the rule's units, or the search results).</summary>
public sealed record UnitTableModel(string Id, IReadOnlyList<CandidateUnit> Units);

public sealed class ReminderFormValidator : AbstractValidator<ReminderForm>
{
    public ReminderFormValidator()
    {
        RuleForEach(f => f.Rules).Must(r => r != ReminderRule.Manual && (Reminder.AllRules & r) == r)
            .WithMessage("Tiêu chí đôn đốc không hợp lệ.");
        RuleFor(f => f.NotReportedDays).Must(ReminderForm.ValidDays).WithMessage(ReminderForm.DaysMessage)
            .When(f => f.Rules.Contains(ReminderRule.NotReported));
        When(f => !f.IsSearch, () =>
        {
            RuleFor(f => f.UnitIds).NotEmpty().WithMessage("Hãy chọn ít nhất một đơn vị nhận đôn đốc.");
            RuleFor(f => f.Subject).NotEmpty().WithMessage("Hãy nhập tiêu đề văn bản đôn đốc.")
                .MaximumLength(300).WithMessage("Tiêu đề tối đa 300 ký tự.");
            RuleFor(f => f.Body).NotEmpty().WithMessage("Hãy nhập nội dung đôn đốc.")
                .MaximumLength(4000).WithMessage("Nội dung tối đa 4.000 ký tự.");
        });
    }
}

/// <summary>The default subject and common text, to be edited before sending; what applies to each unit comes first.</summary>
public static class ReminderTexts
{
    public static string Subject(ReminderRule rules) => rules switch
    {
        ReminderRule.Manual => "Đôn đốc triển khai phong trào thi đua",
        ReminderRule.NoPlanSubmitted => "Đôn đốc xây dựng và trình kế hoạch triển khai phong trào thi đua",
        ReminderRule.OverdueTargets => "Đôn đốc thực hiện các mục tiêu, chỉ tiêu đã quá hạn",
        ReminderRule.AtRiskTargets => "Đôn đốc đẩy nhanh tiến độ các mục tiêu, chỉ tiêu có nguy cơ chậm",
        ReminderRule.NotReported => "Đôn đốc cập nhật báo cáo tiến độ thực hiện kế hoạch thi đua",
        _ => "Đôn đốc thực hiện kế hoạch triển khai phong trào thi đua",
    };

    /// <summary>
    /// The text common to every unit. Chosen by rules, it claims nothing of its own: each unit's message opens with
    /// what applies to it ("các nội dung nêu trên").
    /// </summary>
    public static string Body(ReminderRule rules, string? campaignTitle, DateOnly? planDeadline, DateOnly today)
    {
        var campaign = campaignTitle is null ? "phong trào thi đua" : $"phong trào thi đua \"{campaignTitle}\"";
        var deadline = planDeadline is { } d && d >= today ? $" trước ngày {Vietnamese.Date(d)}" : " trong thời gian sớm nhất";
        var text = rules switch
        {
            ReminderRule.Manual =>
                $"Sở Nội vụ đề nghị đơn vị tiếp tục quan tâm chỉ đạo, triển khai thực hiện {campaign} và cập nhật đầy đủ thông tin trên Cổng thông tin Thi đua – Khen thưởng.",
            ReminderRule.NoPlanSubmitted =>
                $"Thực hiện {campaign}, đề nghị Thủ trưởng đơn vị chỉ đạo khẩn trương xây dựng, hoàn thiện và trình kế hoạch triển khai của đơn vị trên Cổng thông tin Thi đua – Khen thưởng{deadline}.",
            _ =>
                $"Thực hiện {campaign}, đề nghị Thủ trưởng đơn vị chỉ đạo khắc phục các nội dung nêu trên, cập nhật kết quả trên Cổng thông tin Thi đua – Khen thưởng (kèm minh chứng, nếu có) và nêu rõ khó khăn, vướng mắc (nếu có) để Sở Nội vụ tổng hợp, báo cáo UBND tỉnh.",
        };
        return text + "\n\nTrân trọng./.";
    }
}
