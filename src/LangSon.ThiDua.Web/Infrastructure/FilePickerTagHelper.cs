using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Every &lt;input type="file"&gt; speaks Vietnamese whatever the browser's language: the browser's own button ("Choose
/// Files", "No file chosen") is hidden behind a "Chọn tệp" button and a line naming the chosen files (js/forms.js).
/// The input stays the focusable, labelled control; without JavaScript the button still opens the picker.
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=file]")]
public sealed class FilePickerTagHelper : TagHelper
{
    public const string NoneChosen = "Chưa chọn tệp nào";

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = output.Attributes.TryGetAttribute("id", out var given) ? given.Value?.ToString() : null;
        if (string.IsNullOrEmpty(id))
        {
            return;
        }

        var html = HtmlEncoder.Default;
        output.AddClass("file-picker-input", html);
        output.PreElement.AppendHtml("<div class=\"file-picker\">");
        output.PostElement.AppendHtml(
            $"<label for=\"{html.Encode(id)}\" class=\"btn btn-outline-secondary file-picker-button\""
            + " aria-hidden=\"true\"><i class=\"bi bi-folder2-open\"></i> Chọn tệp</label>"
            + $"<span class=\"file-picker-names\" data-file-names=\"{html.Encode(id)}\">{NoneChosen}</span></div>");
    }
}
