namespace LangSon.ThiDua.Documents.Pdf;

/// <summary>
/// The parts of an administrative document that Nghị định 30/2020/NĐ-CP, Phụ lục I fixes (issuing body, number, place
/// and date, type and subject, signature, recipients), filled from the data with defaults the user edits before
/// printing.
/// </summary>
public sealed record OfficialHeader
{
    /// <summary>"UBND TỈNH LẠNG SƠN" above a provincial agency; empty for a body with no parent line.</summary>
    public string? IssuingParent { get; init; }

    /// <summary>
    /// "SỞ Y TẾ", "ỦY BAN NHÂN DÂN\nPHƯỜNG TAM THANH" ('\n' where the name may break, see UnitIssuer).
    /// </summary>
    public required string IssuingBody { get; init; }

    /// <summary>"125/KH-SYT"; when empty the number is left blank for the văn thư ("Số:      /KH-…").</summary>
    public string? Number { get; init; }

    /// <summary>The abbreviation printed after a blank number: "KH", "TTr", "QĐ", "BC", "BB".</summary>
    public required string TypeCode { get; init; }

    /// <summary>
    /// The place of issue: "Lạng Sơn" for the province and its agencies, "Tam Thanh" for UBND phường Tam Thanh.
    /// </summary>
    public string Place { get; init; } = UnitIssuer.Province;

    /// <summary>When empty, the date line is left with blanks to fill in by hand.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The year printed on a blank date line.</summary>
    public int BlankYear { get; init; }

    /// <summary>"KẾ HOẠCH", "TỜ TRÌNH", "QUYẾT ĐỊNH", "BÁO CÁO", "BIÊN BẢN".</summary>
    public required string DocumentType { get; init; }

    public required string Subject { get; init; }

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC"; may be empty.</summary>
    public string? SignerAuthority { get; init; }

    /// <summary>"GIÁM ĐỐC", "CHỦ TỊCH", "PHÓ GIÁM ĐỐC".</summary>
    public required string SignerTitle { get; init; }

    public string? SignerName { get; init; }

    /// <summary>Nơi nhận, one per line, without the leading dash.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>
    /// The header with what the user typed on a document's Print page: an empty field keeps the default; the recipients
    /// are one per line.
    /// </summary>
    public OfficialHeader EditedBy(
        string? number, DateOnly? date, string? signerAuthority, string? signerTitle, string? signerName, string? recipients = null) => this with
    {
        Number = Typed(number) ?? Number,
        Date = date ?? Date,
        SignerAuthority = Typed(signerAuthority)?.ReplaceLineEndings("\n") ?? SignerAuthority,
        SignerTitle = Typed(signerTitle) ?? SignerTitle,
        SignerName = Typed(signerName) ?? SignerName,
        Recipients = Typed(recipients)?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? Recipients,
    };

    private static string? Typed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>"Số: 125/KH-SYT", or "Số:        /KH-SYT" with room to write the number by hand.</summary>
    public string NumberLine(string? bodyCode = null) =>
        string.IsNullOrWhiteSpace(Number)
            ? $"Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/{TypeCode}{(string.IsNullOrEmpty(bodyCode) ? "" : "-" + bodyCode)}"
            : $"Số: {Number.Trim()}";

    /// <summary>
    /// "Lạng Sơn, ngày 05 tháng 02 năm 2026" (NĐ 30: a zero before days under 10 and months 1 and 2).
    /// </summary>
    public string PlaceAndDate() => Date is { } d
        ? PlaceAndDate(Place, d)
        : $"{Place}, ngày\u00a0\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0\u00a0 năm {BlankYear}";

    /// <summary>"Lạng Sơn, ngày 05 tháng 02 năm 2026", for any document that dates itself (a certificate).</summary>
    public static string PlaceAndDate(string place, DateOnly d) =>
        $"{place}, ngày {d.Day:00} tháng {(d.Month < 3 ? d.Month.ToString("00") : d.Month.ToString())} năm {d.Year}";

    /// <summary>
    /// The issuing body's lines: a People's Committee breaks between the body and its territory only.
    /// </summary>
    public IReadOnlyList<string> IssuingBodyLines =>
        IssuingBody.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Nơi nhận as NĐ 30 prints it: one recipient a line, each ending with ";" and the last ("Lưu: VT, …") with ".",
    /// whatever punctuation the defaults or the user typed.
    /// </summary>
    public IReadOnlyList<string> RecipientLines()
    {
        var lines = Recipients.Select(r => r.Trim().TrimEnd(';', '.', ',', ':').TrimEnd())
            .Where(r => r.Length > 0).ToList();
        return lines.Select((line, i) => line + (i == lines.Count - 1 ? "." : ";")).ToList();
    }

    /// <summary>
    /// Whether the signature has no name to print: a document for signing then shows a warning on its preview.
    /// </summary>
    public bool SignerMissing => string.IsNullOrWhiteSpace(SignerName);
}
