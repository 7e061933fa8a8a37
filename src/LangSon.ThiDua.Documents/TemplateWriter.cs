using ClosedXML.Excel;
using LangSon.ThiDua.Documents.Import;

namespace LangSon.ThiDua.Documents;

/// <summary>
/// The import template: "Mục tiêu" with drop-downs, a hidden "Danh mục" that feeds them, and "Hướng dẫn".
/// </summary>
internal static class TemplateWriter
{
    public static byte[] Write(IReadOnlyList<ContentAreaInfo> areas)
    {
        using var workbook = SheetStyle.NewWorkbook();
        var sheet = workbook.Worksheets.Add(TargetColumns.SheetName);
        var help = workbook.Worksheets.Add(TargetColumns.HelpSheetName);
        var lists = workbook.Worksheets.Add(TargetColumns.ListSheetName);

        WriteHeader(sheet);
        var areaList = WriteLists(lists, areas);
        AddDropDowns(sheet, areaList);
        WriteHelp(help, areas);
        lists.Hide();
        sheet.SetTabActive();
        return SheetStyle.ToBytes(workbook);
    }

    private static void WriteHeader(IXLWorksheet sheet)
    {
        foreach (var column in TargetColumns.All)
        {
            sheet.Cell(TargetColumns.HeaderRow, column.Number).SetValue(column.Name);
            sheet.Column(column.Number).Width = column.Width;
        }

        var header = sheet.Range(TargetColumns.HeaderRow, 1, TargetColumns.HeaderRow, TargetColumns.All.Count);
        SheetStyle.Header(header);
        sheet.Row(TargetColumns.HeaderRow).Height = 36;
        sheet.SheetView.FreezeRows(TargetColumns.HeaderRow);

        var last = TargetColumns.HeaderRow + TargetColumns.MaxRows;
        var body = sheet.Range(TargetColumns.HeaderRow + 1, 1, last, TargetColumns.All.Count);
        body.Style.Alignment.WrapText = true;
        body.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Range(TargetColumns.HeaderRow + 1, TargetColumns.Baseline.Number, last, TargetColumns.TargetValue.Number)
            .Style.NumberFormat.Format = SheetStyle.InputNumberFormat;
        sheet.Range(TargetColumns.HeaderRow + 1, TargetColumns.Deadline.Number, last, TargetColumns.Deadline.Number)
            .Style.NumberFormat.Format = SheetStyle.DateFormat;
    }

    private static IXLRange WriteLists(IXLWorksheet lists, IReadOnlyList<ContentAreaInfo> areas)
    {
        lists.Cell(1, 1).SetValue("Nội dung thi đua");
        lists.Cell(1, 2).SetValue("Loại");
        lists.Cell(1, 3).SetValue("Chiều đánh giá");
        var row = 2;
        foreach (var area in areas.OrderBy(a => a.Number))
        {
            lists.Cell(row++, 1).SetValue(area.Label);
        }

        lists.Cell(2, 2).SetValue(TargetColumns.NumericKind);
        lists.Cell(3, 2).SetValue(TargetColumns.MilestoneKind);
        lists.Cell(2, 3).SetValue(TargetColumns.HigherIsBetter);
        lists.Cell(3, 3).SetValue(TargetColumns.LowerIsBetter);
        lists.Column(1).Width = 60;
        lists.Column(2).Width = 24;
        lists.Column(3).Width = 24;
        return lists.Range(2, 1, Math.Max(2, areas.Count + 1), 1);
    }

    private static void AddDropDowns(IXLWorksheet sheet, IXLRange areaList)
    {
        var first = TargetColumns.HeaderRow + 1;
        var last = TargetColumns.HeaderRow + TargetColumns.MaxRows;
        IXLRange Column(ImportColumn column) => sheet.Range(first, column.Number, last, column.Number);

        // Typing just the number ("1") is accepted too, so the area list only warns.
        var area = Column(TargetColumns.Area).SetDataValidation();
        area.List(areaList, true);
        area.ErrorStyle = XLErrorStyle.Warning;
        area.ErrorTitle = "Nội dung thi đua";
        area.ErrorMessage = "Hãy chọn một nội dung thi đua trong danh sách hoặc gõ số thứ tự của nội dung.";

        var kind = Column(TargetColumns.Kind).SetDataValidation();
        kind.List($"\"{TargetColumns.NumericKind},{TargetColumns.MilestoneKind}\"", true);
        kind.ErrorTitle = "Loại";
        kind.ErrorMessage = $"Chỉ chọn \"{TargetColumns.NumericKind}\" hoặc \"{TargetColumns.MilestoneKind}\".";

        var direction = Column(TargetColumns.Direction).SetDataValidation();
        direction.List($"\"{TargetColumns.HigherIsBetter},{TargetColumns.LowerIsBetter}\"", true);
        direction.ErrorTitle = "Chiều đánh giá";
        direction.ErrorMessage = $"Chỉ chọn \"{TargetColumns.HigherIsBetter}\" hoặc \"{TargetColumns.LowerIsBetter}\".";

        var deadline = Column(TargetColumns.Deadline).SetDataValidation();
        deadline.Date.GreaterThan(new DateTime(2000, 1, 1));
        deadline.ErrorStyle = XLErrorStyle.Warning;
        deadline.ErrorTitle = "Thời hạn";
        deadline.ErrorMessage = "Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2025.";
    }

    private static void WriteHelp(IXLWorksheet help, IReadOnlyList<ContentAreaInfo> areas)
    {
        string[] notes =
        [
            $"Mỗi dòng của trang tính \"{TargetColumns.SheetName}\" là một mục tiêu, chỉ tiêu hoặc nhiệm vụ; giữ "
                + "nguyên dòng tiêu đề, không đổi tên trang tính.",
            $"Tối đa {TargetColumns.MaxRows} dòng; dòng để trống hoàn toàn được bỏ qua.",
            "Mỗi dòng được kiểm tra như khi nhập trên biểu mẫu của cổng thông tin. Sau khi tải tệp lên, cổng thông "
                + "tin hiển thị bản xem trước và báo lỗi theo từng ô (ví dụ \"Ô G5\"); chưa có gì được lưu cho đến khi "
                + "tệp hợp lệ và bạn bấm \"Xác nhận\".",
            "Các mục tiêu được nhập sẽ được thêm vào cuối mỗi nội dung thi đua của kế hoạch, theo thứ tự trong "
                + "tệp.",
        ];
        var (_, row) = ImportGuide.Write(
            help, "HƯỚNG DẪN NHẬP MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ TỪ EXCEL", notes, TargetColumns.All);
        row += 2;
        help.Cell(row, 1).SetValue("Các nội dung thi đua của phong trào:");
        help.Cell(row, 1).Style.Font.Bold = true;
        help.Range(row, 1, row, 3).Merge();
        foreach (var area in areas.OrderBy(a => a.Number))
        {
            row++;
            help.Cell(row, 1).SetValue(area.Number);
            help.Cell(row, 2).SetValue(area.ShortTitle);
            help.Range(row, 2, row, 3).Merge();
        }

        help.Column(1).Width = 6;
        help.Column(2).Width = 34;
        help.Column(3).Width = 90;
        help.Range(2, 1, row, 3).Style.Alignment.WrapText = true;
        help.Range(2, 1, row, 3).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }
}
