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

    /// <summary>The texts of the validation messages shown on a re-rendered form.</summary>
    public static IReadOnlyList<string> ValidationMessages(this IHtmlDocument document) =>
        document.QuerySelectorAll(".field-validation-error, .validation-summary-errors li")
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0)
            .ToList();

    /// <summary>
    /// Text as a browser shows it: every run of white space (line breaks of the markup too) as one space.
    /// </summary>
    public static string Normalized(this string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
