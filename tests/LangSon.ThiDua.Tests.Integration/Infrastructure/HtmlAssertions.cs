using AngleSharp.Html.Dom;

namespace LangSon.ThiDua.Tests.Integration.Infrastructure;

public static class HtmlAssertions
{
    /// <summary>Every Set-Cookie value carries Secure, HttpOnly and SameSite Lax or Strict.</summary>
    public static void AllSecureHttpOnlySameSite(IEnumerable<string> setCookies) => Assert.All(setCookies, c =>
    {
        var flags = c.ToLowerInvariant();
        Assert.Contains("; secure", flags, StringComparison.Ordinal);
        Assert.Contains("; httponly", flags, StringComparison.Ordinal);
        Assert.Matches("; samesite=(lax|strict)", flags);
    });

    /// <summary>
    /// The texts of the validation messages shown on a re-rendered form, each once: the summary above the form repeats
    /// the fields' messages as links to them.
    /// </summary>
    public static IReadOnlyList<string> ValidationMessages(this IHtmlDocument document) =>
        document.QuerySelectorAll(".field-validation-error, .validation-summary-errors li")
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// What assistive technology is told of a refused field: it is invalid, and the message that describes it.
    /// </summary>
    public static void AssertFieldRefusedWith(this IHtmlDocument document, string fieldId, string message)
    {
        var field = document.GetElementById(fieldId);
        Assert.NotNull(field);
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        var described = (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => document.GetElementById(id)?.TextContent.Trim());
        Assert.Contains(message, described);
        var summary = document.QuerySelector("[data-error-summary]");
        Assert.NotNull(summary);
        Assert.Contains(summary.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#" + fieldId
            && a.TextContent.Trim() == message);
    }

    /// <summary>
    /// Text as a browser shows it: every run of white space (line breaks of the markup too) as one space.
    /// </summary>
    public static string Normalized(this string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
