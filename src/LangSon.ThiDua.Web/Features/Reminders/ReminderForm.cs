using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.Reminders;

/// <summary>
/// The "Gửi đôn đốc" form: the rule the units were picked by, the ticked units, the text; and the search that adds
/// units by hand (Command = "search" re-renders the form, keeping what was ticked and typed).
/// </summary>
public sealed class ReminderForm
{
    public const string SearchCommand = "search";
    public const string SendCommand = "send";

    public ReminderRule Rule { get; set; }

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
        RuleFor(f => f.Rule).IsInEnum().WithMessage("Cách chọn đơn vị không hợp lệ.");
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

/// <summary>The default subject and text for each rule, to be edited before sending.</summary>
public static class ReminderTexts
{
    public static string Subject(ReminderRule rule) => rule switch
    {
        ReminderRule.NoPlanSubmitted => "Đôn đốc xây dựng và trình kế hoạch triển khai phong trào thi đua",
        ReminderRule.OverdueTargets => "Đôn đốc thực hiện các mục tiêu, chỉ tiêu đã quá hạn",
        ReminderRule.NoReportFor30Days => "Đôn đốc cập nhật báo cáo tiến độ thực hiện kế hoạch thi đua",
        _ => "Đôn đốc triển khai phong trào thi đua",
    };

    public static string Body(ReminderRule rule, string? campaignTitle, DateOnly? planDeadline, DateOnly today)
    {
        var campaign = campaignTitle is null ? "phong trào thi đua" : $"phong trào thi đua \"{campaignTitle}\"";
        var deadline = planDeadline is { } d && d >= today ? $" trước ngày {d:dd/MM/yyyy}" : " trong thời gian sớm nhất";
        var text = rule switch
        {
            ReminderRule.NoPlanSubmitted =>
                $"Thực hiện {campaign}, đến nay đơn vị chưa trình kế hoạch triển khai của đơn vị lên Sở Nội vụ (cơ quan thường trực Hội đồng Thi đua – Khen thưởng tỉnh).\n\n" +
                $"Đề nghị Thủ trưởng đơn vị chỉ đạo khẩn trương xây dựng, hoàn thiện và trình kế hoạch trên Cổng thông tin Thi đua – Khen thưởng{deadline}.",
            ReminderRule.OverdueTargets =>
                $"Qua theo dõi việc thực hiện {campaign}, đơn vị còn mục tiêu, chỉ tiêu đã quá thời hạn hoàn thành nhưng chưa đạt.\n\n" +
                "Đề nghị đơn vị tập trung chỉ đạo thực hiện, cập nhật kết quả trên Cổng thông tin Thi đua – Khen thưởng và nêu rõ khó khăn, vướng mắc (nếu có) để Sở Nội vụ tổng hợp, báo cáo UBND tỉnh.",
            ReminderRule.NoReportFor30Days =>
                $"Qua theo dõi việc thực hiện {campaign}, đơn vị chưa cập nhật báo cáo tiến độ trong 30 ngày qua.\n\n" +
                "Đề nghị đơn vị cập nhật kết quả thực hiện các mục tiêu, chỉ tiêu trong kế hoạch đã được chấp thuận trên Cổng thông tin Thi đua – Khen thưởng, kèm minh chứng (nếu có).",
            _ =>
                $"Sở Nội vụ đề nghị đơn vị tiếp tục quan tâm chỉ đạo, triển khai thực hiện {campaign} và cập nhật đầy đủ thông tin trên Cổng thông tin Thi đua – Khen thưởng.",
        };
        return text + "\n\nTrân trọng./.";
    }
}
