using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>Numbers typed the Vietnamese way: "1.234,5", "1234,5", "-12"; never "12.5" (read as twelve thousand five hundred by some, 12,5 by others).</summary>
public static partial class VietnameseNumber
{
    /// <summary>Largest magnitude the database column (18,4) holds.</summary>
    private const decimal Limit = 99_999_999_999_999m;

    /// <summary>Decimals the database column (18,4) keeps.</summary>
    private const int MaxDecimals = 4;

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        var trimmed = text?.Trim() ?? string.Empty;
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (!Shape().IsMatch(trimmed) || (comma >= 0 && trimmed.Length - comma - 1 > MaxDecimals))
        {
            return false;
        }

        var plain = trimmed.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && Math.Abs(value) <= Limit;
    }

    /// <summary>The shape alone (thousands dots, decimal comma), whatever the number of decimals.</summary>
    public static bool IsWellFormed(string? text) => Shape().IsMatch(text?.Trim() ?? string.Empty);

    /// <summary>
    /// For decimal fields bound by MVC (vi-VN culture reads "0.5" as 5): replaces the binder's message, or adds one,
    /// for every field whose raw input is not a well-formed Vietnamese number.
    /// </summary>
    public static void Check(ModelStateDictionary modelState, params (string Field, string Label)[] fields)
    {
        foreach (var (field, label) in fields)
        {
            if (modelState.TryGetValue(field, out var entry) && entry.AttemptedValue is { } raw
                && !string.IsNullOrWhiteSpace(raw) && !IsWellFormed(raw))
            {
                entry.Errors.Clear();
                modelState.AddModelError(field, Refusal(label));
            }
        }
    }

    /// <summary>What is said of a number not written the Vietnamese way (a form field, a cell of an import).</summary>
    public static string Refusal(string label) =>
        $"{label} phải là một số viết theo kiểu Việt Nam, ví dụ 1.234,5 (dấu chấm ngăn cách hàng nghìn, "
        + "dấu phẩy trước phần thập phân).";

    public static string Format(decimal? value) => value?.ToString("#,##0.####", Vietnamese.Culture) ?? string.Empty;

    [GeneratedRegex(@"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")]
    private static partial Regex Shape();
}
