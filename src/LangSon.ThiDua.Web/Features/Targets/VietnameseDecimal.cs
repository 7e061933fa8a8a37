using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Features.Targets;

/// <summary>
/// Numbers are typed the Vietnamese way: a dot between thousands, a comma before the decimals (1.234,5).
/// Model binding with the vi-VN culture accepts a dot anywhere as a thousands separator, so "0.5" would silently
/// become 5; this check refuses such input with a clear message instead.
/// </summary>
internal static partial class VietnameseDecimal
{
    public static bool IsWellFormed(string text) => Pattern().IsMatch(text);

    /// <summary>Replaces the binder's message (or adds one) for every decimal field whose raw input is not well formed.</summary>
    public static void Check(ModelStateDictionary modelState, params (string Field, string Label)[] fields)
    {
        foreach (var (field, label) in fields)
        {
            if (modelState.TryGetValue(field, out var entry) && entry.AttemptedValue is { } raw
                && !string.IsNullOrWhiteSpace(raw) && !IsWellFormed(raw))
            {
                entry.Errors.Clear();
                modelState.AddModelError(field, $"{label} phải là một số viết theo kiểu Việt Nam, ví dụ 1.234,5 (dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân).");
            }
        }
    }

    [GeneratedRegex(@"^\s*[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
