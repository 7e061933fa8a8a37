using System.Globalization;
using FluentValidation;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Documents.SummaryReport;
using LangSon.ThiDua.Web.Infrastructure.Documents;

namespace LangSon.ThiDua.Web.Features.SummaryReport;

/// <summary>What Sở Nội vụ may change on the Báo cáo before printing; empty fields take the defaults.</summary>
public sealed class SummaryPrintForm : OfficialPrintForm;

public sealed class SummaryPrintFormValidator : OfficialPrintFormValidator<SummaryPrintForm>;

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
