using System.Globalization;
using System.Text;

namespace LangSon.ThiDua.Domain.Text;

/// <summary>
/// Folds Vietnamese text for search: lower case, diacritics removed, đ → d,
/// whitespace collapsed. "Lạng  Sơn" and "lang son" fold to the same key.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(folded);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }
}
