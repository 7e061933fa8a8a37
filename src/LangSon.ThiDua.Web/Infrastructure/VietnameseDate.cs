using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Dates typed the Vietnamese way, whatever the browser's language: "04/12/2026" is 4 December 2026. Also reads the
/// ISO form "2026-12-04" (links, query strings); refuses anything else ("04122026", "12.04.26", "31/02/2026").
/// </summary>
public static partial class VietnameseDate
{
    public const string Format = "dd/MM/yyyy";

    public const string Message = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 04/12/2026.";

    public const string Missing = "Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 04/12/2026.";

    public static bool TryParse(string? text, out DateOnly value)
    {
        value = default;
        var trimmed = text?.Trim() ?? string.Empty;
        var match = Slashed().Match(trimmed);
        if (match.Success)
        {
            return TryCreate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out value);
        }

        match = Iso().Match(trimmed);
        return match.Success
            && TryCreate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out value);
    }

    private static bool TryCreate(string year, string month, string day, out DateOnly value)
    {
        value = default;
        int y = int.Parse(year, CultureInfo.InvariantCulture), m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1900 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        value = new DateOnly(y, m, d);
        return true;
    }

    [GeneratedRegex(@"^(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}

/// <summary>Binds DateOnly and DateTime (nullable or not) through <see cref="VietnameseDate"/>.</summary>
public sealed class VietnameseDateBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type == typeof(DateOnly) || type == typeof(DateTime) ? new VietnameseDateBinder() : null;
    }
}

public sealed class VietnameseDateBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue;
        var metadata = bindingContext.ModelMetadata;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (metadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                // As MVC's own binder does: an empty value for a date that must have one is an error, not 01/01/0001.
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, VietnameseDate.Missing);
            }

            return Task.CompletedTask;
        }

        if (!VietnameseDate.TryParse(text, out var date))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, VietnameseDate.Message);
            return Task.CompletedTask;
        }

        var type = metadata.UnderlyingOrModelType;
        bindingContext.Result = ModelBindingResult.Success(
            type == typeof(DateTime) ? date.ToDateTime(TimeOnly.MinValue) : date);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Every &lt;input type="date"&gt; becomes a text field the site controls (dd/MM/yyyy, not the browser's language),
/// its value, if any, written dd/MM/yyyy.
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=date]")]
public sealed class VietnameseDateInputTagHelper : TagHelper
{
    // After the InputTagHelper (asp-for), which writes the value as yyyy-MM-dd for type="date".
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("inputmode", "numeric");
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("pattern", @"\d{1,2}/\d{1,2}/\d{4}");
        output.Attributes.SetAttribute("maxlength", "10");
        output.Attributes.SetAttribute("placeholder", "dd/mm/yyyy");
        output.Attributes.SetAttribute("title", "Ngày/tháng/năm, ví dụ 04/12/2026");
        output.AddClass("date-input", System.Text.Encodings.Web.HtmlEncoder.Default);
        if (output.Attributes.TryGetAttribute("value", out var attribute)
            && DateOnly.TryParseExact(attribute.Value?.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date))
        {
            output.Attributes.SetAttribute("value", date.ToString(VietnameseDate.Format, CultureInfo.InvariantCulture));
        }
    }
}
