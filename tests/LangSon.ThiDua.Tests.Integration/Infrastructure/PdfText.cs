using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace LangSon.ThiDua.Tests.Integration.Infrastructure;

/// <summary>
/// What a generated PDF says, read with PdfPig (no poppler needed): its text (words joined with ' ', normalised to
/// FormC, since Chromium writes some Vietnamese letters decomposed), its lines, its page sizes and the fonts of its
/// letters. CSS uppercases some headings, so their text is uppercase in the PDF; a table cell that wraps splits its
/// text.
/// </summary>
public sealed class PdfText
{
    /// <summary>A4 portrait in points, and the same page turned landscape.</summary>
    public static readonly (int Width, int Height) A4 = (595, 842);
    public static readonly (int Width, int Height) A4Landscape = (842, 595);

    private PdfText(IReadOnlyList<PdfPage> pages) => Pages = pages;

    public IReadOnlyList<PdfPage> Pages { get; }

    public int PageCount => Pages.Count;

    /// <summary>All the words of all the pages, joined with a space, in FormC.</summary>
    public string Text => string.Join(' ', Pages.Select(p => p.Text));

    /// <summary>Every line of every page, top to bottom.</summary>
    public IEnumerable<string> Lines => Pages.SelectMany(p => p.Lines);

    /// <summary>
    /// The number (1-based) of the first page whose words read <paramref name="phrase"/> (words joined by single
    /// spaces, so a phrase may run over a line break); 0 when no page does.
    /// </summary>
    public int PageOf(string phrase) =>
        Pages.FirstOrDefault(p => p.Text.Contains(phrase, StringComparison.Ordinal))?.Number ?? 0;

    /// <summary>The last page that holds the phrase (a phrase the body also uses earlier, such as "theo quy
    /// định.").</summary>
    public int LastPageOf(string phrase) =>
        Pages.LastOrDefault(p => p.Text.Contains(phrase, StringComparison.Ordinal))?.Number ?? 0;

    /// <summary>The distinct font names of the visible letters (e.g. "AAAAAA+LiberationSerif-Bold").</summary>
    public IReadOnlyList<string> Fonts => Pages.SelectMany(p => p.Fonts).Distinct().ToList();

    public static PdfText Read(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return new PdfText(document.GetPages().Select(PdfPage.Of).ToList());
    }

    /// <summary>
    /// Asserts the house rules of every generated document: every page A4 (portrait, or landscape where allowed) and
    /// every visible letter in an embedded Liberation Serif (no fallback glyph font).
    /// </summary>
    public void AssertA4InLiberationSerif(bool landscapeAllowed = false)
    {
        Assert.NotEmpty(Pages);
        Assert.All(Pages, p => Assert.True(p.Size == A4 || (landscapeAllowed && p.Size == A4Landscape),
            $"Page {p.Number} is {p.Size.Width}×{p.Size.Height} pt, not A4"));
        // Chromium names it "LiberationSerif", PDFsharp (a merged file's page numbers) "Liberation Serif".
        Assert.All(Fonts, f =>
            Assert.Contains("LiberationSerif", f.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    /// <summary>
    /// Asserts that some line names one of <paramref name="names"/> (so the check can fail) and that no such line also
    /// holds one of <paramref name="words"/> (case-insensitive): e.g. no council member printed next to a vote choice.
    /// </summary>
    public void AssertNoLineJoins(IReadOnlyCollection<string> names, IReadOnlyCollection<string> words)
    {
        var named = Lines.Where(l => names.Any(n => l.Contains(n, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, l => Assert.DoesNotContain(words, w => l.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Asserts that each phrase sits on one line of the page, centred within 15 pt of the given x
    /// (points).</summary>
    public static void AssertCentred(PdfPage page, params (string Phrase, double Centre)[] expected)
    {
        var misplaced = expected.Select(e => (e.Phrase, e.Centre, Actual: page.CentreOf(e.Phrase)))
            .Where(e => Math.Abs(e.Actual - e.Centre) > 15).Select(e => $"\"{e.Phrase}\" centred at {e.Actual:0} pt, not {e.Centre:0} pt").ToList();
        Assert.True(misplaced.Count == 0, $"Page {page.Number}: " + string.Join("; ", misplaced));
    }

    /// <summary>One word: its text (FormC) and where it sits (points from the bottom left corner).</summary>
    public sealed record PdfWord(string Text, double Left, double Right, double Baseline);

    /// <summary>One page: its size in whole points, its words, text and lines (FormC) and its letters' fonts.</summary>
    public sealed record PdfPage(int Number, (int Width, int Height) Size, IReadOnlyList<PdfWord> Words, IReadOnlyList<string> Fonts)
    {
        /// <summary>The words in the PDF's own order joined with a space.</summary>
        public string Text => string.Join(' ', Words.Select(w => w.Text));

        /// <summary>Words on the same baseline (within 2 pt), top to bottom, left to right; columns side by side share
        /// a line.</summary>
        public IReadOnlyList<string> Lines => LinesOf(Words).Select(l => string.Join(' ', l.Select(w => w.Text))).ToList();

        /// <summary>
        /// The NĐ 30 issuing body block: the words of the left half of the page above the "Số:" line, joined with a
        /// space (e.g. "UBND TỈNH LẠNG SƠN SỞ Y TẾ"), however the body's name wraps.
        /// </summary>
        public string IssuerBlock => string.Join(' ', LinesOf(Words.Where(w => w.Right < Size.Width / 2.0))
            .TakeWhile(l => !l[0].Text.StartsWith("Số", StringComparison.Ordinal))
            .SelectMany(l => l.Select(w => w.Text)));

        /// <summary>
        /// The issuing body's lines as printed (the left half of the page above the "Số:" line), one string a line:
        /// ["ỦY BAN NHÂN DÂN", "PHƯỜNG TAM THANH"].
        /// </summary>
        public IReadOnlyList<string> IssuerLines =>
            IssuerWords.Select(l => string.Join(' ', l.Select(w => w.Text))).ToList();

        /// <summary>The room (points) between the issuer's widest line and the quốc hiệu to its right.</summary>
        public double IssuerGap()
        {
            var right = IssuerWords.SelectMany(l => l).Max(w => w.Right);
            var nation = Words.First(w => w.Text == "CỘNG" && w.Left > right - 50);
            return nation.Left - right;
        }

        /// <summary>
        /// The Nơi nhận lines: the left column's lines after "Nơi nhận:", a wrapped recipient joined to its line
        /// ("- Sở Nội vụ (Thường trực Hội đồng TĐKT tỉnh);").
        /// </summary>
        public IReadOnlyList<string> RecipientLines()
        {
            var lines = LinesOf(Words.Where(w => w.Right < Size.Width / 2.0))
                .Select(l => string.Join(' ', l.Select(w => w.Text)))
                .SkipWhile(l => !l.StartsWith("Nơi nhận:", StringComparison.Ordinal)).Skip(1).ToList();
            var recipients = new List<string>();
            foreach (var line in lines)
            {
                if (line.StartsWith('-'))
                {
                    recipients.Add(line);
                }
                else if (recipients.Count > 0 && !recipients[^1].EndsWith('.'))
                {
                    recipients[^1] += " " + line;
                }
                else
                {
                    break;
                }
            }

            return recipients;
        }

        /// <summary>The word printed in the top margin of the page (a page number), or null.</summary>
        public PdfWord? TopMarginWord(double marginPoints = 50) =>
            Words.Where(w => w.Baseline > Size.Height - marginPoints)
                .OrderByDescending(w => w.Baseline).FirstOrDefault();

        private IEnumerable<List<PdfWord>> IssuerWords => LinesOf(Words.Where(w => w.Right < Size.Width / 2.0))
            .TakeWhile(l => !l[0].Text.StartsWith("Số", StringComparison.Ordinal));

        /// <summary>The horizontal centre (points) of the first run of words on one line that reads <paramref
        /// name="phrase"/>.</summary>
        public double CentreOf(string phrase)
        {
            var wanted = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var line in LinesOf(Words))
            {
                for (var i = 0; i + wanted.Length <= line.Count; i++)
                {
                    if (line.Skip(i).Take(wanted.Length).Select(w => w.Text).SequenceEqual(wanted))
                    {
                        return (line[i].Left + line[i + wanted.Length - 1].Right) / 2;
                    }
                }
            }

            throw new Xunit.Sdk.XunitException($"\"{phrase}\" is not on one line of page {Number}");
        }

        internal static PdfPage Of(Page page) => new(
            page.Number,
            ((int)Math.Round(page.Width), (int)Math.Round(page.Height)),
            page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text))
                .Select(w => new PdfWord(Fold(w.Text), w.BoundingBox.Left, w.BoundingBox.Right, w.Letters[0].StartBaseLine.Y)).ToList(),
            page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.FontName ?? "(no font name)").Distinct().ToList());

        private static List<List<PdfWord>> LinesOf(IEnumerable<PdfWord> words)
        {
            var lines = new List<List<PdfWord>>();
            foreach (var word in words.OrderByDescending(w => w.Baseline))
            {
                if (lines.Count > 0 && Math.Abs(lines[^1][0].Baseline - word.Baseline) <= 2)
                {
                    lines[^1].Add(word);
                }
                else
                {
                    lines.Add([word]);
                }
            }

            return lines.Select(l => l.OrderBy(w => w.Left).ToList()).ToList();
        }
    }

    private static string Fold(string text) => text.Normalize(NormalizationForm.FormC);
}
