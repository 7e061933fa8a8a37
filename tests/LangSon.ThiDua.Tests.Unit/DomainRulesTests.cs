using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests;

public sealed class DomainRulesTests
{
    private static Campaign NewCampaign() => new() { Code = "X", Title = "Phong trào", LegalBasis = "Căn cứ" };

    [Fact]
    public void A_campaign_goes_from_draft_to_active_to_closed_to_summarized()
    {
        var campaign = NewCampaign();
        campaign.Activate();
        campaign.Close();
        campaign.Summarize();

        Assert.Equal(CampaignStatus.Summarized, campaign.Status);
    }

    [Fact]
    public void A_draft_campaign_cannot_be_closed_and_says_why_in_Vietnamese()
    {
        var campaign = NewCampaign();

        var refused = Assert.Throws<DomainException>(campaign.Close);
        Assert.Equal("Không thể chuyển phong trào sang trạng thái \"Đã kết thúc\" khi đang ở trạng thái \"Dự thảo\".", refused.Message);
        Assert.Equal(CampaignStatus.Draft, campaign.Status);
    }

    [Fact]
    public void A_unit_is_deactivated_once_and_keeps_its_folded_search_name()
    {
        var unit = new Unit { Code = "05986", Name = "UBND phường Tam Thanh" };
        unit.Deactivate();

        Assert.False(unit.IsActive);
        Assert.Throws<DomainException>(unit.Deactivate);
        Assert.Equal("ubnd phuong tam thanh", unit.SearchName);
        unit.Reactivate();
        Assert.True(unit.IsActive);
    }

    [Fact]
    public void Renaming_a_unit_refreshes_its_search_name()
    {
        var unit = new Unit { Code = "SYT", Name = "Sở Y tế" };
        unit.Name = "Sở Y tế Lạng Sơn";

        Assert.Equal("so y te lang son", unit.SearchName);
    }

    [Fact]
    public void A_disabled_user_is_locked_out_until_enabled()
    {
        var user = new AppUser { FullName = "Nguyễn Văn A", UserName = "a" };
        user.Disable();

        Assert.False(user.IsActive);
        Assert.Equal(DateTimeOffset.MaxValue, user.LockoutEnd);
        user.Enable();
        Assert.True(user.IsActive);
        Assert.Null(user.LockoutEnd);
    }
}
