using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Forms that speak: a field the server refused says so to assistive technology (aria-invalid) and names its message
/// (aria-describedby → the message's id); the summary above the form lists every error with a link to its field and
/// takes the focus when the page comes back (wwwroot/js/forms.js). Every form of the portal gets it from asp-for,
/// asp-validation-for and asp-validation-summary, without a change to its view.
/// </summary>
public static class FormErrors
{
    /// <summary>The id of a field's message: "DocumentNumber-error", "Lines_0__Choice-error".</summary>
    public static string MessageId(string fullName) => FieldId(fullName) + "-error";

    /// <summary>The id MVC gives the field of <paramref name="fullName"/> ("Lines[0].Choice" → "Lines_0__Choice").</summary>
    public static string FieldId(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_");

    public static bool HasErrors(ModelStateDictionary state, string fullName) =>
        state.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0;
}

[HtmlTargetElement("input", Attributes = For)]
[HtmlTargetElement("select", Attributes = For)]
[HtmlTargetElement("textarea", Attributes = For)]
public sealed class InvalidFieldTagHelper : TagHelper
{
    private const string For = "asp-for";

    // After MVC's own input, select and textarea tag helpers, which write the id and the name.
    public override int Order => 1000;

    [HtmlAttributeName(For)]
    public ModelExpression Field { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(Field.Name);
        if (!FormErrors.HasErrors(ViewContext.ModelState, name))
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var message = FormErrors.MessageId(name);
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing)
            ? $"{existing.Value} {message}"
            : message;
        output.Attributes.SetAttribute("aria-describedby", describedBy);
    }
}

[HtmlTargetElement("span", Attributes = For)]
[HtmlTargetElement("div", Attributes = For)]
public sealed class FieldMessageTagHelper : TagHelper
{
    private const string For = "asp-validation-for";

    public override int Order => 1000;

    [HtmlAttributeName(For)]
    public ModelExpression Field { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("id"))
        {
            var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(Field.Name);
            output.Attributes.SetAttribute("id", FormErrors.MessageId(name));
        }
    }
}

[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    public override int Order => 1000;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ModelState;
        if (state.ErrorCount == 0)
        {
            return;
        }

        output.TagName = "div";
        output.Attributes.SetAttribute("class", "validation-summary-errors alert alert-danger error-summary");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("data-error-summary", "");
        output.Attributes.RemoveAll("data-valmsg-summary");
        var html = HtmlEncoder.Default;
        var items = new System.Text.StringBuilder();
        foreach (var (key, entry) in state)
        {
            foreach (var error in entry.Errors.Where(e => !string.IsNullOrWhiteSpace(e.ErrorMessage)))
            {
                var message = html.Encode(error.ErrorMessage);
                items.Append(string.IsNullOrEmpty(key)
                    ? $"<li>{message}</li>"
                    : $"<li class=\"error-summary-field\"><a href=\"#{html.Encode(FormErrors.FieldId(key))}\">"
                        + $"{message}</a></li>");
            }
        }

        output.Content.SetHtmlContent(
            "<p class=\"fw-semibold mb-1\">Chưa lưu được. Hãy sửa các mục sau:</p>"
            + $"<ul class=\"mb-0\">{items}</ul>");
    }
}
