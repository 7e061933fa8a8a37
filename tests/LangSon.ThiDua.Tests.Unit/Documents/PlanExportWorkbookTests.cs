using ClosedXML.Excel;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests.Documents;

public sealed class PlanExportWorkbookTests
{
    private readonly PlanWorkbook workbook = new();

    [Fact]
    public void The_export_lists_targets_by_area_with_progress_and_every_report()
    {
        var latest = Report(1, "Tăng trưởng GRDP", new DateOnly(2025, 12, 31), 6.5m, 86.7m);
        var model = new PlanExportModel
        {
            UnitCode = "SYT",
            UnitName = "Sở Y tế",
            CampaignTitle = "Phong trào thi đua chào mừng Đại hội XIV",
            DocumentNumber = "125/KH-SYT",
            DocumentDate = new DateOnly(2025, 10, 20),
            Status = PlanStatus.Accepted,
            AsOf = new DateOnly(2026, 1, 5),
            Areas =
            [
                new(1, "Phát triển kinh tế", [new ExportTarget
                {
                    Title = "Tăng trưởng GRDP", MeasureKind = MeasureKind.Numeric, UnitOfMeasure = "%", TargetValue = 7.5m,
                    ResponsibleName = "Nguyễn Văn An", Deadline = new DateOnly(2026, 6, 30), Latest = latest, State = TargetState.OnTrack,
                }]),
                new(2, "Giải ngân", []),
            ],
            Reports = [Report(1, "Tăng trưởng GRDP", new DateOnly(2025, 11, 30), 5m, 66.7m), latest],
        };

        var bytes = workbook.Export(model);
        using var book = new XLWorkbook(new MemoryStream(bytes));

        var plan = book.Worksheet("Kế hoạch");
        var text = string.Join("|", plan.CellsUsed().Select(c => c.GetString()));
        Assert.Contains("Sở Y tế (SYT)", text);
        Assert.Contains("Số 125/KH-SYT ngày 20/10/2025", text);
        Assert.Contains("Đã chấp thuận", text);
        Assert.DoesNotContain("Giải ngân", text);
        var row = plan.Column(3).CellsUsed().Single(c => c.GetString() == "Tăng trưởng GRDP").Address.RowNumber;
        Assert.Equal("1. Phát triển kinh tế", plan.Cell(row, 2).GetString());
        Assert.Equal(7.5, plan.Cell(row, 8).GetDouble());
        Assert.Equal(6.5, plan.Cell(row, 12).GetDouble());
        Assert.Equal(new DateTime(2025, 12, 31), plan.Cell(row, 13).GetDateTime());
        Assert.Equal(86.7, plan.Cell(row, 14).GetDouble());
        Assert.Equal("[$-42A]#,##0.##", plan.Cell(row, 14).Style.NumberFormat.Format);
        Assert.Equal("Đúng tiến độ", plan.Cell(row, 15).GetString());
        Assert.Equal(8, plan.SheetView.SplitRow);
        Assert.True(plan.AutoFilter.IsEnabled);
        Assert.Equal((8, XLPageOrientation.Landscape), (plan.PageSetup.FirstRowToRepeatAtTop,
            plan.PageSetup.PageOrientation));
        Assert.Contains("oddFooter>&amp;CTrang &amp;P/&amp;N</", SheetXml(bytes, 1), StringComparison.Ordinal);

        var reports = book.Worksheet("Tiến độ");
        Assert.Equal(1, reports.SheetView.SplitRow);
        Assert.Equal(new DateTime(2025, 11, 30), reports.Cell(2, 4).GetDateTime());
        Assert.Equal("[$-42A]dd/mm/yyyy", reports.Cell(2, 4).Style.NumberFormat.Format);
        Assert.Equal(6.5, reports.Cell(3, 5).GetDouble());
        Assert.Equal("Đã thực hiện đến 31/12/2025", reports.Cell(3, 8).GetString());
        Assert.Equal("Trần Thị Bình", reports.Cell(3, 10).GetString());
    }

    private static ExportReport Report(int area, string title, DateOnly asOf, decimal value, decimal percent) => new()
    {
        AreaNumber = area,
        TargetTitle = title,
        MeasureKind = MeasureKind.Numeric,
        UnitOfMeasure = "%",
        AsOfDate = asOf,
        Value = value,
        Percent = percent,
        Narrative = "Đã thực hiện đến " + asOf.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        ReporterName = "Trần Thị Bình",
        ReportedAt = asOf.ToDateTime(new TimeOnly(9, 30)),
    };

    /// <summary>The sheet's own XML: ClosedXML 0.95 does not read footers back.</summary>
    private static string SheetXml(byte[] workbookBytes, int sheet)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbookBytes));
        using var reader = new StreamReader(zip.GetEntry($"xl/worksheets/sheet{sheet}.xml")!.Open());
        return reader.ReadToEnd();
    }
}
