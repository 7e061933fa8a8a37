using PdfSharp.Fonts;

namespace LangSon.ThiDua.Documents.Pdf;

/// <summary>
/// The font PDFsharp draws a merged file's page numbers with, and measures a certificate's text with: the documents'
/// own serif (Times New Roman on Windows, metric-compatible Liberation Serif on Linux), regular and bold, read from the
/// system's font files. PDFsharp has no font of its own on
/// Linux, so this resolver is installed once, before the first number is drawn.
/// </summary>
internal sealed class PageNumberFont : IFontResolver
{
    public const string Family = "PageNumber";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Fonts), "times.ttf"),
    ];

    private static readonly string[] BoldCandidates =
    [
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Fonts), "timesbd.ttf"),
    ];

    private static readonly Lazy<byte[]> File = new(() => Read(Candidates));

    private static readonly Lazy<byte[]> BoldFile = new(() => Read(BoldCandidates));

    private static byte[] Read(string[] candidates)
    {
        var path = candidates.FirstOrDefault(System.IO.File.Exists)
            ?? throw new PdfEngineUnavailableException(
                "Máy chủ chưa cài phông chữ Liberation Serif (gói \"fonts-liberation2\") hoặc Times New Roman "
                + "để đánh số trang hồ sơ.");
        return System.IO.File.ReadAllBytes(path);
    }

    private static readonly object Gate = new();

    /// <summary>
    /// Installs the resolver once per process (PDFsharp accepts only one for the application's lifetime).
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PageNumberFont)
            {
                GlobalFontSettings.FontResolver = new PageNumberFont();
            }
        }
    }

    public const string BoldFace = Family + "-Bold";

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? BoldFace : Family);

    public byte[]? GetFont(string faceName) => faceName == BoldFace ? BoldFile.Value : File.Value;
}
