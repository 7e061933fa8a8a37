using FluentValidation;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>
/// What a user may change on a signed document's Print page before printing (số, ngày, người ký); empty fields take
/// the defaults from the data. Each document's form adds its own fields.
/// </summary>
public abstract class SignedPrintForm
{
    public string? Number { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>"KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"; one level per line.</summary>
    public string? SignerAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    /// <summary>true: the HTML in the browser (Xem trước); false: the PDF file.</summary>
    public bool Preview { get; set; }

    /// <summary>The default header with what the user typed: an empty field keeps the default.</summary>
    public virtual OfficialHeader Applied(OfficialHeader defaults) =>
        defaults.EditedBy(Number, Date, SignerAuthority, SignerTitle, SignerName);

    /// <summary>Fills the fields with the header's values, as the Print page first shows them.</summary>
    public virtual void ShowDefaults(OfficialHeader header)
    {
        Number = header.Number;
        Date = header.Date;
        SignerAuthority = header.SignerAuthority;
        SignerTitle = header.SignerTitle;
        SignerName = header.SignerName;
    }
}

/// <summary>A signed document that also lists its Nơi nhận (Kế hoạch, Tờ trình, Quyết định, Báo cáo).</summary>
public abstract class OfficialPrintForm : SignedPrintForm
{
    /// <summary>Nơi nhận, one per line.</summary>
    public string? Recipients { get; set; }

    public override OfficialHeader Applied(OfficialHeader defaults) =>
        defaults.EditedBy(Number, Date, SignerAuthority, SignerTitle, SignerName, Recipients);

    public override void ShowDefaults(OfficialHeader header)
    {
        base.ShowDefaults(header);
        Recipients = string.Join('\n', header.Recipients);
    }
}

public static class PrintForms
{
    /// <summary>
    /// <paramref name="form"/> (with the document's own fields set) filled with the header's defaults.
    /// </summary>
    public static TForm WithDefaults<TForm>(this TForm form, OfficialHeader header)
        where TForm : SignedPrintForm
    {
        form.ShowDefaults(header);
        return form;
    }
}

/// <summary>The rules every Print page shares; a document's validator derives from it and adds its own.</summary>
public abstract class SignedPrintFormValidator<TForm> : AbstractValidator<TForm>
    where TForm : SignedPrintForm
{
    /// <param name="signer">How the page names the signer: "người ký", "thủ trưởng đơn vị".</param>
    protected SignedPrintFormValidator(string signer = "người ký")
    {
        RuleFor(f => f.Number).MaximumLength(50).WithMessage("Số văn bản không quá 50 ký tự.");
        RuleFor(f => f.Date).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31))
            .WithMessage("Ngày ban hành phải trong khoảng từ năm 2000 đến năm 2100.");
        RuleFor(f => f.SignerAuthority).MaximumLength(100).WithMessage("Dòng thẩm quyền ký không quá 100 ký tự.");
        RuleFor(f => f.SignerTitle).MaximumLength(100).WithMessage($"Chức vụ {signer} không quá 100 ký tự.");
        RuleFor(f => f.SignerName).MaximumLength(100).WithMessage($"Họ tên {signer} không quá 100 ký tự.");
    }
}

/// <summary>
/// The shared rules and the Nơi nhận's length: forms sent by GET (preview in a new tab, file download) keep it short
/// enough for a URL.
/// </summary>
public abstract class OfficialPrintFormValidator<TForm> : SignedPrintFormValidator<TForm>
    where TForm : OfficialPrintForm
{
    protected OfficialPrintFormValidator(int recipientsMaxLength = 1000)
    {
        RuleFor(f => f.Recipients).MaximumLength(recipientsMaxLength)
            .WithMessage($"Nơi nhận không quá {recipientsMaxLength.ToString("N0", Vietnamese.Culture)} ký tự.");
    }
}
