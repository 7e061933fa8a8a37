using LangSon.ThiDua.Documents.Import;

namespace LangSon.ThiDua.Documents.Awards;

/// <summary>The columns of the register's import template, in order (A…K).</summary>
public static class AwardImportColumns
{
    public const string SheetName = "Sổ khen thưởng";
    public const string HelpSheetName = "Hướng dẫn";
    public const string ListSheetName = "Danh mục";
    public const int HeaderRow = 1;
    public const int MaxRows = 2_000;

    public const string Individual = "Cá nhân";
    public const string Collective = "Tập thể";
    public const string Male = "Nam";
    public const string Female = "Nữ";

    public static readonly ImportColumn Kind = new(1, "Loại", 12,
        $"Bắt buộc. \"{Individual}\" hoặc \"{Collective}\".");

    public static readonly ImportColumn Name = new(2, "Họ tên / Tên tập thể", 30,
        "Bắt buộc, tối đa 300 ký tự. Họ và tên người được khen thưởng, hoặc tên tập thể, viết có dấu đầy đủ.");

    public static readonly ImportColumn DateOfBirth = new(3, "Ngày sinh", 13,
        "Cá nhân: ngày/tháng/năm (dd/MM/yyyy), ví dụ 02/05/1979; không bắt buộc nhưng nên ghi để nhận ra cùng một "
        + "người qua các năm. Tập thể: để trống.");

    public static readonly ImportColumn Gender = new(4, "Giới tính", 10,
        $"Cá nhân: \"{Male}\" hoặc \"{Female}\" (không bắt buộc). Tập thể: để trống.");

    public static readonly ImportColumn Position = new(5, "Chức vụ", 24,
        "Không bắt buộc, tối đa 200 ký tự.");

    public static readonly ImportColumn Unit = new(6, "Đơn vị", 34,
        "Bắt buộc. Tên cơ quan, đơn vị đúng như trong danh sách đơn vị của Cổng (trang \"Danh mục\"); không phân "
        + "biệt chữ hoa, chữ thường, có dấu hay không dấu. Đơn vị không có trong danh sách được báo lỗi.");

    public static readonly ImportColumn Form = new(7, "Hình thức khen thưởng", 32,
        "Bắt buộc. Tên hình thức khen thưởng như trên Cổng (trang \"Danh mục\"), ví dụ "
        + "\"Bằng khen của Chủ tịch UBND tỉnh\".");

    public static readonly ImportColumn DecisionNumber = new(8, "Số quyết định", 18,
        "Bắt buộc, tối đa 50 ký tự, ví dụ 1234/QĐ-UBND.");

    public static readonly ImportColumn DecisionDate = new(9, "Ngày quyết định", 14,
        "Bắt buộc. Ngày/tháng/năm (dd/MM/yyyy), không sau ngày nhập.");

    public static readonly ImportColumn Issuer = new(10, "Cấp quyết định", 28,
        "Bắt buộc, tối đa 200 ký tự: người hoặc cơ quan ký quyết định, ví dụ \"Chủ tịch UBND tỉnh Lạng Sơn\".");

    public static readonly ImportColumn Campaign = new(11, "Phong trào / năm", 32,
        "Không bắt buộc, tối đa 500 ký tự: phong trào thi đua hoặc năm xét khen thưởng, ví dụ "
        + "\"Tổng kết năm 2023\".");

    public static readonly ImportColumn Achievement = new(12, "Thành tích in trên bằng", 40,
        "Không bắt buộc, tối đa 300 ký tự: dòng thành tích in trên bằng khen, giấy khen, ví dụ \"Đã có thành tích "
        + "xuất sắc trong công tác năm 2023\". Để trống: Cổng in theo phong trào / năm.");

    public static readonly IReadOnlyList<ImportColumn> All =
    [
        Kind, Name, DateOfBirth, Gender, Position, Unit, Form, DecisionNumber, DecisionDate, Issuer, Campaign,
        Achievement,
    ];

    /// <summary>The sheet as the import reader sees it.</summary>
    internal static readonly ImportSheetLayout Layout =
        new(SheetName, HeaderRow, All.Select(c => c.Name).ToList(), MaxRows, "khen thưởng");
}
