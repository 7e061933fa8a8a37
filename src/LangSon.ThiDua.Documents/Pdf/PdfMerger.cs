using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace LangSon.ThiDua.Documents.Pdf;

/// <summary>One part of a merged PDF: the bookmark's title and the part's own PDF file.</summary>
public sealed record PdfPart(string Title, byte[] Content);

/// <summary>The merged file, its page count, and the titles of the parts that could not be read (left out).</summary>
public sealed record PdfMergeResult(byte[] Content, int PageCount, IReadOnlyList<string> Skipped);

/// <summary>
/// Joins PDF files into one with PDFsharp, in the order given, with one bookmark (outline entry) per part pointing at
/// its first page. A part that is not a readable PDF (damaged, truncated, password-protected, empty) is left out and
/// named in <see cref="PdfMergeResult.Skipped"/>, so that one bad attachment does not stop a whole dossier.
/// </summary>
public static class PdfMerger
{
    /// <summary>
    /// The page number of a merged file: in the top right corner, 10 mm from the edges (clear of the parts' own texts,
    /// which keep the NĐ 30 margins), 12 pt.
    /// </summary>
    private const double NumberInset = 10 / 25.4 * 72;

    /// <param name="parts">The files to join, in order.</param>
    /// <param name="numberPages">
    /// Numbers the merged file as one document: every page but the first carries its number in the file, whatever
    /// numbers the parts printed themselves (the portal's own parts are printed without theirs).
    /// </param>
    public static PdfMergeResult Merge(IEnumerable<PdfPart> parts, bool numberPages = false)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var output = new PdfDocument();
        output.PageLayout = PdfPageLayout.SinglePage;
        output.PageMode = PdfPageMode.UseOutlines;
        var skipped = new List<string>();
        foreach (var part in parts)
        {
            using var source = Open(part.Content);
            if (source is null || source.PageCount == 0)
            {
                skipped.Add(part.Title);
                continue;
            }

            PdfPage? first = null;
            foreach (var page in source.Pages)
            {
                var added = output.AddPage(page);
                first ??= added;
            }

            output.Outlines.Add(part.Title, first!, true);
        }

        if (output.PageCount == 0)
        {
            // A PDF needs at least one page; an empty merge is a caller's mistake, not a file to hand out.
            throw new InvalidOperationException("None of the parts is a readable PDF.");
        }

        if (numberPages)
        {
            Number(output);
        }

        var pageCount = output.PageCount;
        using var stream = new MemoryStream();
        output.Save(stream, false);
        return new PdfMergeResult(stream.ToArray(), pageCount, skipped);
    }

    private static void Number(PdfDocument document)
    {
        PageNumberFont.EnsureInstalled();
        var font = new XFont(PageNumberFont.Family, 12);
        for (var i = 1; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var box = new XRect(0, NumberInset, gfx.PageSize.Width - NumberInset, 20);
            var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            gfx.DrawString(number, font, XBrushes.Black, box, XStringFormats.TopRight);
        }
    }

    /// <summary>The number of pages of a readable PDF, or null when PDFsharp cannot open it for import.</summary>
    public static int? PageCount(byte[] content)
    {
        using var document = Open(content);
        return document is { PageCount: > 0 } ? document.PageCount : null;
    }

    private static PdfDocument? Open(byte[] content)
    {
        if (content is not { Length: > 0 })
        {
            return null;
        }

        try
        {
            // Not disposed here: the document may read from it until it is itself disposed (a MemoryStream holds no
            // handle).
            var stream = new MemoryStream(content, writable: false);
            return PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        }
#pragma warning disable CA1031 // A damaged file may fail in any of PDFsharp's parsers; every failure means "cannot merge this part".
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
