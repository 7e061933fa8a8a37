using System.Globalization;
using LangSon.ThiDua.Documents.Certificates;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;
using QRCoder;

namespace LangSon.ThiDua.Web.Features.Certificates;

/// <summary>
/// What each box of a blank holds for a line, fitted to the box (<see cref="CertificateTextFit"/>), with the
/// warnings the print page shows; the QR code is the verification page's absolute address, drawn by QRCoder as SVG.
/// </summary>
public static class CertificateSheets
{

    public static CertificateSheet Compose(CertificateLine line, CertificateBlank blank, string verificationUrl)
    {
        var texts = new List<PlacedText>();
        var warnings = new List<FitWarning>();
        foreach (var (field, text) in Texts(line))
        {
            var box = blank.Box(field);
            var bold = field == CertificateField.RecipientName;
            var fitted = CertificateTextFit.Fit(text, new FitBox((double)box.Width, (double)box.Height,
                (double)box.FontSize, (double)box.MinFontSize), bold);
            texts.Add(new PlacedText(field, box, fitted, bold));
            if (Warning(field, line.Name, fitted) is { } warning)
            {
                warnings.Add(warning);
            }
        }

        return new CertificateSheet(line.Id, line.Name, blank.Paper, blank.Orientation, blank.PageWidth,
            blank.PageHeight, texts, new PlacedQr(blank.Box(CertificateField.QrCode), QrSvg(verificationUrl)),
            warnings);
    }

    /// <summary>The text of every box but the QR code.</summary>
    public static IEnumerable<(CertificateField Field, string Text)> Texts(CertificateLine line)
    {
        var individual = line.Kind == NomineeKind.Individual;
        var title = !individual ? "" : line.Gender switch { Gender.Male => "Ông ", Gender.Female => "Bà ", _ => "" };
        yield return (CertificateField.RecipientName, title + line.Name);
        yield return (CertificateField.PositionAndUnit, individual
            ? string.Join(", ", new[] { line.Position, line.UnitName }.Where(p => !string.IsNullOrWhiteSpace(p)))
            : string.Equals(line.UnitName, line.Name, StringComparison.OrdinalIgnoreCase) ? "" : line.UnitName);
        yield return (CertificateField.Achievement, Achievement(line));
        yield return (CertificateField.Decision,
            $"Quyết định số {line.DecisionNumber} ngày {Vietnamese.Date(line.DecisionDate)}");
        yield return (CertificateField.PlaceAndDate, OfficialHeader.PlaceAndDate(UnitIssuer.Province,
            line.DecisionDate));
        yield return (CertificateField.VerificationCode,
            $"Mã xác minh: {VerificationCodes.Display(line.VerificationCode)}");
    }

    /// <summary>
    /// The achievement line: the line's own text (from its decision, its import or Sở Nội vụ's correction), else
    /// the one derived from its campaign or year (<see cref="AwardRecord.DerivedAchievement"/>).
    /// </summary>
    public static string Achievement(CertificateLine line) =>
        line.Achievement ?? AwardRecord.DerivedAchievement(line.CampaignName, line.DecisionDate);

    private static FitWarning? Warning(CertificateField field, string name, FittedText fitted)
    {
        var size = fitted.FontSize.ToString("0.#", Vietnamese.Culture);
        var what = $"{field.DisplayName()} của {name}";
        return fitted.Outcome switch
        {
            FitOutcome.Shrunk => new FitWarning(false, $"{what} quá dài cho ô, đã thu nhỏ tới {size} pt."),
            FitOutcome.Wrapped => new FitWarning(false,
                $"{what} quá dài cho ô, đã thu nhỏ tới {size} pt và xuống {fitted.Lines.Count} dòng."),
            FitOutcome.Overflows => new FitWarning(true, $"{what} không vừa ô kể cả khi thu nhỏ tới {size} pt và "
                + "xuống dòng: phần thừa bị cắt. Hãy nới ô trên phôi (Quản trị → Phôi bằng khen) "
                + "hoặc rút gọn nội dung."),
            _ => null,
        };
    }

    private static string QrSvg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
