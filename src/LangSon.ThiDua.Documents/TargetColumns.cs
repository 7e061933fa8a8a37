using LangSon.ThiDua.Documents.Import;

namespace LangSon.ThiDua.Documents;

/// <summary>The columns of the import template, in order (A…J).</summary>
public static class TargetColumns
{
    public const string SheetName = "Mục tiêu";
    public const string ListSheetName = "Danh mục";
    public const string HelpSheetName = "Hướng dẫn";
    public const int HeaderRow = 1;
    public const int MaxRows = 500;

    public const string NumericKind = "Chỉ tiêu định lượng";
    public const string MilestoneKind = "Nhiệm vụ";
    public const string HigherIsBetter = "Càng cao càng tốt";
    public const string LowerIsBetter = "Càng thấp càng tốt";

    public static readonly ImportColumn Area = new(1, "Nội dung thi đua", 34,
        "Bắt buộc. Chọn trong danh sách (ví dụ \"1. …\") hoặc gõ số thứ tự của nội dung thi đua (danh sách ở cuối "
        + "trang này).");

    public static readonly ImportColumn Title = new(2, "Tên mục tiêu, chỉ tiêu, nhiệm vụ", 60,
        "Bắt buộc, tối đa 500 ký tự.");

    public static readonly ImportColumn Kind = new(3, "Loại", 22,
        $"Bắt buộc. \"{NumericKind}\" (có số liệu đo được) hoặc \"{MilestoneKind}\" (hoàn thành / chưa hoàn thành).");

    public static readonly ImportColumn UnitOfMeasure = new(4, "Đơn vị tính", 14,
        "Bắt buộc với chỉ tiêu định lượng (ví dụ %, tỷ đồng, hồ sơ, km), tối đa 50 ký tự. Bỏ trống với nhiệm vụ.");

    public static readonly ImportColumn Direction = new(5, "Chiều đánh giá", 22,
        $"Với chỉ tiêu định lượng: \"{HigherIsBetter}\" (mặc định nếu bỏ trống) hoặc \"{LowerIsBetter}\" (ví dụ tỷ "
        + "lệ hồ sơ trễ hạn).");

    public static readonly ImportColumn Baseline = new(6, "Giá trị ban đầu", 16,
        "Không bắt buộc. Số liệu tại thời điểm bắt đầu; viết số theo kiểu Việt Nam, ví dụ 1.234,5.");

    public static readonly ImportColumn TargetValue = new(7, "Giá trị mục tiêu", 16,
        "Bắt buộc với chỉ tiêu định lượng. Viết số theo kiểu Việt Nam, ví dụ 1.234,5 (dấu chấm ngăn cách hàng "
        + "nghìn, dấu phẩy thập phân). "
        + $"Với \"{HigherIsBetter}\" không được thấp hơn giá trị ban đầu; với \"{LowerIsBetter}\" không được cao hơn.");

    public static readonly ImportColumn ResponsibleName = new(8, "Người chịu trách nhiệm", 26,
        "Bắt buộc, họ và tên, tối đa 200 ký tự.");

    public static readonly ImportColumn ResponsiblePosition = new(9, "Chức vụ", 24,
        "Không bắt buộc, tối đa 200 ký tự.");

    public static readonly ImportColumn Deadline = new(10, "Thời hạn", 14,
        "Bắt buộc. Ngày theo dạng ngày/tháng/năm (dd/MM/yyyy), trong thời gian của phong trào.");

    public static readonly IReadOnlyList<ImportColumn> All =
        [
            Area, Title, Kind, UnitOfMeasure, Direction, Baseline, TargetValue, ResponsibleName, ResponsiblePosition,
            Deadline,
        ];

    /// <summary>The sheet as the import reader sees it.</summary>
    internal static readonly ImportSheetLayout Layout =
        new(SheetName, HeaderRow, All.Select(c => c.Name).ToList(), MaxRows, "mục tiêu");
}
