using System.Text;
using LangSon.ThiDua.Documents.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace LangSon.ThiDua.UnitTests.Documents;

/// <summary>A nomination's whole dossier: PDFs joined in order, one bookmark per part, damaged parts left out.</summary>
public sealed class PdfMergerTests
{
    [Fact]
    public void Two_pdfs_merge_into_the_sum_of_their_pages_with_one_bookmark_per_part_at_its_first_page()
    {
        var report = Generate(pages: 2, width: 595);
        var minutes = Generate(pages: 3, width: 842);

        var merged = PdfMerger.Merge([new PdfPart("Báo cáo thành tích", report), new PdfPart("Biên bản họp xét của đơn vị", minutes)]);

        Assert.Empty(merged.Skipped);
        using var document = PdfReader.Open(new MemoryStream(merged.Content), PdfDocumentOpenMode.Import);
        Assert.Equal((5, 5), (document.PageCount, merged.PageCount));
        var outlines = document.Outlines.Select(o => (o.Title, Page: PageNumber(document, o))).ToList();
        Assert.Equal([("Báo cáo thành tích", 1), ("Biên bản họp xét của đơn vị", 3)], outlines);
        // The parts keep their own page sizes and order: two portrait pages, then three landscape ones.
        Assert.Equal([595, 595, 842, 842, 842], document.Pages.Cast<PdfPage>().Select(p => (int)Math.Round(p.Width.Point)));
    }

    [Fact]
    public void A_damaged_part_is_left_out_and_named_while_the_others_are_merged()
    {
        var good = Generate(pages: 1, width: 595);
        var truncated = Generate(pages: 2, width: 595)[..200];
        var notAPdf = Encoding.UTF8.GetBytes("Đây không phải tệp PDF");

        var merged = PdfMerger.Merge([
            new PdfPart("Báo cáo thành tích", good), new PdfPart("Biên bản (hỏng)", truncated), new PdfPart("Ảnh chụp", notAPdf), new PdfPart("Phụ lục", good)]);

        Assert.Equal(["Biên bản (hỏng)", "Ảnh chụp"], merged.Skipped);
        using var document = PdfReader.Open(new MemoryStream(merged.Content), PdfDocumentOpenMode.Import);
        Assert.Equal(2, document.PageCount);
        Assert.Equal(["Báo cáo thành tích", "Phụ lục"], document.Outlines.Select(o => o.Title));
    }

    [Fact]
    public void The_page_count_of_a_readable_pdf_is_known_before_merging_and_a_damaged_one_has_none()
    {
        Assert.Equal(3, PdfMerger.PageCount(Generate(pages: 3, width: 595)));
        Assert.Null(PdfMerger.PageCount(Generate(pages: 3, width: 595)[..100]));
        Assert.Null(PdfMerger.PageCount([]));
    }

    [Fact]
    public void Merging_nothing_readable_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => PdfMerger.Merge([new PdfPart("Hỏng", [1, 2, 3])]));
    }

    /// <summary>A PDF of blank pages with a rectangle each (no text, so no font is needed), all of one width.</summary>
    private static byte[] Generate(int pages, int width)
    {
        using var document = new PdfDocument();
        for (var i = 0; i < pages; i++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(width);
            page.Height = XUnit.FromPoint(width == 595 ? 842 : 595);
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawRectangle(XPens.Black, 50, 50 + (10 * i), 200, 100);
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static int PageNumber(PdfDocument document, PdfOutline outline)
    {
        for (var i = 0; i < document.PageCount; i++)
        {
            if (ReferenceEquals(document.Pages[i], outline.DestinationPage) || document.Pages[i].Reference == outline.DestinationPage?.Reference)
            {
                return i + 1;
            }
        }

        return 0;
    }
}
