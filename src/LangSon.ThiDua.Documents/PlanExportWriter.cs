using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents;

/// <summary>"Kế hoạch" (the plan, its targets by content area with their progress) and "Tiến độ" (every report).</summary>
internal static class PlanExportWriter
{
    private const int PlanHeaderRow = 8;

    private static readonly (string Name, double Width)[] PlanColumns =
    [
        ("STT", 7), ("Nội dung thi đua", 22), ("Mục tiêu, chỉ tiêu, nhiệm vụ", 50), ("Loại", 16), ("Đơn vị tính", 11),
        ("Chiều đánh giá", 15), ("Giá trị ban đầu", 13), ("Giá trị mục tiêu", 13), ("Người chịu trách nhiệm", 22), ("Chức vụ", 20),
        ("Thời hạn", 12), ("Kết quả mới nhất", 15), ("Ngày số liệu", 12), ("Tỷ lệ đạt (%)", 10), ("Tình trạng", 16),
    ];

    private static readonly (string Name, double Width)[] ReportColumns =
    [
        ("STT", 6), ("Nội dung thi đua", 10), ("Mục tiêu, chỉ tiêu, nhiệm vụ", 45), ("Ngày số liệu", 12), ("Kết quả đạt được", 15),
        ("Đơn vị tính", 11), ("Tỷ lệ đạt (%)", 10), ("Kết quả thực hiện", 50), ("Khó khăn, vướng mắc", 40), ("Người báo cáo", 22),
        ("Thời điểm gửi", 17),
    ];

    public static byte[] Write(PlanExportModel model)
    {
        using var workbook = SheetStyle.NewWorkbook();
        WritePlan(workbook.Worksheets.Add("Kế hoạch"), model);
        WriteReports(workbook.Worksheets.Add("Tiến độ"), model);
        return SheetStyle.ToBytes(workbook);
    }

    private static void WritePlan(IXLWorksheet sheet, PlanExportModel model)
    {
        sheet.Cell(1, 1).SetValue("KẾ HOẠCH TRIỂN KHAI PHONG TRÀO THI ĐUA VÀ TIẾN ĐỘ THỰC HIỆN");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        var document = model.DocumentNumber is null ? "Chưa có" : "Số " + model.DocumentNumber;
        if (model.DocumentDate is { } date)
        {
            document += " ngày " + Vietnamese.Date(date);
        }

        Info(sheet, 2, "Đơn vị", $"{model.UnitName} ({model.UnitCode})");
        Info(sheet, 3, "Phong trào", model.CampaignTitle);
        Info(sheet, 4, "Văn bản kế hoạch", document);
        Info(sheet, 5, "Trạng thái", model.Status.DisplayName());
        Info(sheet, 6, "Số liệu tính đến ngày", Vietnamese.Date(model.AsOf));

        var row = Header(sheet, PlanHeaderRow, PlanColumns);
        if (model.Areas.All(a => a.Targets.Count == 0))
        {
            sheet.Cell(++row, 3).SetValue("Kế hoạch chưa có mục tiêu, chỉ tiêu, nhiệm vụ nào.");
        }

        foreach (var area in model.Areas.Where(a => a.Targets.Count > 0))
        {
            row++;
            sheet.Cell(row, 1).SetValue(area.Number);
            sheet.Cell(row, 2).SetValue($"{area.Number}. {area.ShortTitle}");
            var group = sheet.Range(row, 1, row, PlanColumns.Length);
            group.Style.Font.Bold = true;
            group.Style.Fill.BackgroundColor = SheetStyle.GroupFill;
            var index = 0;
            foreach (var target in area.Targets)
            {
                WriteTarget(sheet, ++row, $"{area.Number}.{++index}", area, target);
            }
        }

        SheetStyle.FinishTable(sheet, PlanHeaderRow, row, PlanColumns.Length);
    }

    private static void WriteTarget(IXLWorksheet sheet, int row, string number, ExportArea area, ExportTarget target)
    {
        var numeric = target.MeasureKind == MeasureKind.Numeric;
        sheet.Cell(row, 1).SetValue(number);
        sheet.Cell(row, 2).SetValue($"{area.Number}. {area.ShortTitle}");
        sheet.Cell(row, 3).SetValue(target.Title);
        sheet.Cell(row, 4).SetValue(numeric ? TargetColumns.NumericKind : TargetColumns.MilestoneKind);
        SheetStyle.SetText(sheet.Cell(row, 5), numeric ? target.UnitOfMeasure : null);
        SheetStyle.SetText(sheet.Cell(row, 6), numeric ? target.Direction.DisplayName() : null);
        SheetStyle.SetNumber(sheet.Cell(row, 7), numeric ? target.Baseline : null);
        SheetStyle.SetNumber(sheet.Cell(row, 8), numeric ? target.TargetValue : null);
        sheet.Cell(row, 9).SetValue(target.ResponsibleName);
        SheetStyle.SetText(sheet.Cell(row, 10), target.ResponsiblePosition);
        SheetStyle.SetDate(sheet.Cell(row, 11), target.Deadline);
        if (target.Latest is { } latest)
        {
            Result(sheet.Cell(row, 12), latest);
            SheetStyle.SetDate(sheet.Cell(row, 13), latest.AsOfDate);
            SheetStyle.SetNumber(sheet.Cell(row, 14), latest.Percent);
        }

        sheet.Cell(row, 15).SetValue(target.State.DisplayName());
    }

    private static void WriteReports(IXLWorksheet sheet, PlanExportModel model)
    {
        var row = Header(sheet, 1, ReportColumns);
        if (model.Reports.Count == 0)
        {
            sheet.Cell(++row, 3).SetValue("Chưa có báo cáo tiến độ nào.");
        }

        var index = 0;
        foreach (var report in model.Reports)
        {
            row++;
            sheet.Cell(row, 1).SetValue(++index);
            sheet.Cell(row, 2).SetValue(report.AreaNumber);
            sheet.Cell(row, 3).SetValue(report.TargetTitle);
            SheetStyle.SetDate(sheet.Cell(row, 4), report.AsOfDate);
            Result(sheet.Cell(row, 5), report);
            SheetStyle.SetText(sheet.Cell(row, 6), report.MeasureKind == MeasureKind.Numeric ? report.UnitOfMeasure : null);
            SheetStyle.SetNumber(sheet.Cell(row, 7), report.Percent);
            sheet.Cell(row, 8).SetValue(report.Narrative);
            SheetStyle.SetText(sheet.Cell(row, 9), report.Difficulties);
            sheet.Cell(row, 10).SetValue(report.ReporterName);
            sheet.Cell(row, 11).SetValue(report.ReportedAt);
            sheet.Cell(row, 11).Style.NumberFormat.Format = SheetStyle.DateTimeFormat;
        }

        SheetStyle.FinishTable(sheet, 1, row, ReportColumns.Length);
    }

    private static void Result(IXLCell cell, ExportReport report)
    {
        if (report.MeasureKind == MeasureKind.Milestone)
        {
            cell.SetValue(report.MilestoneDone == true ? "Đã hoàn thành" : "Chưa hoàn thành");
            return;
        }

        SheetStyle.SetNumber(cell, report.Value);
    }

    private static void Info(IXLWorksheet sheet, int row, string label, string value)
    {
        sheet.Cell(row, 1).SetValue(label + ":");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 3).SetValue(value);
    }

    private static int Header(IXLWorksheet sheet, int row, (string Name, double Width)[] columns)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            sheet.Cell(row, i + 1).SetValue(columns[i].Name);
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        SheetStyle.Header(sheet.Range(row, 1, row, columns.Length));
        sheet.Row(row).Height = 32;
        return row;
    }
}
