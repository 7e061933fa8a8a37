using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.DataGen;

/// <summary>Texts of nomination dossiers as units write them, and of Sở Nội vụ's review.</summary>
internal static class NominationCatalog
{
    /// <summary>Collectives inside a provincial agency.</summary>
    public static readonly string[] AgencyCollectives =
    [
        "Văn phòng", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính", "Thanh tra", "Phòng Nghiệp vụ",
        "Phòng Quản lý chuyên ngành", "Phòng Pháp chế", "Chi cục trực thuộc", "Phòng Hành chính - Tổng hợp",
    ];

    /// <summary>Collectives of a xã or phường.</summary>
    public static readonly string[] CommuneCollectives =
    [
        "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Công an", "Ban Chỉ huy Quân sự",
        "Trung tâm Phục vụ hành chính công", "Trạm Y tế", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên",
    ];

    /// <summary>Collectives of a school or a centre.</summary>
    public static readonly string[] OtherCollectives =
    [
        "Tổ Toán - Tin", "Tổ Ngữ văn", "Tổ Khoa học tự nhiên", "Tổ chuyên môn khối 1", "Tổ Văn phòng",
        "Khoa Khám bệnh", "Khoa Kiểm soát bệnh tật", "Phòng Hành chính - Tổng hợp", "Tổ Dịch vụ",
    ];

    /// <summary>The exemplary deed of the year, completing "Hoàn thành xuất sắc nhiệm vụ năm 2025; …".</summary>
    public static readonly string[] Achievements =
    [
        "tham mưu hoàn thành vượt 25% dự toán thu ngân sách nhà nước được giao",
        "đẩy nhanh giải phóng mặt bằng dự án cao tốc Hữu Nghị - Chi Lăng, bàn giao mặt bằng đúng tiến độ",
        "giải ngân 100% vốn đầu tư công được giao trước ngày 31/12/2025",
        "100% hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn, 92% hồ sơ nộp trực tuyến",
        "hoàn thành làm sạch cơ sở dữ liệu đất đai \"đúng - đủ - sạch - sống\" trên địa bàn",
        "tổ chức tốt công tác tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        "liên thông dữ liệu khám, chữa bệnh trên VNeID tại 100% cơ sở trực thuộc",
        "giảm 3,2% tỷ lệ hộ nghèo, hoàn thành xóa nhà tạm, nhà dột nát trước thời hạn",
        "giữ vững an ninh, trật tự địa bàn biên giới, không để xảy ra điểm nóng",
        "có sáng kiến số hóa hồ sơ lưu trữ được áp dụng rộng rãi trong toàn ngành",
        "đạt giải Nhất Hội thi cải cách hành chính cấp tỉnh năm 2025",
        "vận động Nhân dân hiến trên 12.000 m² đất làm đường giao thông nông thôn",
    ];

    public static readonly string[] ReturnComments =
    [
        "Báo cáo thành tích chưa có xác nhận của cấp trình khen; đề nghị bổ sung.",
        "Biên bản họp xét của đơn vị chưa thể hiện tỷ lệ phiếu đồng ý; đề nghị hoàn thiện.",
        "Đề nghị bổ sung số liệu minh chứng cho thành tích nêu trong báo cáo.",
        "Thông tin chức vụ, nơi công tác của cá nhân chưa thống nhất giữa tờ trình và báo cáo thành tích.",
    ];

    public static readonly string[] IneligibleReasons =
    [
        "Cá nhân đã được tặng Bằng khen của Chủ tịch UBND tỉnh trong năm 2025 cho cùng thành tích.",
        "Thành tích chưa tiêu biểu, xuất sắc so với tiêu chuẩn của hình thức đề nghị.",
        "Tập thể có cá nhân bị xử lý kỷ luật trong năm 2025.",
    ];

    public const string ReopeningReason = "Bổ sung, hoàn thiện hồ sơ theo yêu cầu của Sở Nội vụ sau khi thẩm định.";

    public static string Collective(Random random, Unit unit)
    {
        if (random.Next(4) == 0)
        {
            return unit.Name;
        }

        var parts = unit.Kind switch
        {
            UnitKind.Commune or UnitKind.Ward => CommuneCollectives,
            UnitKind.Other => OtherCollectives,
            _ => AgencyCollectives,
        };
        return $"{VietnameseNames.Pick(random, parts)}, {unit.Name}";
    }

    public static string Summary(Random random, NomineeKind kind, TaskRating rating)
    {
        var who = kind == NomineeKind.Collective ? "Tập thể" : "Cá nhân";
        var result = rating.DisplayName();
        return $"{who} {char.ToLowerInvariant(result[0])}{result[1..]} năm 2025; {VietnameseNames.Pick(random, Achievements)}.";
    }
}
