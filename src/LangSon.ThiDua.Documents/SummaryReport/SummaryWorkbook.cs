using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents.SummaryReport;

/// <summary>
/// The Báo cáo tổng kết phong trào as a workbook: one sheet per dimension (content area, unit, khối/cụm, award form),
/// each with the province reports' title block, frozen header, filter, formats and hand-set widths, and a bold
/// "Tổng cộng" row below the filtered rows where a total makes sense.
/// </summary>
public static class SummaryWorkbook
{
    public const string ContentType = PlanWorkbook.ContentType;

    public const string AreaSheet = "Nội dung thi đua";
    public const string UnitSheet = "Đơn vị";
    public const string GroupSheet = "Khối, cụm thi đua";
    public const string AwardSheet = "Hình thức khen thưởng";

    private static readonly ProvinceColumn[] AreaColumns =
    [
        new("STT", 6), new("Nội dung thi đua", 44), new("Số đơn vị có mục tiêu", 11), new("Số mục tiêu", 9), new("Đã đạt", 8),
        new("Đúng tiến độ", 9), new("Có nguy cơ chậm", 10), new("Quá hạn", 8), new("Không đạt", 8), new("Chưa triển khai", 10),
        new("Tỷ lệ mục tiêu đã đạt (%)", 11), new("Tiến độ bình quân (%)", 11),
    ];

    private static readonly ProvinceColumn[] UnitColumns =
    [
        new("STT", 6), new("Mã đơn vị", 10), new("Tên đơn vị", 34), new("Loại đơn vị", 16), new("Khối, cụm thi đua", 28),
        new("Trạng thái kế hoạch", 13), new("Số mục tiêu", 9), new("Đã đạt", 8), new("Quá hạn", 8),
        new("Tỷ lệ mục tiêu đã đạt (%)", 11), new("Tiến độ bình quân (%)", 11),
    ];

    private static readonly ProvinceColumn[] GroupColumns =
    [
        new("STT", 6), new("Khối, cụm thi đua", 40), new("Loại", 13), new("Số đơn vị", 9), new("Đã lập kế hoạch", 10),
        new("Kế hoạch được chấp thuận", 11), new("Số mục tiêu", 9), new("Đã đạt", 8), new("Quá hạn", 8),
        new("Tỷ lệ mục tiêu đã đạt (%)", 11), new("Tiến độ bình quân (%)", 11),
    ];

    private static readonly ProvinceColumn[] AwardColumns =
    [
        new("STT", 6), new("Hình thức khen thưởng", 36), new("Số hồ sơ đề nghị", 10), new("Đề nghị: tập thể", 10),
        new("Đề nghị: cá nhân", 10), new("Đủ điều kiện", 9), new("Không đủ điều kiện", 10), new("Hội đồng thông qua", 10),
        new("Không được thông qua", 10), new("Đã khen thưởng", 10), new("Đã trình Thủ tướng Chính phủ", 11),
        new("Khen thưởng: tập thể", 10), new("Khen thưởng: cá nhân", 10),
    ];

    public static byte[] Write(SummaryReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = SheetStyle.NewWorkbook();
        WriteAreas(workbook.Worksheets.Add(AreaSheet), model);
        WriteUnits(workbook.Worksheets.Add(UnitSheet), model);
        WriteGroups(workbook.Worksheets.Add(GroupSheet), model);
        WriteAwards(workbook.Worksheets.Add(AwardSheet), model);
        return SheetStyle.ToBytes(workbook);
    }

    private static string Subtitle(SummaryReportModel model) =>
        $"{model.CampaignTitle ?? "Hiện không có phong trào thi đua nào đang triển khai."} – số liệu đến ngày {Vietnamese.Date(model.AsOf)}";

    private static void WriteAreas(IXLWorksheet sheet, SummaryReportModel model)
    {
        var row = ProvinceSheet.Start(sheet, "BÁO CÁO TỔNG KẾT PHONG TRÀO THI ĐUA – KẾT QUẢ THEO NỘI DUNG THI ĐUA", Subtitle(model), AreaColumns);
        if (model.Areas.Count == 0)
        {
            row = ProvinceSheet.Empty(sheet, row + 1, 2, "Phong trào chưa có nội dung thi đua.");
        }

        var index = 0;
        foreach (var area in model.Areas)
        {
            row++;
            sheet.Cell(row, 1).SetValue(++index);
            sheet.Cell(row, 2).SetValue($"{area.Label}. {area.ShortTitle}");
            ProvinceSheet.SetCount(sheet.Cell(row, 3), area.UnitsWithTargets);
            WriteStates(sheet, row, 4, area.Targets);
        }

        ProvinceSheet.Center(sheet, row, 1);
        ProvinceSheet.Finish(sheet, row, AreaColumns.Length);
        if (model.Areas.Count > 0)
        {
            var total = row + 1;
            sheet.Cell(total, 2).SetValue("Tổng cộng");
            ProvinceSheet.SetCount(sheet.Cell(total, 3), model.Units.Count(u => u.Targets.Total > 0));
            WriteStates(sheet, total, 4, model.Targets);
            Total(sheet, total, AreaColumns.Length);
        }
    }

    /// <summary>Total, the six states, the share achieved and the mean progress, from <paramref name="column"/> on.</summary>
    private static void WriteStates(IXLWorksheet sheet, int row, int column, SummaryTargets targets)
    {
        int[] counts = [targets.Total, targets.Achieved, targets.OnTrack, targets.AtRisk, targets.Overdue, targets.NotAchieved, targets.NotStarted];
        for (var i = 0; i < counts.Length; i++)
        {
            ProvinceSheet.SetCount(sheet.Cell(row, column + i), counts[i]);
        }

        ProvinceSheet.SetPercent(sheet.Cell(row, column + counts.Length), targets.AchievedPercent);
        ProvinceSheet.SetPercent(sheet.Cell(row, column + counts.Length + 1), targets.AveragePercent);
    }

    /// <summary>Targets, achieved, overdue, the share achieved and the mean progress, from <paramref name="column"/> on.</summary>
    private static void WriteShortStates(IXLWorksheet sheet, int row, int column, SummaryTargets targets)
    {
        ProvinceSheet.SetCount(sheet.Cell(row, column), targets.Total);
        ProvinceSheet.SetCount(sheet.Cell(row, column + 1), targets.Achieved);
        ProvinceSheet.SetCount(sheet.Cell(row, column + 2), targets.Overdue);
        ProvinceSheet.SetPercent(sheet.Cell(row, column + 3), targets.AchievedPercent);
        ProvinceSheet.SetPercent(sheet.Cell(row, column + 4), targets.AveragePercent);
    }

    private static void WriteUnits(IXLWorksheet sheet, SummaryReportModel model)
    {
        var row = ProvinceSheet.Start(sheet, "BÁO CÁO TỔNG KẾT PHONG TRÀO THI ĐUA – KẾT QUẢ THEO ĐƠN VỊ", Subtitle(model), UnitColumns);
        if (model.Units.Count == 0)
        {
            row = ProvinceSheet.Empty(sheet, row + 1, 3, "Không có đơn vị nào đang hoạt động.");
        }

        var index = 0;
        foreach (var unit in model.Units)
        {
            row++;
            ProvinceSheet.SetUnit(
                sheet, row, ++index, unit.Code, unit.Name, unit.Kind, unit.GroupName, unit.PlanStatus);
            WriteShortStates(sheet, row, 7, unit.Targets);
        }

        ProvinceSheet.Center(sheet, row, 1, 2, 6);
        ProvinceSheet.Finish(sheet, row, UnitColumns.Length);
        if (model.Units.Count > 0)
        {
            var total = row + 1;
            sheet.Cell(total, 3).SetValue($"Tổng cộng ({model.UnitCount.ToString("N0", Vietnamese.Culture)} đơn vị)");
            WriteShortStates(sheet, total, 7, model.Targets);
            Total(sheet, total, UnitColumns.Length);
        }
    }

    private static void WriteGroups(IXLWorksheet sheet, SummaryReportModel model)
    {
        var row = ProvinceSheet.Start(sheet, "BÁO CÁO TỔNG KẾT PHONG TRÀO THI ĐUA – KẾT QUẢ THEO KHỐI, CỤM THI ĐUA", Subtitle(model), GroupColumns);
        if (model.Groups.Count == 0)
        {
            row = ProvinceSheet.Empty(sheet, row + 1, 2, "Chưa có khối, cụm thi đua nào.");
        }

        var index = 0;
        foreach (var group in model.Groups)
        {
            row++;
            sheet.Cell(row, 1).SetValue(++index);
            sheet.Cell(row, 2).SetValue(group.Name);
            SheetStyle.SetText(sheet.Cell(row, 3), group.KindName);
            ProvinceSheet.SetCount(sheet.Cell(row, 4), group.UnitCount);
            ProvinceSheet.SetCount(sheet.Cell(row, 5), group.UnitsWithPlan);
            ProvinceSheet.SetCount(sheet.Cell(row, 6), group.UnitsAccepted);
            WriteShortStates(sheet, row, 7, group.Targets);
            // The khối's or cụm's progress is the mean of its units' (ProgressFigures.GroupMean), as on the dashboard.
            ProvinceSheet.SetPercent(sheet.Cell(row, 11), group.Percent);
        }

        ProvinceSheet.Center(sheet, row, 1, 3);
        ProvinceSheet.Finish(sheet, row, GroupColumns.Length);
        if (model.Groups.Count > 0)
        {
            var total = row + 1;
            sheet.Cell(total, 2).SetValue("Tổng cộng");
            ProvinceSheet.SetCount(sheet.Cell(total, 4), model.Groups.Sum(g => g.UnitCount));
            ProvinceSheet.SetCount(sheet.Cell(total, 5), model.Groups.Sum(g => g.UnitsWithPlan));
            ProvinceSheet.SetCount(sheet.Cell(total, 6), model.Groups.Sum(g => g.UnitsAccepted));
            WriteShortStates(sheet, total, 7, SummaryTargets.Sum(model.Groups.Select(g => g.Targets)));
            Total(sheet, total, GroupColumns.Length);
        }
    }

    private static void WriteAwards(IXLWorksheet sheet, SummaryReportModel model)
    {
        var row = ProvinceSheet.Start(sheet, "BÁO CÁO TỔNG KẾT PHONG TRÀO THI ĐUA – KẾT QUẢ KHEN THƯỞNG THEO HÌNH THỨC", Subtitle(model), AwardColumns);
        if (model.AwardForms.Count == 0)
        {
            row = ProvinceSheet.Empty(sheet, row + 1, 2, "Chưa có hình thức khen thưởng nào.");
        }

        var index = 0;
        foreach (var form in model.AwardForms)
        {
            row++;
            sheet.Cell(row, 1).SetValue(++index);
            sheet.Cell(row, 2).SetValue(form.Name);
            WriteAward(sheet, row, form);
        }

        ProvinceSheet.Center(sheet, row, 1);
        ProvinceSheet.Finish(sheet, row, AwardColumns.Length);
        if (model.AwardForms.Count > 0)
        {
            var total = row + 1;
            sheet.Cell(total, 2).SetValue("Tổng cộng");
            WriteAward(sheet, total, model.AwardTotal);
            Total(sheet, total, AwardColumns.Length);
        }
    }

    private static void WriteAward(IXLWorksheet sheet, int row, SummaryAwardForm form)
    {
        int[] counts =
        [
            form.Proposed, form.ProposedCollectives, form.ProposedIndividuals, form.Eligible, form.Ineligible, form.Passed, form.Failed,
            form.Decided, form.Forwarded, form.AwardedCollectives, form.AwardedIndividuals,
        ];
        for (var i = 0; i < counts.Length; i++)
        {
            ProvinceSheet.SetCount(sheet.Cell(row, 3 + i), counts[i]);
        }
    }

    /// <summary>The total row: bold, shaded, bordered, outside the filter so that filtering never hides or sorts it.</summary>
    private static void Total(IXLWorksheet sheet, int row, int columnCount)
    {
        var range = sheet.Range(row, 1, row, columnCount);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = SheetStyle.GroupFill;
        SheetStyle.Borders(range);
    }
}
