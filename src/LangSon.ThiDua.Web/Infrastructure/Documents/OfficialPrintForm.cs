using FluentValidation;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>
/// What a user may change on an administrative document's Print page before printing (số, ngày, người ký, nơi nhận);
/// empty fields take the defaults from the data. Each document's form adds its own fields.
/// </summary>
public abstract class OfficialPrintForm
{
    public string? Number { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>"KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"; one level per line.</summary>
    public string? SignerAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    /// <summary>Nơi nhận, one per line.</summary>
    public string? Recipients { get; set; }

    /// <summary>true: the HTML in the browser (Xem trước); false: the PDF file.</summary>
    public bool Preview { get; set; }
}

/// <summary>The rules every Print page shares; a document's validator derives from it and adds its own.</summary>
public abstract class OfficialPrintFormValidator<TForm> : AbstractValidator<TForm>
    where TForm : OfficialPrintForm
{
    protected OfficialPrintFormValidator()
    {
        RuleFor(f => f.Number).MaximumLength(50).WithMessage("Số văn bản không quá 50 ký tự.");
        RuleFor(f => f.Date).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31))
            .WithMessage("Ngày ban hành phải trong khoảng từ năm 2000 đến năm 2100.");
        RuleFor(f => f.SignerAuthority).MaximumLength(100).WithMessage("Dòng thẩm quyền ký không quá 100 ký tự.");
        RuleFor(f => f.SignerTitle).MaximumLength(100).WithMessage("Chức vụ người ký không quá 100 ký tự.");
        RuleFor(f => f.SignerName).MaximumLength(100).WithMessage("Họ tên người ký không quá 100 ký tự.");
        RuleFor(f => f.Recipients).MaximumLength(1000).WithMessage("Nơi nhận không quá 1.000 ký tự.");
    }
}
