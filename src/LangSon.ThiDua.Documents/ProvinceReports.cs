using System.Globalization;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents;

/// <summary>The province's Excel reports for Sở Nội vụ, built from a <see cref="ProvinceSnapshot"/>.</summary>
public interface IProvinceReports
{
    /// <summary>"Tổng hợp" (one row per unit, targets counted by state) and one sheet per content area listing every target.</summary>
    byte[] Progress(ProvinceSnapshot snapshot);

    /// <summary>Units whose plan is not started, a draft or returned, with their last change and reminders received.</summary>
    byte[] UnitsWithoutPlan(ProvinceSnapshot snapshot);

    /// <summary>Targets past their deadline and not achieved while the campaign runs, most overdue first.</summary>
    byte[] OverdueTargets(ProvinceSnapshot snapshot);
}

/// <summary>The ClosedXML implementation of <see cref="IProvinceReports"/>.</summary>
public sealed class ProvinceReports : IProvinceReports
{
    public const string ContentType = PlanWorkbook.ContentType;

    public const string SummarySheet = "Tổng hợp";

    private static readonly ProvinceColumn[] SummaryColumns =
    [
        new("STT", 6), new("Mã đơn vị", 10), new("Tên đơn vị", 34), new("Loại đơn vị", 16), new("Khối, cụm thi đua", 28),
        new("Trạng thái kế hoạch", 13), new("Số mục tiêu", 9), new("Đã đạt", 8), new("Đúng tiến độ", 9),
        new("Có nguy cơ chậm", 10), new("Quá hạn", 8), new("Không đạt", 8), new("Chưa triển khai", 10),
        new("Tiến độ bình quân (%)", 11),
    ];

    private static readonly ProvinceColumn[] AreaColumns =
    [
        new("STT", 6), new("Mã đơn vị", 10), new("Đơn vị", 26), new("Mục tiêu, chỉ tiêu, nhiệm vụ", 44), new("Đơn vị tính", 10),
        new("Giá trị ban đầu", 11), new("Giá trị mục tiêu", 11), new("Thời hạn", 11), new("Kết quả mới nhất", 13),
        new("Ngày số liệu", 11), new("Tỷ lệ đạt (%)", 9), new("Tình trạng", 14), new("Người chịu trách nhiệm", 24),
    ];

    public byte[] Progress(ProvinceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var workbook = SheetStyle.NewWorkbook();
        WriteSummary(workbook.Worksheets.Add(SummarySheet), snapshot);
        foreach (var area in snapshot.Areas.OrderBy(a => a.Number))
        {
            WriteArea(workbook.Worksheets.Add(area.SheetName), area, snapshot);
        }

        return SheetStyle.ToBytes(workbook);
    }

    public byte[] UnitsWithoutPlan(ProvinceSnapshot snapshot) => ProvinceListWriter.UnitsWithoutPlan(snapshot);

    public byte[] OverdueTargets(ProvinceSnapshot snapshot) => ProvinceListWriter.OverdueTargets(snapshot);

    /// <summary>The subtitle under each title: the campaign, or a note that none is running.</summary>
    internal static string CampaignLine(ProvinceSnapshot snapshot) =>
        snapshot.CampaignTitle ?? "Hiện không có phong trào thi đua nào đang triển khai.";

    private static void WriteSummary(IXLWorksheet sheet, ProvinceSnapshot snapshot)
    {
        var title = "TIẾN ĐỘ THỰC HIỆN PHONG TRÀO THI ĐUA – số liệu đến ngày " + Vietnamese.Date(snapshot.AsOf);
        var row = ProvinceSheet.Start(sheet, title, CampaignLine(snapshot), SummaryColumns);
        var byUnit = snapshot.Targets.ToLookup(t => t.UnitId);
        if (snapshot.Units.Count == 0)
        {
            row = ProvinceSheet.Empty(sheet, row + 1, 3, "Không có đơn vị nào đang hoạt động.");
        }

        var index = 0;
        foreach (var unit in snapshot.Units)
        {
            row++;
            ProvinceSheet.SetUnit(
                sheet, row, ++index, unit.Code, unit.Name, unit.Kind, unit.GroupName, unit.PlanStatus);
            WriteCounts(sheet, row, ProvinceUnitSummary.Of(byUnit[unit.Id]));
        }

        ProvinceSheet.Center(sheet, row, 1, 2);
        ProvinceSheet.Finish(sheet, row, SummaryColumns.Length);
        if (snapshot.Units.Count > 0)
        {
            WriteTotal(sheet, row + 1, snapshot);
        }
    }

    private static void WriteCounts(IXLWorksheet sheet, int row, ProvinceUnitSummary summary)
    {
        int[] counts = [summary.Targets, summary.Achieved, summary.OnTrack, summary.AtRisk, summary.Overdue, summary.NotAchieved, summary.NotStarted];
        for (var i = 0; i < counts.Length; i++)
        {
            ProvinceSheet.SetCount(sheet.Cell(row, 7 + i), counts[i]);
        }

        ProvinceSheet.SetPercent(sheet.Cell(row, 14), summary.AveragePercent);
    }

    /// <summary>"Tổng cộng" below the rows, outside the filter so that filtering never hides or sorts it.</summary>
    private static void WriteTotal(IXLWorksheet sheet, int row, ProvinceSnapshot snapshot)
    {
        var activeUnits = snapshot.Units.Select(u => u.Id).ToHashSet();
        sheet.Cell(row, 3).SetValue($"Tổng cộng ({snapshot.Units.Count.ToString("N0", Vietnamese.Culture)} đơn vị)");
        WriteCounts(sheet, row, ProvinceUnitSummary.Of(snapshot.Targets.Where(t => activeUnits.Contains(t.UnitId))));
        var total = sheet.Range(row, 1, row, SummaryColumns.Length);
        total.Style.Font.Bold = true;
        total.Style.Fill.BackgroundColor = SheetStyle.GroupFill;
        SheetStyle.Borders(total);
    }

    private static void WriteArea(IXLWorksheet sheet, ProvinceArea area, ProvinceSnapshot snapshot)
    {
        var title = $"NỘI DUNG {area.Number}. {area.ShortTitle.ToUpper(Vietnamese.Culture)}";
        var subtitle = $"{CampaignLine(snapshot)} – số liệu đến ngày {Vietnamese.Date(snapshot.AsOf)}";
        var row = ProvinceSheet.Start(sheet, title, subtitle, AreaColumns);
        var targets = snapshot.Targets.Where(t => t.AreaNumber == area.Number).ToList();
        if (targets.Count == 0)
        {
            row = ProvinceSheet.Empty(sheet, row + 1, 4, "Chưa có đơn vị nào đăng ký mục tiêu, chỉ tiêu thuộc nội dung này.");
        }

        var index = 0;
        foreach (var target in targets)
        {
            row++;
            sheet.Cell(row, 1).SetValue(++index);
            sheet.Cell(row, 2).SetValue(target.UnitCode);
            sheet.Cell(row, 3).SetValue(target.UnitName);
            sheet.Cell(row, 4).SetValue(target.Title);
            var numeric = target.MeasureKind == MeasureKind.Numeric;
            SheetStyle.SetText(sheet.Cell(row, 5), numeric ? target.UnitOfMeasure : TargetColumns.MilestoneKind);
            SheetStyle.SetNumber(sheet.Cell(row, 6), numeric ? target.Baseline : null);
            SheetStyle.SetNumber(sheet.Cell(row, 7), numeric ? target.TargetValue : null);
            SheetStyle.SetDate(sheet.Cell(row, 8), target.Deadline);
            if (target.Latest is { } latest)
            {
                ProvinceSheet.SetResult(sheet.Cell(row, 9), target.MeasureKind, latest);
                SheetStyle.SetDate(sheet.Cell(row, 10), latest.AsOfDate);
                ProvinceSheet.SetPercent(sheet.Cell(row, 11), latest.Percent);
            }

            sheet.Cell(row, 12).SetValue(target.State.DisplayName());
            sheet.Cell(row, 13).SetValue(target.Responsible);
        }

        ProvinceSheet.Center(sheet, row, 1, 2, 5, 8, 10);
        ProvinceSheet.Finish(sheet, row, AreaColumns.Length);
    }
}
