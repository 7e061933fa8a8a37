using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.UnitTests;

public sealed class UnitSeedTests
{
    [Fact]
    public void The_seed_has_61_communes_and_4_wards_with_unique_codes()
    {
        var communes = UnitSeed.Communes();

        Assert.Equal(61, communes.Count(c => c.Kind == UnitKind.Commune));
        Assert.Equal(4, communes.Count(c => c.Kind == UnitKind.Ward));
        Assert.Equal(communes.Count, communes.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void Communes_are_grouped_by_their_first_former_district()
    {
        var kyLua = UnitSeed.Communes().Single(c => c.Name == "UBND phường Kỳ Lừa");

        Assert.Equal("Thành phố Lạng Sơn + Huyện Cao Lộc", kyLua.FormerDistrict);
        Assert.Equal("Cụm thi đua khu vực thành phố Lạng Sơn (cũ)", kyLua.GroupName);
        Assert.Equal(11, UnitSeed.Communes().Select(c => c.GroupName).Distinct().Count());
    }

    [Fact]
    public void Agencies_keep_their_names_and_sectors_from_the_seed_file()
    {
        var agencies = UnitSeed.Agencies();

        Assert.Equal(23, agencies.Count);
        Assert.Contains(agencies, a => a.Code == "SNV" && a.Name == "Sở Nội vụ" && a.Kind == UnitKind.ProvincialAgency);
        Assert.Contains(agencies, a => a.Code == "MTTQ" && a.Kind == UnitKind.MassOrganisation);
        Assert.Contains(agencies, a => a.Name == "Báo và Phát thanh, Truyền hình Lạng Sơn" && a.Kind == UnitKind.Press);
        Assert.Equal(4, agencies.Select(a => a.GroupName).Distinct().Count());
    }
}
