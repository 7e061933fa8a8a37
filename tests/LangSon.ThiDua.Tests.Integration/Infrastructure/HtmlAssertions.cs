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
}
