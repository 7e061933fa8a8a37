using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace LangSon.ThiDua.Domain;

public enum PaperSize
{
    [Display(Name = "A4 (297 × 210 mm)")]
    A4 = 1,

    [Display(Name = "A3 (420 × 297 mm)")]
    A3 = 2,
}

public enum PaperOrientation
{
    [Display(Name = "Khổ ngang")]
    Landscape = 1,

    [Display(Name = "Khổ dọc")]
    Portrait = 2,
}

/// <summary>What a certificate prints, each in its own box of the blank.</summary>
public enum CertificateField
{
    [Display(Name = "Họ tên / tên tập thể")]
    RecipientName = 1,

    [Display(Name = "Chức vụ – đơn vị")]
    PositionAndUnit = 2,

    [Display(Name = "Dòng thành tích")]
    Achievement = 3,

    [Display(Name = "Số và ngày quyết định")]
    Decision = 4,

    [Display(Name = "Nơi ký, ngày")]
    PlaceAndDate = 5,

    [Display(Name = "Mã xác minh")]
    VerificationCode = 6,

    [Display(Name = "Mã QR")]
    QrCode = 7,
}

/// <summary>
/// Where one field is printed on a blank: a box in millimetres from the sheet's top left corner, the font size it is
/// printed at and the smallest size it may shrink to (points) before it wraps.
/// </summary>
public sealed class CertificateBox
{
    public CertificateField Field { get; set; }

    public decimal X { get; set; }

    public decimal Y { get; set; }

    public decimal Width { get; set; }

    public decimal Height { get; set; }

    public decimal FontSize { get; set; }

    public decimal MinFontSize { get; set; }

    public static CertificateBox Of(
        CertificateField field, decimal x, decimal y, decimal width, decimal height, decimal size, decimal min) =>
        new() { Field = field, X = x, Y = y, Width = width, Height = height, FontSize = size, MinFontSize = min };
}

/// <summary>
/// A phôi: the province's pre-printed blank of an award form (Bằng khen, Giấy khen), its paper and where each field is
/// printed on it, as Admin measured it on a printed calibration sheet. One blank per award form.
/// </summary>
public sealed class CertificateBlank
{
    public const decimal MinimumFontSize = 6;

    public const decimal MaximumFontSize = 72;

    public int Id { get; set; }

    public int AwardFormId { get; private set; }

    public PaperSize Paper { get; private set; } = PaperSize.A4;

    public PaperOrientation Orientation { get; private set; } = PaperOrientation.Landscape;

    public List<CertificateBox> Boxes { get; private set; } = [];

    public decimal PageWidth => Size(Paper, Orientation).Width;

    public decimal PageHeight => Size(Paper, Orientation).Height;

    /// <summary>The sheet's size in millimetres, turned as the blank is printed.</summary>
    public static (decimal Width, decimal Height) Size(PaperSize paper, PaperOrientation orientation)
    {
        var (longSide, shortSide) = paper == PaperSize.A3 ? (420m, 297m) : (297m, 210m);
        return orientation == PaperOrientation.Landscape ? (longSide, shortSide) : (shortSide, longSide);
    }

    public static CertificateBlank For(
        int awardFormId, PaperSize paper, PaperOrientation orientation, IReadOnlyList<CertificateBox> boxes)
    {
        var blank = new CertificateBlank { AwardFormId = awardFormId };
        blank.Update(paper, orientation, boxes);
        return blank;
    }

    public CertificateBox Box(CertificateField field) => Boxes.Single(b => b.Field == field);

    /// <summary>Changes the paper and the boxes; refused with the first box that is wrong.</summary>
    public void Update(PaperSize paper, PaperOrientation orientation, IReadOnlyList<CertificateBox> boxes)
    {
        var refusal = UpdateRefusal(paper, orientation, boxes);
        if (refusal is not null)
        {
            throw new DomainException(refusal);
        }

        Paper = paper;
        Orientation = orientation;
        foreach (var box in boxes)
        {
            var existing = Boxes.SingleOrDefault(b => b.Field == box.Field);
            if (existing is null)
            {
                Boxes.Add(CertificateBox.Of(box.Field, box.X, box.Y, box.Width, box.Height, box.FontSize,
                    box.MinFontSize));
                continue;
            }

            (existing.X, existing.Y, existing.Width, existing.Height) = (box.X, box.Y, box.Width, box.Height);
            (existing.FontSize, existing.MinFontSize) = (box.FontSize, box.MinFontSize);
        }
    }

    /// <summary>
    /// Why these boxes cannot be the blank's: a field missing or twice, a box not wholly on the sheet, a font size
    /// out of bounds or a minimum above the size. Null when they can.
    /// </summary>
    public static string? UpdateRefusal(
        PaperSize paper, PaperOrientation orientation, IReadOnlyList<CertificateBox> boxes)
    {
        var (width, height) = Size(paper, orientation);
        foreach (var field in Enum.GetValues<CertificateField>())
        {
            var count = boxes.Count(b => b.Field == field);
            if (count != 1)
            {
                return $"Cần đúng một ô \"{field.DisplayName()}\".";
            }
        }

        foreach (var box in boxes)
        {
            var name = box.Field.DisplayName();
            if (box.Width <= 0 || box.Height <= 0)
            {
                return $"Ô \"{name}\": chiều rộng và chiều cao phải lớn hơn 0 mm.";
            }

            if (box.X < 0 || box.Y < 0 || box.X + box.Width > width || box.Y + box.Height > height)
            {
                return $"Ô \"{name}\" nằm ngoài tờ phôi {Mm(width)} × {Mm(height)} mm.";
            }

            if (box.MinFontSize < MinimumFontSize || box.FontSize > MaximumFontSize)
            {
                return $"Ô \"{name}\": cỡ chữ từ {Mm(MinimumFontSize)} đến {Mm(MaximumFontSize)} pt.";
            }

            if (box.MinFontSize > box.FontSize)
            {
                return $"Ô \"{name}\": cỡ chữ nhỏ nhất không được lớn hơn cỡ chữ.";
            }
        }

        return null;
    }

    private static string Mm(decimal value) => value.ToString("0.#", Text.Vietnamese.Culture);
}
