using System.Text.RegularExpressions;

namespace LangSon.ThiDua.UnitTests;

/// <summary>
/// Views link to actions through the tag helpers (asp-action, asp-controller, asp-route-*), never by a path typed in
/// the markup: a route renamed on the controller moves every link with it, and a post form gets its antiforgery token
/// from the form tag helper (docs/architecture.md).
/// </summary>
public sealed partial class ViewLinkTests
{
    [Fact]
    public void No_view_links_or_posts_to_a_path_typed_in_the_markup()
    {
        var offending = SourceTree.ViewLines()
            .Where(l => RawPath().IsMatch(l.Line))
            .Select(l => $"{l.File}:{l.Number}: {l.Line.Trim()}")
            .ToList();

        Assert.Empty(offending);
    }

    /// <summary>href, action or formaction starting with "/" (a local path); "~/" static files and "#" are fine.</summary>
    [GeneratedRegex(@"\b(?:href|action|formaction)=""/")]
    private static partial Regex RawPath();
}
