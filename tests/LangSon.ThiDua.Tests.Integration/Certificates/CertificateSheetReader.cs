using System.Text;
using LangSon.ThiDua.Domain;
using UglyToad.PdfPig;

namespace LangSon.ThiDua.Tests.Integration.Certificates;

/// <summary>
/// A printed certificate read back with PdfPig: each visible letter (its glyph's own rectangle, in millimetres from
/// the sheet's top left corner, like the blank's boxes) given to the box it is nearest to, so that a test compares
/// where the text landed with where the blank says it belongs.
/// </summary>
public sealed class CertificateSheetReader
{
    private const double PointInMm = 25.4 / 72;

    private CertificateSheetReader(IReadOnlyList<Sheet> sheets) => Sheets = sheets;

    public IReadOnlyList<Sheet> Sheets { get; }

    public static CertificateSheetReader Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return new CertificateSheetReader(document.GetPages().Select(page => new Sheet(
            page.Width * PointInMm, page.Height * PointInMm,
            page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => new Letter(l.Value,
                l.BoundingBox.Left * PointInMm, (page.Height - l.BoundingBox.Top) * PointInMm,
                l.BoundingBox.Right * PointInMm, (page.Height - l.BoundingBox.Bottom) * PointInMm,
                l.PointSize)).ToList())).ToList());
    }

    /// <summary>A letter: its value and its glyph's rectangle (mm from the top left), and its size in points.</summary>
    public sealed record Letter(string Value, double Left, double Top, double Right, double Bottom, double Size);

    public sealed record Sheet(double Width, double Height, IReadOnlyList<Letter> Letters)
    {
        /// <summary>The letters nearest to each box (a letter inside a box is at distance 0 from it).</summary>
        public Dictionary<CertificateField, List<Letter>> ByBox(IReadOnlyList<CertificateBox> boxes) =>
            boxes.ToDictionary(b => b.Field, b => Letters.Where(l => Nearest(l, boxes) == b).ToList());

        private static CertificateBox Nearest(Letter letter, IReadOnlyList<CertificateBox> boxes) =>
            boxes.OrderBy(b => Distance(letter, b)).First();

        private static double Distance(Letter l, CertificateBox b)
        {
            var (x, y) = ((l.Left + l.Right) / 2, (l.Top + l.Bottom) / 2);
            var dx = Math.Max(0, Math.Max((double)b.X - x, x - (double)(b.X + b.Width)));
            var dy = Math.Max(0, Math.Max((double)b.Y - y, y - (double)(b.Y + b.Height)));
            return Math.Sqrt((dx * dx) + (dy * dy));
        }
    }

    /// <summary>The letters' text without spaces, in FormC (Chromium writes some letters decomposed).</summary>
    public static string TextOf(IEnumerable<Letter> letters) =>
        string.Concat(letters.Select(l => l.Value)).Normalize(NormalizationForm.FormC);

    /// <summary>How far (mm) the letters reach outside the box; 0 when all are inside.</summary>
    public static double Overshoot(IEnumerable<Letter> letters, CertificateBox box) =>
        letters.Select(l => new[]
        {
            (double)box.X - l.Left, l.Right - (double)(box.X + box.Width),
            (double)box.Y - l.Top, l.Bottom - (double)(box.Y + box.Height), 0,
        }.Max()).DefaultIfEmpty(0).Max();

    /// <summary>The horizontal centre of the letters, in mm.</summary>
    public static double Centre(IReadOnlyList<Letter> letters) =>
        (letters.Min(l => l.Left) + letters.Max(l => l.Right)) / 2;
}
