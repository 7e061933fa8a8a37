using LangSon.ThiDua.Documents.Pdf;
using PdfSharp.Drawing;

namespace LangSon.ThiDua.Documents.Certificates;

/// <summary>A box of a blank as the fitting needs it: millimetres and points.</summary>
public sealed record FitBox(double WidthMm, double HeightMm, double FontSize, double MinFontSize);

public enum FitOutcome
{
    /// <summary>One line at the box's own font size.</summary>
    AsDesigned,

    /// <summary>One line, at a smaller size no smaller than the minimum.</summary>
    Shrunk,

    /// <summary>Several lines, the largest size between the box's size and its minimum at which they fit.</summary>
    Wrapped,

    /// <summary>Too tall even wrapped at the minimum size: printed so, the rest cut off by the box.</summary>
    Overflows,
}

/// <summary>A field's text as it is printed: its lines (broken here, never by the browser) and its size.</summary>
public sealed record FittedText(IReadOnlyList<string> Lines, double FontSize, FitOutcome Outcome);

/// <summary>
/// Fits a certificate's text into its box before the browser prints it, measured in the documents' serif (Liberation
/// Serif, metric-compatible with Times New Roman, the font Chromium prints with): first one line at the box's size,
/// then one line shrunk in half points down to the minimum, then wrapped at the largest size from the box's size down
/// to the minimum, and when even that is too tall, wrapped at the minimum with the rest cut off by the box. Widths
/// get a small margin, since the browser's kerning and rounding differ a little from the measure.
/// </summary>
public static class CertificateTextFit
{
    /// <summary>Line height as a multiple of the font size, the same in the template's CSS.</summary>
    public const double LineHeight = 1.2;

    public const double PointInMm = 25.4 / 72;

    private const double WidthMargin = 0.97;

    private static readonly object Gate = new();

    public static FittedText Fit(string text, FitBox box, bool bold)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var single = string.Join(' ', words);
        if (single.Length == 0)
        {
            return new FittedText([], box.FontSize, FitOutcome.AsDesigned);
        }

        lock (Gate)
        {
            PageNumberFont.EnsureInstalled();
            using var gfx = XGraphics.CreateMeasureContext(
                new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
            var sizes = Sizes(box).ToList();
            foreach (var size in sizes)
            {
                if (Tall(1, size) <= box.HeightMm && Wide(gfx, single, size, bold) <= Room(box))
                {
                    return new FittedText([single], size, size == box.FontSize ? FitOutcome.AsDesigned
                        : FitOutcome.Shrunk);
                }
            }

            foreach (var size in sizes)
            {
                var lines = Wrap(gfx, words, size, bold, Room(box));
                if (Tall(lines.Count, size) <= box.HeightMm && lines.All(l => Wide(gfx, l, size, bold) <= Room(box)))
                {
                    return new FittedText(lines, size, FitOutcome.Wrapped);
                }
            }

            return new FittedText(Wrap(gfx, words, box.MinFontSize, bold, Room(box)), box.MinFontSize,
                FitOutcome.Overflows);
        }
    }

    /// <summary>The box's size, then half a point less each time, down to the minimum.</summary>
    private static IEnumerable<double> Sizes(FitBox box)
    {
        for (var size = box.FontSize; size > box.MinFontSize; size -= 0.5)
        {
            yield return size;
        }

        yield return box.MinFontSize;
    }

    private static double Room(FitBox box) => box.WidthMm * WidthMargin;

    private static double Tall(int lines, double size) => lines * size * LineHeight * PointInMm;

    private static double Wide(XGraphics gfx, string text, double size, bool bold) =>
        gfx.MeasureString(text, Font(size, bold)).Width * PointInMm;

    private static XFont Font(double size, bool bold) =>
        new(PageNumberFont.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    /// <summary>Greedy breaking between words; a word wider than the box stays alone on its line.</summary>
    private static List<string> Wrap(XGraphics gfx, IReadOnlyList<string> words, double size, bool bold, double room)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Wide(gfx, candidate, size, bold) > room)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        return lines;
    }
}
