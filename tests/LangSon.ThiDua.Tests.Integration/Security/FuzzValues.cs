using System.Text;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>
/// One value a fuzzed field receives. <see cref="Bytes"/> is what goes on the wire (UTF-8, or raw bytes that are not
/// valid UTF-8 at all, such as an encoded lone surrogate). <see cref="Legal"/> values are text a real user may type:
/// when a form accepts one, the database must hold exactly that text afterwards (round trip).
/// </summary>
public sealed record FuzzValue(string Label, byte[] Bytes, bool Legal = false)
{
    public string Text => Encoding.UTF8.GetString(Bytes);

    public override string ToString() => Label;
}

public static class FuzzValues
{
    private static readonly string LongVietnamese = Repeat("Nguyễn Thị Thu Hà, Phòng Kế hoạch – Tài chính, Sở Y tế tỉnh Lạng Sơn; ", 10_000);

    /// <summary>Every value, in the order the fuzz cycles through them.</summary>
    public static readonly IReadOnlyList<FuzzValue> All =
    [
        // Text a user may legitimately type: accepted values must read back exactly.
        Legal("vietnamese", "Phòng Nghiệp vụ Y – Sở Y tế tỉnh Lạng Sơn (đợt 2025–2026)"),
        Legal("long legal name", "Trung tâm Kiểm soát bệnh tật tỉnh Lạng Sơn và các trạm y tế xã, phường thuộc địa bàn biên giới Đồng Đăng – Hữu Nghị – Chi Lăng – Tân Thanh"),
        Legal("sql fragment", "Nguyễn Văn A'); DROP TABLE Units;-- ' OR '1'='1"),
        Legal("script fragment", "<script>alert('xss')</script><img src=x onerror=alert(7)>"),
        Legal("emoji", "Thi đua 🏆🇻🇳 – chào mừng Đại hội XIV 🎉"),
        Legal("combining diacritics", "Nguye\u0302\u0303n Thi\u0323 Hu\u031Bo\u031B\u0300ng"),
        Legal("template syntax", "${7*7} {{7*7}} @(1+1) #{7*7} %s %n"),

        // Whitespace and invisible characters.
        Plain("empty", string.Empty),
        Plain("whitespace only", "   \t  "),
        Plain("newlines only", "\r\n\r\n"),
        Plain("no-break spaces", "\u00A0\u2007\u202F\u3000"),
        Plain("zero-width", "\u200B\u200C\u200D\uFEFF"),
        Plain("right-to-left marks", "\u200FSở Y tế\u200E\u202Egpj.exe\u202C"),
        Plain("NUL inside", "Sở\0Y tế"),
        Plain("NUL only", "\0"),
        Plain("control characters", "\u0001\u0007\u001B[31m\u007F"),
        Plain("CRLF injection", "a\r\nSet-Cookie: x=1\r\nLocation: http://evil.example"),

        // Oversized.
        Plain("10,000 ASCII", new string('a', 10_000)),
        Plain("10,000 Vietnamese", LongVietnamese),
        Plain("10,000 digits", new string('9', 10_000)),
        Plain("10,000 combining marks", "a" + new string('\u0301', 9_999)),

        // Numbers.
        Plain("negative", "-1"),
        Plain("negative huge", "-9223372036854775809"),
        Plain("int overflow", "2147483648"),
        Plain("huge", "99999999999999999999999999999999"),
        Plain("exponent", "1e308"),
        Plain("NaN", "NaN"),
        Plain("Infinity", "Infinity"),
        Plain("-Infinity", "-Infinity"),
        Plain("vi-VN decimal", "1.234,5"),
        Plain("invariant decimal", "1,234.5"),
        Plain("hex", "0x1F"),
        Plain("fullwidth digits", "１２３"),
        Plain("arabic-indic digits", "١٢٣"),
        Plain("zero", "0"),
        Plain("negative zero", "-0"),

        // Dates.
        Plain("31/02/2026", "31/02/2026"),
        Plain("2026-02-31", "2026-02-31"),
        Plain("0001-01-01", "0001-01-01"),
        Plain("9999-12-31", "9999-12-31"),
        Plain("2026-13-45", "2026-13-45"),
        Plain("29/02/2025", "29/02/2025"),
        Plain("00/00/0000", "00/00/0000"),
        Plain("date with time", "2026-01-10T25:61:61Z"),

        // Words that look like other types, enum names, ids.
        Plain("true", "true"),
        Plain("null", "null"),
        Plain("undefined", "undefined"),
        Plain("enum name", "Accepted"),
        Plain("enum out of range", "999"),
        Plain("guid", "00000000-0000-0000-0000-000000000000"),
        Plain("json", "{\"a\":[1,2,{\"b\":null}]}"),
        Plain("path traversal", "../../../../etc/passwd"),
        Plain("windows path", "..\\..\\Windows\\win.ini"),
        Plain("absolute url", "https://evil.example/"),
        Plain("protocol-relative url", "//evil.example/x"),
        Plain("backslash url", "/\\evil.example"),
        Plain("javascript url", "javascript:alert(1)"),
        Plain("percent escapes", "%00%0d%0a%25%27"),
        Plain("html entities", "&lt;b&gt;&amp;#x27;&#0;"),

        // Bytes that are not valid UTF-8: an encoded lone surrogate, a stray continuation byte, an overlong dot.
        Raw("lone high surrogate", [0xED, 0xA0, 0x80]),
        Raw("lone low surrogate", [0x41, 0xED, 0xBF, 0xBF, 0x42]),
        Raw("invalid byte", [0xFF, 0xFE, 0x41]),
        Raw("overlong dot", [0xC0, 0xAE, 0xC0, 0xAE, 0x2F]),
        Plain("lone surrogate (replaced by the encoder)", "Sở\uD800Y tế"),
    ];

    /// <summary>Values a route or query parameter gets (a subset is enough: the binder sees them as strings).</summary>
    public static readonly IReadOnlyList<FuzzValue> Query = All.Where(v => v.Bytes.Length <= 10_000 || v.Label == "10,000 ASCII").ToList();

    private static FuzzValue Legal(string label, string text) => new(label, Encoding.UTF8.GetBytes(text), Legal: true);

    private static FuzzValue Plain(string label, string text) => new(label, Encoding.UTF8.GetBytes(text));

    private static FuzzValue Raw(string label, byte[] bytes) => new(label, bytes);

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString(0, length);
    }

    /// <summary>Form-urlencodes raw bytes: unreserved ASCII as is, everything else as %XX.</summary>
    public static string UrlEncode(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    public static string UrlEncode(string text) => UrlEncode(Encoding.UTF8.GetBytes(text));
}
