using System.Text;
using System.Text.RegularExpressions;
using LangSon.ThiDua.Documents.Pdf;

namespace LangSon.ThiDua.UnitTests.Documents;

/// <summary>The PDF engine prints real HTML with the installed Chromium (the test command installs Debian's package).</summary>
public sealed partial class ChromiumPdfEngineTests
{
    private static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    [Fact]
    public async Task A_300_row_list_prints_as_a_multi_page_A4_pdf()
    {
        var rows = string.Concat(Enumerable.Range(1, 300).Select(i => $"<tr><td>{i}</td><td>Nguyễn Văn Ân {i}</td><td>Hoàn thành xuất sắc nhiệm vụ</td></tr>"));
        var html = $$"""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 13pt; }
            thead { display: table-header-group; } tr { break-inside: avoid; }
            </style></head><body><h1>DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG</h1>
            <table><thead><tr><th>STT</th><th>Họ và tên</th><th>Xếp loại</th></tr></thead><tbody>{{rows}}</tbody></table></body></html>
            """;

        await using var engine = new ChromiumPdfEngine(new PdfEngineOptions { ExecutablePath = ChromiumPath });
        var pdf = await engine.RenderAsync(new PdfRequest(html));

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var pages = PageObject().Count(Encoding.Latin1.GetString(pdf));
        Assert.InRange(pages, 5, 20);
    }

    [Fact]
    public async Task Vietnamese_text_prints_in_the_serif_font_with_its_diacritics_and_no_fallback_font()
    {
        const string text = "Căn cứ Quyết định số 2437/QĐ-TTg; Đồng chí Nguyễn Thị Hương, Trưởng phòng Nghiệp vụ Y";
        var html = $$"""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; }
            </style></head><body><p>{{text}}</p><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b> <i>Lạng Sơn, ngày 05 tháng 02 năm 2026</i></p></body></html>
            """;
        await using var engine = new ChromiumPdfEngine(new PdfEngineOptions { ExecutablePath = ChromiumPath });

        var pdf = await engine.RenderAsync(new PdfRequest(html));

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Equal((595, 842), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
        var words = string.Join(' ', page.GetWords().Select(w => w.Text)).Normalize(System.Text.NormalizationForm.FormC);
        Assert.Contains(text, words, StringComparison.Ordinal);
        var fonts = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Contains("LiberationSerif", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_browser_gives_a_clear_Vietnamese_message()
    {
        await using var missing = new ChromiumPdfEngine(new PdfEngineOptions { ExecutablePath = "/nonexistent/chromium", Channel = null });

        var error = await Assert.ThrowsAsync<PdfEngineUnavailableException>(() => missing.RenderAsync(new PdfRequest("<p>x</p>")));

        Assert.Contains("chưa cài trình duyệt Chromium", error.Message);
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();
}
