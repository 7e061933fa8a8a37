using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.DataGen;

/// <summary>
/// A kind of target a unit sets under a content area: title, unit of measure (null = milestone), direction and the
/// ranges its baseline and goal are drawn from.
/// </summary>
internal sealed record TargetTemplate(
    int Area,
    string Title,
    string? UnitOfMeasure,
    MeasureDirection Direction,
    decimal BaselineMin,
    decimal BaselineMax,
    decimal GoalMin,
    decimal GoalMax,
    int Decimals)
{
    public bool IsMilestone => UnitOfMeasure is null;
}

/// <summary>Realistic targets per content area: the areas' suggested indicators plus phrases from unit plans.</summary>
internal static class TargetCatalog
{
    private const MeasureDirection Up = MeasureDirection.HigherIsBetter;
    private const MeasureDirection Down = MeasureDirection.LowerIsBetter;

    private static readonly TargetTemplate[] Phrases =
    [
        new(1, "Thu ngân sách nhà nước trên địa bàn so với dự toán được giao", "%", Up, 85, 100, 110, 125, 1),
        new(1, "Tỷ lệ giải ngân vốn đầu tư công được giao", "%", Up, 20, 45, 95, 100, 1),
        new(1, "Tiến độ giải phóng mặt bằng các dự án trọng điểm trên địa bàn", "%", Up, 30, 70, 100, 100, 1),
        new(1, "Diện tích đất hoàn thành đo đạc, cập nhật cơ sở dữ liệu đất đai", "ha", Up, 0, 200, 800, 2_500, 0),
        new(1, "Thu tiền sử dụng đất, tiền thuê đất", "tỷ đồng", Up, 5, 40, 60, 180, 1),
        new(1, "Số doanh nghiệp, hợp tác xã thành lập mới", "doanh nghiệp", Up, 0, 10, 15, 60, 0),
        new(1, "Số hồ sơ đất đai còn tồn đọng chưa giải quyết", "hồ sơ", Down, 40, 300, 0, 20, 0),
        new(1, "Hoàn thành làm sạch, đồng bộ dữ liệu đất đai theo tiêu chí \"đúng - đủ - sạch - sống\"", null, Up, 0, 0, 0, 0, 0),
        new(2, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", Up, 88, 94, 95, 99, 1),
        new(2, "Tỷ lệ hộ nghèo", "%", Down, 6, 18, 2, 5, 2),
        new(2, "Tỷ lệ học sinh tốt nghiệp trung học phổ thông", "%", Up, 94, 97, 98, 99.5m, 1),
        new(2, "Số trường học đạt chuẩn quốc gia", "trường", Up, 2, 20, 22, 35, 0),
        new(2, "Tỷ lệ người dân hài lòng với dịch vụ khám, chữa bệnh", "%", Up, 80, 88, 90, 95, 1),
        new(2, "Số nhà đại đoàn kết, nhà tình nghĩa xây mới và sửa chữa", "nhà", Up, 0, 5, 10, 60, 0),
        new(2, "Tổ chức thăm hỏi, tặng quà người có công, hộ nghèo dịp Tết Bính Ngọ 2026", null, Up, 0, 0, 0, 0, 0),
        new(2, "Tổ chức các hoạt động văn hóa, thể thao mừng Đảng, mừng Xuân Bính Ngọ 2026", null, Up, 0, 0, 0, 0, 0),
        new(3, "Số buổi tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "buổi", Up, 0, 5, 10, 40, 0),
        new(3, "Số kiến nghị của cử tri còn tồn đọng", "kiến nghị", Down, 5, 40, 0, 3, 0),
        new(3, "Tỷ lệ đơn thư khiếu nại, tố cáo được giải quyết đúng hạn", "%", Up, 75, 92, 98, 100, 1),
        new(3, "Hoàn thành công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp", null, Up, 0, 0, 0, 0, 0),
        new(3, "Niêm yết danh sách cử tri đúng thời hạn luật định", null, Up, 0, 0, 0, 0, 0),
        new(4, "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", "%", Up, 30, 60, 80, 95, 1),
        new(4, "Tỷ lệ hồ sơ thanh toán trực tuyến phí, lệ phí", "%", Up, 20, 50, 60, 85, 1),
        new(4, "Tỷ lệ người dân hài lòng với việc giải quyết thủ tục hành chính", "%", Up, 85, 95, 96, 99, 1),
        new(4, "Tỷ lệ văn bản điện tử có ký số trao đổi giữa các cơ quan", "%", Up, 85, 95, 98, 100, 1),
        new(4, "Số hồ sơ giải quyết quá hạn", "hồ sơ", Down, 5, 60, 0, 2, 0),
        new(4, "Đưa vào vận hành bộ phận một cửa điện tử kết nối Cổng dịch vụ công quốc gia", null, Up, 0, 0, 0, 0, 0),
        new(5, "Số lượt tiếp công dân định kỳ của người đứng đầu", "lượt", Up, 2, 12, 24, 48, 0),
        new(5, "Số vụ phạm pháp hình sự trên địa bàn", "vụ", Down, 10, 60, 2, 8, 0),
        new(5, "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%", Up, 75, 88, 90, 95, 1),
        new(5, "Số đợt kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính", "đợt", Up, 0, 3, 4, 12, 0),
        new(5, "Bảo đảm an ninh, trật tự trong thời gian diễn ra Đại hội XIV của Đảng", null, Up, 0, 0, 0, 0, 0),
        new(5, "Hoàn thành diễn tập khu vực phòng thủ năm 2026", null, Up, 0, 0, 0, 0, 0),
    ];

    /// <summary>The templates of each area number: the area's suggested indicators first, then the phrases.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<TargetTemplate>> ByArea(IEnumerable<ContentArea> areas)
    {
        var result = new Dictionary<int, IReadOnlyList<TargetTemplate>>();
        foreach (var area in areas.OrderBy(a => a.Number))
        {
            var suggested = (area.SuggestedIndicators ?? string.Empty)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => FromIndicator(area.Number, line));
            result[area.Number] = [.. suggested, .. Phrases.Where(p => p.Area == area.Number)];
        }

        return result;
    }

    /// <summary>"Tỷ lệ hồ sơ nộp trực tuyến (%)" → a percentage; "… (hoàn thành)" → a milestone; "Số cuộc …" → a count.</summary>
    internal static TargetTemplate FromIndicator(int area, string line)
    {
        var title = line;
        foreach (var cut in new[] { ", mục tiêu", " (" })
        {
            var at = title.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
            {
                title = title[..at];
            }
        }

        title = title.Trim();
        if (line.Contains("(hoàn thành)", StringComparison.Ordinal))
        {
            return new TargetTemplate(area, title, null, Up, 0, 0, 0, 0, 0);
        }

        if (title.StartsWith("Số cuộc", StringComparison.Ordinal))
        {
            return new TargetTemplate(area, title, "cuộc", Up, 0, 3, 4, 12, 0);
        }

        if (title.Contains("GRDP", StringComparison.Ordinal))
        {
            return new TargetTemplate(area, title, "%", Up, 6, 7.5m, 8, 9, 1);
        }

        return new TargetTemplate(area, title, "%", Up, 20, 70, 90, 100, 1);
    }

    public static readonly string[] Narratives =
    [
        "Đã ban hành kế hoạch, phân công nhiệm vụ cụ thể cho từng bộ phận; kết quả thực hiện đạt {0} chặng đường đến chỉ tiêu.",
        "Tiếp tục triển khai đồng bộ các giải pháp; kết quả lũy kế đến nay đạt {0}.",
        "Đã tổ chức kiểm tra, đôn đốc các bộ phận; tiến độ đạt {0} so với mục tiêu đề ra.",
        "Kết quả thực hiện trong kỳ bám sát kế hoạch; lũy kế đạt {0}.",
        "Đã phối hợp với các cơ quan liên quan tháo gỡ vướng mắc; tiến độ đạt {0}.",
        "Thực hiện nghiêm chỉ đạo của UBND tỉnh; kết quả đạt {0} chặng đường.",
    ];

    public static readonly string[] MilestoneDoneNarratives =
    [
        "Đã hoàn thành nhiệm vụ theo kế hoạch; có văn bản báo cáo kèm theo.",
        "Nhiệm vụ đã hoàn thành đúng tiến độ, bảo đảm chất lượng.",
    ];

    public static readonly string[] MilestonePendingNarratives =
    [
        "Đang triển khai các bước chuẩn bị; dự kiến hoàn thành đúng hạn.",
        "Đã xây dựng dự thảo, đang lấy ý kiến các cơ quan liên quan.",
        "Đang tổ chức thực hiện; một số nội dung cần thêm thời gian hoàn thiện.",
    ];

    public static readonly string[] Difficulties =
    [
        "Nguồn vốn phân bổ chậm so với kế hoạch.",
        "Công tác giải phóng mặt bằng còn vướng mắc do người dân chưa đồng thuận về giá bồi thường.",
        "Hạ tầng công nghệ thông tin ở cơ sở còn hạn chế, đường truyền chập chờn.",
        "Biên chế thiếu, một cán bộ kiêm nhiệm nhiều việc sau khi sắp xếp bộ máy.",
        "Thời tiết mưa rét kéo dài ảnh hưởng đến tiến độ thi công.",
        "Một số thôn vùng cao đi lại khó khăn.",
    ];

    public static readonly string[] ReturnComments =
    [
        "Đề nghị bổ sung chỉ tiêu định lượng cho nội dung cải cách hành chính, chuyển đổi số.",
        "Đề nghị ghi rõ người chịu trách nhiệm và thời hạn hoàn thành của từng chỉ tiêu.",
        "Một số chỉ tiêu thấp hơn chỉ tiêu tỉnh giao; đề nghị rà soát, điều chỉnh cho phù hợp.",
        "Đề nghị bổ sung nội dung tuyên truyền Đại hội XIV của Đảng và công tác bầu cử.",
    ];

    public static readonly string[] AcceptComments =
    [
        "Kế hoạch đầy đủ, bám sát nội dung phong trào của tỉnh.",
        "Đồng ý; đề nghị đơn vị báo cáo tiến độ định kỳ hằng tháng.",
    ];
}
