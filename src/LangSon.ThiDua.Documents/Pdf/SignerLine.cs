using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents.Pdf;

/// <summary>
/// The signature's "quyền hạn, chức vụ" per Nghị định 30/2020/NĐ-CP, Phụ lục I: the title alone, without the body's
/// name ("GIÁM ĐỐC", not "GIÁM ĐỐC SỞ Y TẾ"); "TM." before a collective body its head signs for; "KT." before the
/// head's title when a deputy signs; "Q." before the head's title when an acting head signs. "TL." and "TUQ." are typed
/// on the print page (they name another signer's post).
/// </summary>
public static class SignerLine
{
    /// <summary>
    /// The titles a head or deputy holds, longest first, so "Phó Chủ tịch" is read before "Chủ tịch".
    /// </summary>
    private static readonly string[] Titles =
    [
        "Phó Chánh Văn phòng", "Chánh Văn phòng", "Phó Chánh Thanh tra", "Chánh Thanh tra", "Phó Tổng Biên tập",
        "Tổng Biên tập", "Phó Giám đốc", "Giám đốc", "Phó Chủ tịch", "Chủ tịch", "Phó Trưởng ban", "Trưởng ban",
        "Phó Bí thư", "Bí thư",
    ];

    /// <summary>
    /// The authority lines ('\n' between them, or null) and the title for a head's title as stored or typed: ("Giám đốc
    /// Sở Y tế") → (null, "Giám đốc"); commune ("Chủ tịch UBND phường") → ("TM. ỦY BAN NHÂN DÂN", "Chủ tịch"); ("Phó
    /// Giám đốc") → ("KT. GIÁM ĐỐC", "Phó Giám đốc"); ("Quyền Giám đốc") → (null, "Q. Giám đốc").
    /// </summary>
    public static (string? Authority, string Title) For(string? collectiveBody, string? title, string defaultTitle)
    {
        var plain = TitleOnly(string.IsNullOrWhiteSpace(title) ? defaultTitle : title);
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(collectiveBody))
        {
            lines.Add("TM. " + collectiveBody.ToUpperInvariant());
        }

        if (Starts(plain, "Quyền "))
        {
            plain = "Q. " + plain["Quyền ".Length..];
        }
        else if (Starts(plain, "Phó "))
        {
            lines.Add("KT. " + plain["Phó ".Length..].ToUpperInvariant());
        }

        return (lines.Count == 0 ? null : string.Join('\n', lines), plain);
    }

    /// <summary>
    /// The authority lines without the "TM." one: a head confirming an individual's report signs in person.
    /// </summary>
    public static string? WithoutCollective(string? authority)
    {
        var lines = (authority ?? "").Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith("TM.", StringComparison.Ordinal)).ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    /// <summary>
    /// The title without the body's name after it: "Giám đốc Sở Y tế" → "Giám đốc", "Chủ tịch UBND phường" → "Chủ
    /// tịch"; a title this list does not know is kept as typed.
    /// </summary>
    public static string TitleOnly(string title)
    {
        var words = title.Normalize(System.Text.NormalizationForm.FormC)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var trimmed = string.Join(' ', words);
        var acting = Starts(trimmed, "Quyền ") ? "Quyền " : "";
        var rest = trimmed[acting.Length..];
        var known = Titles.FirstOrDefault(t => Starts(rest, t));
        return known is null ? trimmed : acting + rest[..known.Length];
    }

    /// <summary>
    /// Whether the text begins with the words of <paramref name="prefix"/> (case and diacritics aside).
    /// </summary>
    private static bool Starts(string text, string prefix)
    {
        var words = TextFolding.Fold(text);
        var wanted = TextFolding.Fold(prefix);
        return words.StartsWith(wanted, StringComparison.Ordinal)
            && (words.Length == wanted.Length || words[wanted.Length] == ' ');
    }
}
