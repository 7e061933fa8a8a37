namespace LangSon.ThiDua.DataGen;

/// <summary>Vietnamese people and place names as they occur in Lạng Sơn (Kinh, Tày, Nùng, Dao families).</summary>
internal static class VietnameseNames
{
    /// <summary>Họ, the frequent ones of the province first and repeated so that they come up more often.</summary>
    public static readonly string[] FamilyNames =
    [
        "Nguyễn", "Nguyễn", "Nguyễn", "Hoàng", "Hoàng", "Hoàng", "Lương", "Lương", "Vi", "Vi", "Nông", "Nông",
        "Lăng", "Chu", "Chu", "Đinh", "Triệu", "Triệu", "Lộc", "Lộc", "Hà", "Hứa", "Mã", "Lý", "Lý", "Dương",
        "Đàm", "Bế", "Lê", "Lê", "Trần", "Trần", "Phạm", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Hồ", "Phan",
        "Tô", "La", "Mông", "Hà", "Ninh", "Chu", "Lành", "Hoàng", "Vy", "Linh", "Âu", "Đoàn", "Tạ", "Lưu",
    ];

    public static readonly string[] MaleMiddleNames = ["Văn", "Văn", "Văn", "Đức", "Công", "Quốc", "Minh", "Hữu", "Thanh", "Xuân", "Ngọc", "Trung", "Đình", "Quang"];

    public static readonly string[] FemaleMiddleNames = ["Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Minh", "Thúy", "Hồng", "Kim", "Phương", "Hải"];

    public static readonly string[] MaleGivenNames =
    [
        "An", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Giang", "Hải", "Hiếu", "Hùng", "Huy", "Khánh", "Kiên", "Lâm",
        "Long", "Lợi", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng",
        "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Bảo", "Chiến", "Hòa", "Khải",
    ];

    public static readonly string[] FemaleGivenNames =
    [
        "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hồng", "Huệ", "Hương", "Lan", "Liên", "Linh",
        "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Thu", "Thủy",
        "Trang", "Uyên", "Vân", "Yến", "Huyền", "Lệ", "Nhàn", "Tâm", "Thơm",
    ];

    /// <summary>Syllables of place names; two of them make a plausible xã name ("Tân Thành", "Hồng Phong").</summary>
    public static readonly string[] PlaceFirst =
    [
        "Tân", "Hồng", "Quang", "Bình", "Minh", "Vân", "Thạch", "Yên", "Hòa", "Thanh", "Khánh", "Đồng", "Xuân",
        "Phú", "Hưng", "Lộc", "Kim", "Hải", "Vĩnh", "Trấn", "Bắc", "Nam", "Hữu", "Chí", "Tri", "Quốc", "Gia",
        "Hùng", "Thiện", "Long", "Đại", "Cao", "Mai", "Tú", "Hoàng", "Bằng", "Na", "Khuất", "Tràng", "Hội",
    ];

    public static readonly string[] PlaceSecond =
    [
        "Thành", "Phong", "Sơn", "Lâm", "Hòa", "An", "Lợi", "Tiến", "Yên", "Đồng", "Long", "Minh", "Thịnh",
        "Quan", "Lạc", "Thủy", "Hội", "Mỹ", "Trung", "Việt", "Xá", "Khê", "Lũng", "Mộng", "Lăng", "Bình",
        "Hưng", "Phúc", "Hợp", "Kiên", "Tâm", "Đạo", "Vũ", "Châu", "Liên", "Mạc", "Nhạc", "Pha", "Thượng", "Hạ",
    ];

    public static readonly string[] StaffPositions =
    [
        "Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Văn thư", "Kế toán", "Phó Trưởng phòng", "Trưởng phòng",
        "Chánh Văn phòng", "Phó Chánh Văn phòng", "Công chức Văn phòng - Thống kê", "Công chức Tài chính - Kế toán",
        "Công chức Văn hóa - Xã hội", "Công chức Địa chính - Xây dựng", "Công chức Tư pháp - Hộ tịch",
        "Phụ trách công nghệ thông tin", "Cán bộ thi đua - khen thưởng",
    ];

    public static (string FullName, bool Female) Person(Random random)
    {
        var female = random.Next(2) == 0;
        var family = Pick(random, FamilyNames);
        var middle = Pick(random, female ? FemaleMiddleNames : MaleMiddleNames);
        var given = Pick(random, female ? FemaleGivenNames : MaleGivenNames);
        return ($"{family} {middle} {given}", female);
    }

    public static string Place(Random random)
    {
        var first = Pick(random, PlaceFirst);
        var second = Pick(random, PlaceSecond);
        while (second == first)
        {
            second = Pick(random, PlaceSecond);
        }

        return $"{first} {second}";
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
