using FluentValidation;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.Council;

/// <summary>A new council session: title, meeting date and place, and the council members invited.</summary>
public sealed class SessionCreateForm
{
    public const string DefaultTitle = "Phiên họp xét khen thưởng tổng kết năm 2025";

    public const string DefaultPlace = "Phòng họp số 1, trụ sở UBND tỉnh Lạng Sơn";

    public string? Title { get; set; } = DefaultTitle;

    public DateOnly? MeetingDate { get; set; }

    public string? Place { get; set; } = DefaultPlace;

    /// <summary>Every active council member, ticked or not (indexed fields: Members[i].UserId, Members[i].Selected).</summary>
    public List<MemberChoice> Members { get; set; } = [];

    [BindNever]
    public string? CampaignTitle { get; set; }
}

/// <summary>One council member in a list of checkboxes; the name is re-read from the database, never bound.</summary>
public sealed class MemberChoice
{
    public string? UserId { get; set; }

    public bool Selected { get; set; }

    [BindNever]
    public string FullName { get; set; } = string.Empty;

    [BindNever]
    public string? Position { get; set; }
}

public sealed class SessionCreateFormValidator : AbstractValidator<SessionCreateForm>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public SessionCreateFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Hãy nhập tên phiên họp.")
            .MaximumLength(300).WithMessage("Tên phiên họp tối đa 300 ký tự.");
        RuleFor(f => f.MeetingDate).NotNull().WithMessage("Hãy nhập ngày họp.")
            .InclusiveBetween(Earliest, Latest).WithMessage("Ngày họp phải trong khoảng từ năm 2000 đến năm 2100.");
        RuleFor(f => f.Place).NotEmpty().WithMessage("Hãy nhập địa điểm họp.")
            .MaximumLength(300).WithMessage("Địa điểm họp tối đa 300 ký tự.");
        RuleFor(f => f.Members).Must(m => m.Exists(c => c.Selected))
            .WithMessage("Hãy chọn ít nhất một thành viên Hội đồng được mời dự họp.");
    }
}

/// <summary>Attendance: who of the invited members is present (Members[i].UserId, Members[i].Selected).</summary>
public sealed class AttendanceForm
{
    public int Version { get; set; }

    public List<MemberChoice> Members { get; set; } = [];
}

/// <summary>Eligible nominations ticked to go on the agenda (Candidates[i].NominationId, Candidates[i].Selected).</summary>
public sealed class AgendaAddForm
{
    public int Version { get; set; }

    public List<AgendaCandidateChoice> Candidates { get; set; } = [];
}

public sealed class AgendaCandidateChoice
{
    public int NominationId { get; set; }

    public bool Selected { get; set; }
}

/// <summary>One nomination taken off the agenda while the session is being prepared.</summary>
public sealed class AgendaRemoveForm
{
    public int Version { get; set; }

    public int NominationId { get; set; }
}

/// <summary>
/// Postponing a session: the new meeting date and the reason (the session's page and the members are told).
/// </summary>
/// <summary>A form about a session that may have to be shown again with the session's facts.</summary>
public interface IScheduleForm
{
    ScheduleModel? Session { get; set; }
}

public sealed class PostponeForm : IScheduleForm
{
    public int Version { get; set; }

    public DateOnly? MeetingDate { get; set; }

    public string? Reason { get; set; }

    [BindNever]
    public ScheduleModel? Session { get; set; }
}

public sealed class PostponeFormValidator : AbstractValidator<PostponeForm>
{
    public PostponeFormValidator(TimeProvider time)
    {
        RuleFor(f => f.MeetingDate).NotNull().WithMessage("Hãy nhập ngày họp mới.")
            .Must(d => d is null || d >= VietnamTime.Today(time)).WithMessage("Ngày họp mới không được trước hôm nay.")
            .LessThanOrEqualTo(new DateOnly(2100, 12, 31)).WithMessage("Ngày họp phải trong khoảng đến năm 2100.");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Hãy ghi rõ lý do hoãn phiên họp.")
            .MaximumLength(500).WithMessage("Lý do tối đa 500 ký tự.");
    }
}

/// <summary>Cancelling a session: the reason is required and recorded.</summary>
public sealed class CancelForm : IScheduleForm
{
    public int Version { get; set; }

    public string? Reason { get; set; }

    [BindNever]
    public ScheduleModel? Session { get; set; }
}

public sealed class CancelFormValidator : AbstractValidator<CancelForm>
{
    public CancelFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Hãy ghi rõ lý do hủy phiên họp.")
            .MaximumLength(500).WithMessage("Lý do tối đa 500 ký tự.");
    }
}

/// <summary>The version of the session the user saw on a confirmation page (open or close voting).</summary>
public sealed class SessionStepForm
{
    public int Version { get; set; }
}

/// <summary>
/// A member's ballot as typed: one choice per agenda nomination (Lines[i].NominationId, Lines[i].Choice). It only ever
/// lives in the member's own request: nothing of it is stored before the ballot is cast, and after that only the votes,
/// apart from the member.
/// </summary>
public sealed class BallotForm
{
    public List<BallotLine> Lines { get; set; } = [];

    public IReadOnlyDictionary<int, VoteChoice> ToChoices() =>
        Lines.Where(l => l.Choice is not null).GroupBy(l => l.NominationId).ToDictionary(g => g.Key, g => g.First().Choice!.Value);
}

public sealed class BallotLine
{
    public int NominationId { get; set; }

    public VoteChoice? Choice { get; set; }
}

public sealed class BallotFormValidator : AbstractValidator<BallotForm>
{
    public const string MissingChoice = "Hãy chọn một ý kiến (Đồng ý, Không đồng ý hoặc Không biểu quyết) cho hồ sơ này.";

    public BallotFormValidator()
    {
        RuleForEach(f => f.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Choice).NotNull().WithMessage(MissingChoice)
                .IsInEnum().WithMessage("Lựa chọn không hợp lệ.");
        });
    }
}
