using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>What every fuzzed answer is checked for, whatever the form.</summary>
public static partial class FuzzChecks
{
    /// <summary>ASP.NET Core's and FluentValidation's English defaults: a user of the portal must never read them.</summary>
    public static readonly string[] EnglishPhrases =
    [
        "is not valid", "is required", "The field", "must be a number", "is invalid", "The value '", "A value for the",
        "must not be empty", "must be a", "is not a valid", "The input was not valid", "must be between", "characters or fewer",
        "An error occurred", "Bad Request", "Exception",
    ];

    /// <summary>Markup of the script fuzz values: if it comes back unencoded, the page is open to cross-site scripting.</summary>
    public static readonly string[] UnencodedMarkup = ["<script>alert('xss')", "<img src=x onerror=alert(7)>"];

    public static IEnumerable<string> Problems(string html, IHtmlDocument document)
    {
        var text = document.Body?.TextContent ?? string.Empty;
        foreach (var phrase in EnglishPhrases.Where(p => text.Contains(p, StringComparison.Ordinal)))
        {
            yield return $"English text \"{phrase}\" on the page: \"{Around(text, phrase)}\"";
        }

        foreach (var markup in UnencodedMarkup.Where(m => html.Contains(m, StringComparison.Ordinal)))
        {
            yield return $"posted markup {markup} rendered unencoded";
        }
    }

    /// <summary>The refusal messages a re-shown form or a redirect shows: field messages, the summary, a flash error.</summary>
    public static List<string> RefusalMessages(IHtmlDocument document) =>
        document.QuerySelectorAll("main .field-validation-error, main .validation-summary-errors li, main .alert-danger")
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0)
            .ToList();

    public static bool HasSuccessFlash(IHtmlDocument document) => document.QuerySelector("main .alert-success") is not null;

    /// <summary>A message written in Vietnamese: it has at least one letter with a Vietnamese diacritic.</summary>
    public static bool IsVietnamese(string message) => VietnameseLetter().IsMatch(message);

    private static string Around(string text, string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        var start = Math.Max(0, at - 60);
        return Regex.Replace(text.Substring(start, Math.Min(text.Length - start, phrase.Length + 120)), @"\s+", " ");
    }

    [GeneratedRegex("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]")]
    private static partial Regex VietnameseLetter();
}
