using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests.Documents;

/// <summary>The NĐ 30 header, place and signature lines a unit prints (issue 18).</summary>
public sealed class UnitIssuerTests
{
    [Theory]
    [InlineData("UBND phường Tam Thanh", UnitKind.Ward, null, "ỦY BAN NHÂN DÂN\nPHƯỜNG TAM THANH", "Tam Thanh")]
    [InlineData("UBND xã Thất Khê", UnitKind.Commune, null, "ỦY BAN NHÂN DÂN\nXÃ THẤT KHÊ", "Thất Khê")]
    [InlineData("Sở Y tế", UnitKind.ProvincialAgency, "UBND TỈNH LẠNG SƠN", "SỞ Y TẾ", "Lạng Sơn")]
    [InlineData("Hội Nông dân tỉnh", UnitKind.MassOrganisation, null, "HỘI NÔNG DÂN TỈNH", "Lạng Sơn")]
    public void A_unit_issues_under_its_parent_from_its_own_place(
        string name, UnitKind kind, string? parent, string body, string place)
    {
        Assert.Equal((parent, body), UnitIssuer.IssuingBodyFor(name, kind));
        Assert.Equal(place, UnitIssuer.PlaceFor(name, kind));
    }

    [Theory]
    [InlineData(null, "Giám đốc Sở Y tế", null, "Giám đốc")]
    [InlineData(null, "Phó Giám đốc Sở Y tế", "KT. GIÁM ĐỐC", "Phó Giám đốc")]
    [InlineData(null, "Quyền Giám đốc", null, "Q. Giám đốc")]
    [InlineData("ỦY BAN NHÂN DÂN", "Chủ tịch UBND phường", "TM. ỦY BAN NHÂN DÂN", "Chủ tịch")]
    [InlineData("ỦY BAN NHÂN DÂN", "Phó Chủ tịch UBND xã", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "Phó Chủ tịch")]
    [InlineData("ỦY BAN NHÂN DÂN", null, "TM. ỦY BAN NHÂN DÂN", "Chủ tịch")]
    [InlineData(null, "Chánh Văn phòng", null, "Chánh Văn phòng")]
    public void The_signer_line_names_the_title_alone_with_its_TM_KT_or_Q_form(
        string? collective, string? title, string? authority, string expectedTitle)
    {
        Assert.Equal((authority, expectedTitle), SignerLine.For(collective, title, "Chủ tịch"));
    }

    [Fact]
    public void Nơi_nhận_lines_end_with_a_semicolon_and_the_last_with_a_full_stop()
    {
        var header = new OfficialHeader
        {
            IssuingBody = "SỞ Y TẾ", TypeCode = "KH", DocumentType = "Kế hoạch", Subject = "Triển khai",
            SignerTitle = "Giám đốc",
            Recipients = ["Sở Nội vụ", "Lãnh đạo đơn vị;", "Lưu: VT"],
        };

        Assert.Equal(["Sở Nội vụ;", "Lãnh đạo đơn vị;", "Lưu: VT."], header.RecipientLines());
    }
}
