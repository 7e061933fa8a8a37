namespace LangSon.ThiDua.Domain.Seeding;

/// <summary>
/// The blanks a fresh portal starts with: Bằng khen của Chủ tịch UBND tỉnh on A3 landscape and Giấy khen on A4
/// landscape, their boxes placed under the pre-printed title. Admin measures the province's real blanks on a printed
/// calibration sheet and corrects them; the seeder never overwrites them.
/// </summary>
public static class CertificateBlankSeed
{
    public static IReadOnlyDictionary<string, Func<int, CertificateBlank>> ByFormCode { get; } =
        new Dictionary<string, Func<int, CertificateBlank>>(StringComparer.Ordinal)
        {
            [AwardFormSeed.BangKhenTinh] = formId => CertificateBlank.For(
                formId, PaperSize.A3, PaperOrientation.Landscape,
                [
                    Box(CertificateField.RecipientName, 60, 118, 300, 22, 28, 16),
                    Box(CertificateField.PositionAndUnit, 60, 142, 300, 16, 16, 11),
                    Box(CertificateField.Achievement, 60, 160, 300, 32, 16, 11),
                    Box(CertificateField.PlaceAndDate, 240, 200, 150, 10, 14, 11),
                    Box(CertificateField.QrCode, 30, 210, 28, 28, 10, 8),
                    Box(CertificateField.Decision, 30, 250, 150, 10, 13, 10),
                    Box(CertificateField.VerificationCode, 30, 262, 90, 8, 10, 8),
                ]),
            [AwardFormSeed.GiayKhen] = formId => CertificateBlank.For(
                formId, PaperSize.A4, PaperOrientation.Landscape,
                [
                    Box(CertificateField.RecipientName, 40, 82, 217, 16, 22, 13),
                    Box(CertificateField.PositionAndUnit, 40, 100, 217, 12, 14, 10),
                    Box(CertificateField.Achievement, 40, 113, 217, 24, 14, 10),
                    Box(CertificateField.PlaceAndDate, 165, 142, 110, 8, 12, 10),
                    Box(CertificateField.QrCode, 20, 150, 24, 24, 10, 8),
                    Box(CertificateField.Decision, 20, 178, 110, 8, 11, 9),
                    Box(CertificateField.VerificationCode, 20, 188, 70, 7, 9, 8),
                ]),
        };

    private static CertificateBox Box(
        CertificateField field, decimal x, decimal y, decimal width, decimal height, decimal size, decimal min) =>
        CertificateBox.Of(field, x, y, width, height, size, min);
}
