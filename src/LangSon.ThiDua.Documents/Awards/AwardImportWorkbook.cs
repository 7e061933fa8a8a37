using ClosedXML.Excel;
using LangSon.ThiDua.Documents.Import;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents.Awards;

/// <summary>
/// The register's import template — "Sổ khen thưởng" with an example row and drop-downs, "Hướng dẫn" explaining each
/// column, "Danh mục" listing the portal's award forms and units — and reading an uploaded copy back through the
/// same streaming reader as the plan import.
/// </summary>
public static class AwardImportWorkbook
{
    public const string ContentType = AuditWorkbook.ContentType;

    public const string FileName = "mau-nhap-so-khen-thuong.xlsx";

    /// <summary>The example row of the template (row 2), which the user overwrites.</summary>
    public static readonly IReadOnlyList<string> Example =
    [
        AwardImportColumns.Individual, "Nguyễn Văn An", "02/05/1979", AwardImportColumns.Male, "Trưởng phòng",
        "", "", "1234/QĐ-UBND", "15/12/2023", "Chủ tịch UBND tỉnh Lạng Sơn", "Tổng kết năm 2023",
        "Đã có thành tích xuất sắc trong công tác năm 2023",
    ];

    /// <summary>Rows, per column, as typed; problems with the file as Vietnamese errors, never as exceptions.</summary>
    public static ImportResult Read(Stream content) => ImportSheetReader.Read(content, AwardImportColumns.Layout);

    public static byte[] Template(IReadOnlyList<string> units, IReadOnlyList<string> forms)
    {
        using var book = SheetStyle.NewWorkbook();
        var sheet = book.Worksheets.Add(AwardImportColumns.SheetName);
        var help = book.Worksheets.Add(AwardImportColumns.HelpSheetName);
        var lists = book.Worksheets.Add(AwardImportColumns.ListSheetName);
        WriteSheet(sheet, units.Count > 0 ? units[0] : "", forms.Count > 0 ? forms[0] : "");
        WriteLists(sheet, lists, units, forms);
        WriteHelp(help);
        sheet.SetTabActive();
        return SheetStyle.ToBytes(book);
    }

    private static void WriteSheet(IXLWorksheet sheet, string unit, string form)
    {
        foreach (var column in AwardImportColumns.All)
        {
            sheet.Cell(AwardImportColumns.HeaderRow, column.Number).SetValue(column.Name);
            sheet.Column(column.Number).Width = column.Width;
        }

        var count = AwardImportColumns.All.Count;
        SheetStyle.Header(sheet.Range(AwardImportColumns.HeaderRow, 1, AwardImportColumns.HeaderRow, count));
        sheet.Row(AwardImportColumns.HeaderRow).Height = 36;
        sheet.SheetView.FreezeRows(AwardImportColumns.HeaderRow);

        var first = AwardImportColumns.HeaderRow + 1;
        var last = AwardImportColumns.HeaderRow + AwardImportColumns.MaxRows;
        var body = sheet.Range(first, 1, last, count);
        body.Style.Alignment.WrapText = true;
        body.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        // Text cells: a decision number such as "01/QĐ" stays as typed.
        sheet.Range(first, 1, last, count).Style.NumberFormat.Format = "@";
        foreach (var date in new[] { AwardImportColumns.DateOfBirth, AwardImportColumns.DecisionDate })
        {
            sheet.Range(first, date.Number, last, date.Number).Style.NumberFormat.Format = SheetStyle.DateFormat;
        }

        for (var i = 0; i < Example.Count; i++)
        {
            var value = AwardImportColumns.All[i] == AwardImportColumns.Unit ? unit
                : AwardImportColumns.All[i] == AwardImportColumns.Form ? form : Example[i];
            SheetStyle.SetText(sheet.Cell(first, i + 1), value);
        }

        SheetStyle.SetDate(sheet.Cell(first, AwardImportColumns.DateOfBirth.Number), new DateOnly(1979, 5, 2));
        SheetStyle.SetDate(sheet.Cell(first, AwardImportColumns.DecisionDate.Number), new DateOnly(2023, 12, 15));
        sheet.Range(first, 1, first, count).Style.Font.Italic = true;
    }

    private static void WriteLists(
        IXLWorksheet sheet, IXLWorksheet lists, IReadOnlyList<string> units, IReadOnlyList<string> forms)
    {
        lists.Cell(1, 1).SetValue("Hình thức khen thưởng");
        lists.Cell(1, 2).SetValue("Đơn vị");
        SheetStyle.Header(lists.Range(1, 1, 1, 2));
        for (var i = 0; i < forms.Count; i++)
        {
            lists.Cell(i + 2, 1).SetValue(forms[i]);
        }

        for (var i = 0; i < units.Count; i++)
        {
            lists.Cell(i + 2, 2).SetValue(units[i]);
        }

        lists.Column(1).Width = 45;
        lists.Column(2).Width = 55;

        var first = AwardImportColumns.HeaderRow + 1;
        var last = AwardImportColumns.HeaderRow + AwardImportColumns.MaxRows;
        IXLDataValidation List(ImportColumn column, string title, string message)
        {
            var rule = sheet.Range(first, column.Number, last, column.Number).SetDataValidation();
            rule.ErrorStyle = XLErrorStyle.Warning;
            rule.ErrorTitle = title;
            rule.ErrorMessage = message;
            return rule;
        }

        List(AwardImportColumns.Kind, "Loại", $"Chỉ chọn \"{AwardImportColumns.Individual}\" hoặc "
            + $"\"{AwardImportColumns.Collective}\".")
            .List($"\"{AwardImportColumns.Individual},{AwardImportColumns.Collective}\"", true);
        List(AwardImportColumns.Gender, "Giới tính", $"Chỉ chọn \"{AwardImportColumns.Male}\" hoặc "
            + $"\"{AwardImportColumns.Female}\".")
            .List($"\"{AwardImportColumns.Male},{AwardImportColumns.Female}\"", true);
        List(AwardImportColumns.Form, "Hình thức khen thưởng", "Hãy chọn một hình thức trong danh sách.")
            .List(lists.Range(2, 1, Math.Max(2, forms.Count + 1), 1), true);
        List(AwardImportColumns.Unit, "Đơn vị", "Hãy chọn một đơn vị trong danh sách.")
            .List(lists.Range(2, 2, Math.Max(2, units.Count + 1), 2), true);
    }

    private static void WriteHelp(IXLWorksheet help)
    {
        string[] notes =
        [
            $"Mỗi dòng của trang tính \"{AwardImportColumns.SheetName}\" là một khen thưởng đã có quyết định; giữ "
                + "nguyên dòng tiêu đề, không đổi tên trang tính. Dòng 2 là ví dụ: hãy ghi đè hoặc xóa đi.",
            $"Tối đa {AwardImportColumns.MaxRows.ToString("N0", Vietnamese.Culture)} dòng một tệp; dòng để trống "
                + "hoàn toàn được bỏ qua.",
            "Sau khi tải tệp lên, Cổng hiển thị bản xem trước và báo lỗi theo từng ô (ví dụ \"Dòng 7, cột Ngày sinh: "
                + "…\"); chưa có gì được lưu cho đến khi tệp hết lỗi và bạn bấm \"Xác nhận\".",
            "Khen thưởng đã có trong sổ (cùng loại, họ tên, ngày sinh, hình thức, số và ngày quyết định) được báo "
                + "\"đã có trong sổ\" và bỏ qua: nhập lại cùng một tệp không tạo dòng trùng.",
        ];
        var (tableStart, row) = ImportGuide.Write(
            help, "HƯỚNG DẪN NHẬP SỔ KHEN THƯỞNG TỪ EXCEL", notes, AwardImportColumns.All);
        help.Column(1).Width = 6;
        help.Column(2).Width = 26;
        help.Column(3).Width = 90;
        help.Range(2, 1, row, 3).Style.Alignment.WrapText = true;
        help.Range(2, 1, row, 3).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        SheetStyle.FitRows(help, tableStart + 1, row, 3);
    }
}
