using System.Globalization;
using LangSon.ThiDua.Documents.Certificates;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.Certificates;

/// <summary>A warning of the print page; <paramref name="Cut"/> when part of the text is cut off.</summary>
public sealed record FitWarning(bool Cut, string Message);

public sealed record PlacedText(CertificateField Field, CertificateBox Box, FittedText Text, bool Bold);

public sealed record PlacedQr(CertificateBox Box, string Svg);

/// <summary>One certificate: one sheet of its blank.</summary>
public sealed record CertificateSheet(
    int RecordId, string Name, PaperSize Paper, PaperOrientation Orientation, decimal PageWidth, decimal PageHeight,
    IReadOnlyList<PlacedText> Texts, PlacedQr Qr, IReadOnlyList<FitWarning> Warnings)
{
    /// <summary>The CSS named page of the sheet's paper, so a batch may mix A4 and A3.</summary>
    public string PageName => $"{Paper}-{Orientation}".ToLowerInvariant();
}

/// <summary>The certificate template's model: the sheets, one page each.</summary>
public sealed record CertificateDocument(string Title, IReadOnlyList<CertificateSheet> Sheets)
{
    public IEnumerable<FitWarning> Warnings => Sheets.SelectMany(s => s.Warnings);

    /// <summary>A length for CSS, whatever the request's culture ("12.5", never "12,5").</summary>
    public static string Css(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Css(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>The print page of one line or of a decision's lines: what prints, what does not, the warnings.</summary>
public sealed class CertificatePrintViewModel
{
    public required string Heading { get; init; }

    public required string Subheading { get; init; }

    public CertificateDocument? Document { get; init; }

    /// <summary>Why nothing can be printed (revoked, no blank), or null.</summary>
    public string? Refusal { get; init; }

    /// <summary>Lines of a decision left out, each with why ("đã thu hồi", "chưa có phôi").</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    public int? RecordId { get; init; }

    public string? DecisionNumber { get; init; }

    public DateOnly? DecisionDate { get; init; }
}
