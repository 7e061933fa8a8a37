using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace LangSon.ThiDua.Stress;

/// <summary>What a browser would submit from a form of the page: its fields with their current values.</summary>
internal static partial class Forms
{
    /// <summary>The first POST form whose action starts with <paramref name="actionPath"/> (the query string aside).</summary>
    public static IHtmlFormElement? Find(IHtmlDocument document, string actionPath) =>
        document.Forms.FirstOrDefault(f =>
            string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)
            && (f.GetAttribute("action") ?? string.Empty).Split('?')[0].Equals(actionPath, StringComparison.OrdinalIgnoreCase));

    public static List<KeyValuePair<string, string>> Read(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    var type = input.Type.ToLowerInvariant();
                    if (type is "file" or "submit" or "button" or "image" or "reset" || (type is "checkbox" or "radio" && !input.IsChecked))
                    {
                        continue;
                    }

                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    fields.Add(new(select.Name, option?.Value ?? string.Empty));
                    break;
            }
        }

        return fields;
    }

    public static bool Has(List<KeyValuePair<string, string>> fields, string name) => fields.Exists(f => f.Key == name);

    /// <summary>Replaces every value of <paramref name="name"/> (or adds it) with one value.</summary>
    public static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
    }

    /// <summary>Distinct ids of links such as /Plans/Details/12 in a page.</summary>
    public static List<int> LinkedIds(string html, string prefix) =>
        IdLink().Matches(html)
            .Where(m => m.Groups["prefix"].Value.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(m => int.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();

    [GeneratedRegex("""href="(?<prefix>/[A-Za-z]+/[A-Za-z]+/)(?<id>\d+)["?]""")]
    private static partial Regex IdLink();
}
