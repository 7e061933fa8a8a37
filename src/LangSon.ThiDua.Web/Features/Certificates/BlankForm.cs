using System.Linq.Expressions;
using FluentValidation;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.Certificates;

/// <summary>A blank as Admin edits it: the paper, and one row per field (mm, pt) in the order of the enum.</summary>
public sealed class BlankForm
{
    public PaperSize Paper { get; set; } = PaperSize.A4;

    public PaperOrientation Orientation { get; set; } = PaperOrientation.Landscape;

    public List<BoxForm> Boxes { get; set; } = [];

    public static BlankForm From(CertificateBlank blank) => new()
    {
        Paper = blank.Paper,
        Orientation = blank.Orientation,
        Boxes = Enum.GetValues<CertificateField>().Select(f => blank.Box(f)).Select(b => new BoxForm
        {
            Field = b.Field, X = b.X, Y = b.Y, Width = b.Width, Height = b.Height, FontSize = b.FontSize,
            MinFontSize = b.MinFontSize,
        }).ToList(),
    };

    public IReadOnlyList<CertificateBox> ToBoxes() => Boxes.Select(b => CertificateBox.Of(b.Field, b.X ?? 0, b.Y ?? 0,
        b.Width ?? 0, b.Height ?? 0, b.FontSize ?? 0, b.MinFontSize ?? 0)).ToList();
}

public sealed class BoxForm
{
    public CertificateField Field { get; set; }

    public decimal? X { get; set; }

    public decimal? Y { get; set; }

    public decimal? Width { get; set; }

    public decimal? Height { get; set; }

    public decimal? FontSize { get; set; }

    public decimal? MinFontSize { get; set; }
}

/// <summary>Every number present; the rules that need the paper (inside the sheet) are the entity's.</summary>
public sealed class BlankFormValidator : AbstractValidator<BlankForm>
{
    public BlankFormValidator()
    {
        RuleFor(f => f.Paper).IsInEnum().WithMessage("Hãy chọn khổ giấy.");
        RuleFor(f => f.Orientation).IsInEnum().WithMessage("Hãy chọn chiều giấy.");
        RuleFor(f => f.Boxes.Count).Equal(Enum.GetValues<CertificateField>().Length)
            .WithMessage("Cần đủ các ô của phôi.");
        RuleForEach(f => f.Boxes).SetValidator(new BoxFormValidator());
    }
}

public sealed class BoxFormValidator : AbstractValidator<BoxForm>
{
    public BoxFormValidator()
    {
        Required(b => b.X, "vị trí ngang (mm)");
        Required(b => b.Y, "vị trí dọc (mm)");
        Required(b => b.Width, "chiều rộng (mm)");
        Required(b => b.Height, "chiều cao (mm)");
        Required(b => b.FontSize, "cỡ chữ (pt)");
        Required(b => b.MinFontSize, "cỡ chữ nhỏ nhất (pt)");
    }

    private void Required(Expression<Func<BoxForm, decimal?>> value, string name) =>
        RuleFor(value).NotNull().WithMessage(b => $"Ô \"{b.Field.DisplayName()}\": hãy nhập {name}.")
            .GreaterThanOrEqualTo(0).WithMessage(b => $"Ô \"{b.Field.DisplayName()}\": {name} không được âm.");
}
