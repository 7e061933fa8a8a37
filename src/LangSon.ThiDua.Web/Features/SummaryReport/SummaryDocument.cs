using System.Globalization;
using FluentValidation;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Documents.SummaryReport;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.SummaryReport;

/// <summary>What Sở Nội vụ may change on the Báo cáo before printing; empty fields take the defaults.</summary>
public sealed class SummaryPrintForm : OfficialPrintForm;

public sealed class SummaryPrintFormValidator : OfficialPrintFormValidator<SummaryPrintForm>;

/// <summary>
/// The Báo cáo tổng kết phong trào thi đua of Sở Nội vụ (NĐ 30 layout), with the figures of the report.
/// </summary>
public sealed class SummaryDocument : IOfficialDocument
{
    /// <summary>The code of Sở Nội vụ, the standing agency of the council that issues the report.</summary>
    public const string NoiVuCode = "SNV";

    public required OfficialHeader Header { get; init; }

    public string? BodyCode => NoiVuCode;

    public required SummaryReportModel Report { get; init; }

    /// <summary>
    /// Sở Nội vụ reports to the province: number left blank for the văn thư, today's date, signed by its head as set in
    /// the unit's settings (the same for every reader who downloads it); recipients as the standing agency sends it.
    /// </summary>
    public static OfficialHeader DefaultHeader(SummaryReportModel report, UnitLetterhead noiVu, DateOnly today) =>
        noiVu.Header("BC", "Báo cáo", Subject(report.CampaignTitle)) with
        {
            Date = today,
            BlankYear = today.Year,
            Recipients =
            [
                "UBND tỉnh (để báo cáo)",
                "Hội đồng Thi đua - Khen thưởng tỉnh",
                "Các sở, ban, ngành, đoàn thể tỉnh",
                "UBND các xã, phường",
                "Lưu: VT, TĐKT",
            ],
        };

    /// <summary>"(Kèm theo Báo cáo số 45/BC-SNV ngày 28/12/2025 của Sở Nội vụ; số liệu đến ngày 28/12/2025)".</summary>
    public string AnnexSubtitle
    {
        get
        {
            var number = string.IsNullOrWhiteSpace(Header.Number)
                ? "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-" + NoiVuCode
                : Header.Number.Trim();
            var date = Header.Date is { } d
                ? Vietnamese.Date(d)
                : $"\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0/{Header.BlankYear}";
            var asOf = Vietnamese.Date(Report.AsOf);
            return $"(Kèm theo Báo cáo số {number} ngày {date} của Sở Nội vụ; số liệu đến ngày {asOf})";
        }
    }

    /// <summary>"Tổng kết phong trào thi đua lập thành tích…", from the campaign's title.</summary>
    public static string Subject(string? campaignTitle) =>
        string.IsNullOrWhiteSpace(campaignTitle)
            ? "Tổng kết phong trào thi đua"
            : "Tổng kết " + Vietnamese.LowerFirst(campaignTitle);
}

public sealed class SummaryIndexViewModel
{
    public required SummaryReportModel Report { get; init; }

    /// <summary>The charts' data for summary-charts.js, as JSON (not executed, fine under a strict CSP).</summary>
    public required string ChartJson { get; init; }

    /// <summary>Sở Nội vụ edits the heading (number, date, signer) before printing.</summary>
    public bool CanEditHeading { get; init; }

    /// <summary>The campaigns to choose from (and compare with), newest first.</summary>
    public IReadOnlyList<SummaryCampaign> Campaigns { get; init; } = [];
}

public sealed class SummaryCompareViewModel
{
    public required IReadOnlyList<SummaryCampaign> Campaigns { get; init; }

    public required SummaryComparison Comparison { get; init; }
}

public sealed class SummaryPrintViewModel
{
    /// <summary>The campaign chosen on the summary page; null: the active one.</summary>
    public int? CampaignId { get; init; }

    public required string? CampaignTitle { get; init; }

    public required SummaryPrintForm Form { get; init; }
}
