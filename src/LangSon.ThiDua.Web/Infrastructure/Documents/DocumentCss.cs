namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>
/// The documents' print style sheet (wwwroot/css/document.css). The browser preview links to it; the PDF engine gets
/// it inline, because it prints from a string and fetches nothing.
/// </summary>
public sealed class DocumentCss(IWebHostEnvironment environment)
{
    public const string Path = "css/document.css";

    private readonly Lazy<string> text = new(() =>
    {
        var file = environment.WebRootFileProvider.GetFileInfo(Path);
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    });

    public string Text => text.Value;
}
