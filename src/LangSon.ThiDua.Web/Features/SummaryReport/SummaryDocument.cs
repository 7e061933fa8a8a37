using System.Globalization;
using FluentValidation;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Documents.SummaryReport;
using LangSon.ThiDua.Web.Infrastructure.Documents;

namespace LangSon.ThiDua.Web.Features.SummaryReport;

/// <summary>What Sở Nội vụ may change on the Báo cáo before printing; empty fields take the defaults.</summary>
public sealed class SummaryPrintForm
{
    public string? Number { get; set; }

    public DateOnly? Date { get; set; }

    public string? SignerAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    /// <summary>Nơi nhận, one per line.</summary>
    public string? Recipients { get; set; }

    /// <summary>true: the HTML in the browser (Xem trước); false: the PDF file.</summary>
    public bool Preview { get; set; }
}

public sealed class SummaryPrintFormValidator : AbstractValidator<SummaryPrintForm>
{
    public SummaryPrintFormValidator()
    {
        RuleFor(f => f.Number).MaximumLength(50).WithMessage("Số văn bản không quá 50 ký tự.");
        RuleFor(f => f.Date).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31))
            .WithMessage("Ngày ban hành phải trong khoảng từ năm 2000 đến năm 2100.");
        RuleFor(f => f.SignerAuthority).MaximumLength(100).WithMessage("Dòng thẩm quyền ký không quá 100 ký tự.");
        RuleFor(f => f.SignerTitle).MaximumLength(100).WithMessage("Chức vụ người ký không quá 100 ký tự.");
        RuleFor(f => f.SignerName).MaximumLength(100).WithMessage("Họ tên người ký không quá 100 ký tự.");
        RuleFor(f => f.Recipients).MaximumLength(1000).WithMessage("Nơi nhận không quá 1.000 ký tự.");
    }
}

/// <summary>The Báo cáo tổng kết phong trào thi đua of Sở Nội vụ (NĐ 30 layout), with the figures of the report.</summary>
public sealed class SummaryDocument : IOfficialDocument
{
    public const string Body = "SỞ NỘI VỤ";

    public const string Parent = "UBND TỈNH LẠNG SƠN";

    public required OfficialHeader Header { get; init; }

    public string? BodyCode => "SNV";

    public required SummaryReportModel Report { get; init; }

    /// <summary>
    /// Sở Nội vụ reports to the province: number left blank for the văn thư, today's date, signed by its Director;
    /// recipients as the plan's standing agency would send it.
    /// </summary>
    public static OfficialHeader DefaultHeader(SummaryReportModel report) => new()
    {
        IssuingParent = Parent,
        IssuingBody = Body,
        TypeCode = "BC",
        Date = report.AsOf,
        BlankYear = report.AsOf.Year,
        DocumentType = "Báo cáo",
        Subject = Subject(report.CampaignTitle),
        SignerTitle = "Giám đốc",
        Recipients =
        [
            "UBND tỉnh (để báo cáo)",
            "Hội đồng Thi đua - Khen thưởng tỉnh",
            "Các sở, ban, ngành, đoàn thể tỉnh",
            "UBND các xã, phường",
            "Lưu: VT, TĐKT.",
        ],
    };

    /// <summary>"Tổng kết phong trào thi đua lập thành tích…", from the campaign's title.</summary>
    public static string Subject(string? campaignTitle) =>
        string.IsNullOrWhiteSpace(campaignTitle)
            ? "Tổng kết phong trào thi đua"
            : "Tổng kết " + char.ToLower(campaignTitle[0], CultureInfo.GetCultureInfo("vi-VN")) + campaignTitle[1..];
}

public sealed class SummaryIndexViewModel
{
    public required SummaryReportModel Report { get; init; }

    /// <summary>The charts' data for summary-charts.js, as JSON (not executed, fine under a strict CSP).</summary>
    public required string ChartJson { get; init; }

    /// <summary>Sở Nội vụ edits the heading (number, date, signer) before printing.</summary>
    public bool CanEditHeading { get; init; }
}

public sealed class SummaryPrintViewModel
{
    public required string? CampaignTitle { get; init; }

    public required SummaryPrintForm Form { get; init; }
}
