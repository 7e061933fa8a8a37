namespace LangSon.ThiDua.Domain.Seeding;

/// <summary>
/// The provincial plan (Kế hoạch của UBND tỉnh Lạng Sơn) as seed data. The five content areas are
/// the plan's section II word for word, including its wording "vũng mạnh" in II.5.
/// </summary>
public static class CampaignSeed
{
    public const string Code = "DHXIV-2025";

    public const string Title =
        "Phong trào thi đua lập thành tích chào mừng Đại hội lần thứ XIV của Đảng; tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ Nghị quyết Đại hội lần thứ XIII của Đảng";

    public const string LegalBasis =
        "Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ về việc ban hành Kế hoạch phát động phong trào thi đua lập thành tích chào mừng Đại hội lần thứ XIV của Đảng; tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ Nghị quyết Đại hội lần thứ XIII của Đảng; Kế hoạch của UBND tỉnh Lạng Sơn triển khai phong trào thi đua.";

    public static readonly DateOnly StartDate = new(2025, 10, 1);

    /// <summary>Unit plans are due one month after the launch; the plan leaves this to the province.</summary>
    public static readonly DateOnly PlanDeadline = new(2025, 11, 30);

    /// <summary>Nominations go with the year-end 2025 review (plan IV.3).</summary>
    public static readonly DateOnly NominationDeadline = new(2025, 12, 31);

    public static IReadOnlyList<(int Number, string ShortTitle, string FullText, string Indicators)> ContentAreas { get; } =
    [
        (1, "Phát triển kinh tế, đầu tư công, thu ngân sách và dữ liệu đất đai",
            "Triển khai đồng bộ các giải pháp phát triển kinh tế, phấn đấu mục tiêu tăng tổng sản phẩm trên địa bàn (GRDP) đạt từ 8 - 9% năm 2025. Trọng tâm là: tập trung nguồn lực đẩy nhanh giải phóng mặt bằng, giải ngân vốn đầu tư công các dự án trọng điểm: cao tốc Hữu Nghị - Chi Lăng, cao tốc Đồng Đăng - Trà Lĩnh, Quốc lộ 4B, Khu Liên hợp thể thao, các dự án thuộc Đề án cửa khẩu thông minh; thực hiện quyết liệt các giải pháp thu ngân sách nhà nước; đẩy nhanh tiến độ thu tiền sử dụng đất, tiền thuê đất theo đúng quy định, phấn đấu thu ngân sách nhà nước năm 2025 tăng ít nhất 20% so với dự toán. Hoàn thành việc làm giàu, làm sạch, đồng bộ, kết nối, chia sẻ cơ sở dữ liệu đất đai đảm bảo “đúng - đủ - sạch - sống”.",
            "Tốc độ tăng GRDP năm 2025 (%), mục tiêu 8 - 9%\nTỷ lệ giải ngân vốn đầu tư công các dự án trọng điểm (%)\nTiến độ giải phóng mặt bằng cao tốc Hữu Nghị - Chi Lăng, Đồng Đăng - Trà Lĩnh, Quốc lộ 4B\nThu ngân sách nhà nước so với dự toán (%), mục tiêu tăng ít nhất 20%\nCơ sở dữ liệu đất đai “đúng - đủ - sạch - sống” (hoàn thành)"),
        (2, "Giáo dục, y tế, văn hóa và an sinh xã hội",
            "Tập trung thực hiện nhiệm vụ năm học 2025 - 2026, triển khai Dự án đầu tư xây dựng các trường phổ thông nội trú liên cấp tại các xã biên giới. Chuẩn bị các điều kiện tổ chức Lễ hội hoa Đào và các hoạt động mừng Đảng, mừng Xuân Bính Ngọ 2026. Nâng cao chất lượng dịch vụ khám, chữa bệnh, chỉ đạo tích hợp, liên thông các dữ liệu khám chữa bệnh của người dân trên nền tảng ứng dụng VNeID. Tổ chức thực hiện đầy đủ các chính sách an sinh xã hội, tổ chức thăm hỏi, tặng quà, chúc tết người có công, người nghèo, đối tượng bảo trợ xã hội, người cao tuổi.",
            "Tiến độ dự án trường phổ thông nội trú liên cấp tại các xã biên giới (%)\nTỷ lệ cơ sở khám, chữa bệnh liên thông dữ liệu trên VNeID (%)\nTỷ lệ đối tượng chính sách được thăm hỏi, tặng quà dịp Tết (%)"),
        (3, "Tuyên truyền Đại hội XIV, bầu cử và kỷ cương hành chính",
            "Tổ chức tốt công tác tuyên truyền, cổ vũ cho Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Chuẩn bị tốt các nội dung phục vụ công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Giải quyết kịp thời kiến nghị cử tri, kết luận thanh tra - kiểm toán; không để tồn đọng kéo dài; tăng cường kiểm tra kỷ luật, kỷ cương hành chính.",
            "Tỷ lệ kiến nghị cử tri được giải quyết đúng hạn (%)\nTỷ lệ kết luận thanh tra, kiểm toán được thực hiện (%)\nSố cuộc kiểm tra kỷ luật, kỷ cương hành chính"),
        (4, "Cải cách hành chính và chuyển đổi số",
            "Nâng cao hiệu quả cải cách hành chính, chuyển đổi số; nâng cao chất lượng giải quyết hồ sơ, phấn đấu 100% hồ sơ giải quyết đúng hạn và trước hạn; Tăng tỷ lệ hồ sơ trực tuyến, số hóa hồ sơ, liên thông dữ liệu; đẩy mạnh ứng dụng công nghệ số trong quản lý, chỉ đạo, điều hành.",
            "Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn (%), mục tiêu 100%\nTỷ lệ hồ sơ nộp trực tuyến (%)\nTỷ lệ hồ sơ được số hóa (%)"),
        (5, "Quốc phòng - an ninh, đối ngoại, xây dựng Đảng và hệ thống chính trị",
            "Giữ vững quốc phòng - an ninh, tăng cường đối ngoại và quản lý biên giới, bảo đảm an ninh, trật tự an toàn xã hội trong thời gian diễn ra Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Xây dựng Đảng, chính quyền và hệ thống chính trị trong sạch, vũng mạnh, tăng cường kỷ luật, kỷ cương, đề cao trách nhiệm người đứng đầu trong điều hành, tổ chức thực hiện, làm tốt công tác dân vận, đối thoại với Nhân dân.",
            "Không để xảy ra điểm nóng về an ninh, trật tự (hoàn thành)\nSố cuộc đối thoại của người đứng đầu với Nhân dân"),
    ];
}
