using FluentValidation;

namespace LangSon.ThiDua.Web.Features.CouncilDocuments;

/// <summary>What Sở Nội vụ may change on the Biên bản họp before printing; empty fields take the defaults from the data.</summary>
public sealed class MinutesPrintForm
{
    public string? Number { get; set; }

    public DateOnly? Date { get; set; }

    public string? Subject { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public string? ChairName { get; set; }

    public string? ChairPosition { get; set; }

    public string? SecretaryName { get; set; }

    public string? SecretaryPosition { get; set; }

    /// <summary>true: the HTML in the browser (Xem trước); false: the PDF file.</summary>
    public bool Preview { get; set; }
}

public sealed class MinutesPrintFormValidator : AbstractValidator<MinutesPrintForm>
{
    public MinutesPrintFormValidator()
    {
        RuleFor(f => f.Number).MaximumLength(50).WithMessage("Số biên bản không quá 50 ký tự.");
        RuleFor(f => f.Subject).MaximumLength(300).WithMessage("Trích yếu không quá 300 ký tự.");
        RuleFor(f => f.ChairName).MaximumLength(100).WithMessage("Họ tên người chủ trì không quá 100 ký tự.");
        RuleFor(f => f.ChairPosition).MaximumLength(150).WithMessage("Chức vụ người chủ trì không quá 150 ký tự.");
        RuleFor(f => f.SecretaryName).MaximumLength(100).WithMessage("Họ tên thư ký không quá 100 ký tự.");
        RuleFor(f => f.SecretaryPosition).MaximumLength(150).WithMessage("Chức vụ thư ký không quá 150 ký tự.");
        RuleFor(f => f.EndTime).GreaterThan(f => f.StartTime)
            .When(f => f.StartTime is not null && f.EndTime is not null)
            .WithMessage("Giờ kết thúc phải sau giờ bắt đầu cuộc họp.");
    }
}

/// <summary>What Sở Nội vụ may change on the Biên bản kiểm phiếu before printing.</summary>
public sealed class TallyPrintForm
{
    public string? Number { get; set; }

    public DateOnly? Date { get; set; }

    public string? HeadName { get; set; }

    public string? HeadPosition { get; set; }

    /// <summary>The other members of the counting committee, one per line ("Họ tên, chức vụ").</summary>
    public string? Members { get; set; }

    public bool Preview { get; set; }
}

public sealed class TallyPrintFormValidator : AbstractValidator<TallyPrintForm>
{
    public TallyPrintFormValidator()
    {
        RuleFor(f => f.Number).MaximumLength(50).WithMessage("Số biên bản không quá 50 ký tự.");
        RuleFor(f => f.HeadName).MaximumLength(100).WithMessage("Họ tên Trưởng ban kiểm phiếu không quá 100 ký tự.");
        RuleFor(f => f.HeadPosition).MaximumLength(150).WithMessage("Chức vụ Trưởng ban kiểm phiếu không quá 150 ký tự.");
        RuleFor(f => f.Members).MaximumLength(1000).WithMessage("Danh sách thành viên Ban kiểm phiếu không quá 1.000 ký tự.");
    }
}

/// <summary>The print page of one of the two biên bản: the session, and the form with its defaults.</summary>
public sealed class CouncilPrintViewModel<TForm>
    where TForm : class
{
    public int SessionId { get; init; }

    public required string SessionTitle { get; init; }

    public DateOnly MeetingDate { get; init; }

    public required TForm Form { get; init; }
}

/// <summary>The breadcrumb, title and notes above either print form.</summary>
public sealed record PrintHeading(int SessionId, string SessionTitle, DateOnly MeetingDate, string Document);
