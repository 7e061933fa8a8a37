using AngleSharp.Html.Dom;

namespace LangSon.ThiDua.Tests.Integration.Infrastructure;

/// <summary>
/// What a browser would submit from a form as rendered: inputs, selects and textareas with their
/// current values (checkboxes only when checked, ASP.NET's hidden "false" otherwise). Tests then
/// change the fields they care about.
/// </summary>
public static class FormFields
{
    public static Dictionary<string, string> Read(IHtmlDocument document, string formSelector = "main form[method=post]")
    {
        var form = document.QuerySelector(formSelector) as IHtmlFormElement;
        Assert.True(form is not null, $"No form matches {formSelector}");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when name != "__RequestVerificationToken":
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields[name] = input.Value;
                        }
                    }
                    else if (input.Type == "hidden")
                    {
                        fields.TryAdd(name, input.Value);
                    }
                    else
                    {
                        fields[name] = input.Value;
                    }

                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    fields[name] = select.Value ?? string.Empty;
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } textArea:
                    fields[name] = textArea.Value;
                    break;
            }
        }

        return fields;
    }
}
