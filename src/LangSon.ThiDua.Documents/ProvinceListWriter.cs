using System.Globalization;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents;

/// <summary>The two follow-up lists of Sở Nội vụ: units without a submitted plan, and overdue targets.</summary>
internal static class ProvinceListWriter
{
    public const string UnitsSheet = "Chưa trình kế hoạch";
    public const string OverdueSheet = "Mục tiêu quá hạn";

    private static readonly ProvinceColumn[] UnitColumns =
    [
        new("STT", 6), new("Mã đơn vị", 10), new("Tên đơn vị", 38), new("Loại đơn vị", 18), new("Khối, cụm thi đua", 32),
        new("Trạng thái kế hoạch", 14), new("Ngày thay đổi gần nhất", 13), new("Số lần được đôn đốc", 11),
    ];

    private static readonly ProvinceColumn[] OverdueColumns =
    [
        new("STT", 6), new("Mã đơn vị", 10), new("Đơn vị", 26), new("Khối, cụm thi đua", 24), new("Nội dung thi đua", 22),
        new("Mục tiêu, chỉ tiêu, nhiệm vụ", 42), new("Thời hạn", 11), new("Số ngày quá hạn", 10),
        new("Tỷ lệ đạt gần nhất (%)", 10), new("Ngày số liệu gần nhất", 12), new("Người chịu trách nhiệm", 24),
    ];

    public static byte[] UnitsWithoutPlan(ProvinceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var workbook = SheetStyle.NewWorkbook();
        var sheet = workbook.Worksheets.Add(UnitsSheet);
        var title = "DANH SÁCH ĐƠN VỊ CHƯA TRÌNH KẾ HOẠCH TRIỂN KHAI – số liệu đến ngày " + Vietnamese.Date(snapshot.AsOf);
        var subtitle = ProvinceReports.CampaignLine(snapshot) + " (chưa lập, dự thảo hoặc bị trả lại)";
        var row = ProvinceSheet.Start(sheet, title, subtitle, UnitColumns);
        var units = ProvinceUnitOrder.Sort(snapshot.Units.Where(u => u.LacksSubmittedPlan)).ToList();
        if (units.Count == 0)
        {
            row = ProvinceSheet.Empty(sheet, row + 1, 3, "Tất cả các đơn vị đã trình kế hoạch.");
        }

        var index = 0;
        foreach (var unit in units)
        {
            row++;
            ProvinceSheet.SetUnit(
                sheet, row, ++index, unit.Code, unit.Name, unit.Kind, unit.GroupName, unit.PlanStatus);
            SheetStyle.SetDate(sheet.Cell(row, 7), unit.PlanChangedOn);
            ProvinceSheet.SetCount(sheet.Cell(row, 8), unit.RemindersReceived);
        }

        ProvinceSheet.Center(sheet, row, 1, 2, 6, 7, 8);
        ProvinceSheet.Finish(sheet, row, UnitColumns.Length);
        return SheetStyle.ToBytes(workbook);
    }

    public static byte[] OverdueTargets(ProvinceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var workbook = SheetStyle.NewWorkbook();
        var sheet = workbook.Worksheets.Add(OverdueSheet);
        var title = "DANH SÁCH MỤC TIÊU, CHỈ TIÊU QUÁ HẠN – số liệu đến ngày " + Vietnamese.Date(snapshot.AsOf);
        var row = ProvinceSheet.Start(sheet, title, ProvinceReports.CampaignLine(snapshot), OverdueColumns);
        var areas = snapshot.Areas.ToDictionary(a => a.Number, a => $"{a.Number}. {a.ShortTitle}");
        // Most overdue first; OrderBy is stable, so equal deadlines keep the snapshot's unit order.
        var targets = snapshot.Targets.Where(t => t.State == TargetState.Overdue).OrderBy(t => t.Deadline).ToList();
        if (targets.Count == 0)
        {
            row = ProvinceSheet.Empty(sheet, row + 1, 6, "Không có mục tiêu, chỉ tiêu nào quá hạn.");
        }

        var index = 0;
        foreach (var target in targets)
        {
            row++;
            sheet.Cell(row, 1).SetValue(++index);
            sheet.Cell(row, 2).SetValue(target.UnitCode);
            sheet.Cell(row, 3).SetValue(target.UnitName);
            sheet.Cell(row, 4).SetValue(target.GroupName ?? ProvinceText.NoGroup);
            sheet.Cell(row, 5).SetValue(areas.GetValueOrDefault(target.AreaNumber, target.AreaNumber.ToString(CultureInfo.InvariantCulture)));
            sheet.Cell(row, 6).SetValue(target.Title);
            SheetStyle.SetDate(sheet.Cell(row, 7), target.Deadline);
            ProvinceSheet.SetCount(sheet.Cell(row, 8), target.DaysOverdue(snapshot.AsOf));
            if (target.Latest is { } latest)
            {
                ProvinceSheet.SetPercent(sheet.Cell(row, 9), latest.Percent);
                SheetStyle.SetDate(sheet.Cell(row, 10), latest.AsOfDate);
            }
            else
            {
                sheet.Cell(row, 10).SetValue("Chưa báo cáo");
            }

            sheet.Cell(row, 11).SetValue(target.Responsible);
        }

        ProvinceSheet.Center(sheet, row, 1, 2, 7, 8, 10);
        ProvinceSheet.Finish(sheet, row, OverdueColumns.Length);
        return SheetStyle.ToBytes(workbook);
    }
}

/// <summary>The order units are listed in: by khối/cụm (units without one last), then by name, the Vietnamese way.</summary>
public static class ProvinceUnitOrder
{
    public static IOrderedEnumerable<ProvinceUnit> Sort(IEnumerable<ProvinceUnit> units) =>
        units.OrderBy(u => u.GroupName is null)
            .ThenBy(u => u.GroupName ?? string.Empty, Vietnamese.OrderIgnoringCase)
            .ThenBy(u => u.Name, Vietnamese.OrderIgnoringCase)
            .ThenBy(u => u.Code, StringComparer.Ordinal);
}
