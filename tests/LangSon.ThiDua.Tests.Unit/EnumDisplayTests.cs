using System.ComponentModel.DataAnnotations;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Tests.Unit;

public sealed class EnumDisplayTests
{
    private enum Sample
    {
        [Display(Name = "Đã trình")]
        Submitted = 1,

        Draft = 2,

        [Display(Name = "Trả lại")]
        Returned = 3,

        SentBack = Returned,
    }

    [Fact]
    public void A_member_shows_its_Vietnamese_name_or_else_its_own_name()
    {
        Assert.Equal("Đã trình", Sample.Submitted.DisplayName());
        Assert.Equal("Draft", Sample.Draft.DisplayName());
    }

    [Fact]
    public void Two_members_of_one_value_show_the_name_ToString_picks_and_a_value_without_a_member_its_number()
    {
        Assert.Equal(Sample.Returned.ToString() == "Returned" ? "Trả lại" : "SentBack", Sample.SentBack.DisplayName());
        Assert.Equal("7", ((Sample)7).DisplayName());
    }

    [Fact]
    public void Every_name_is_read_once_for_the_process()
    {
        Assert.Same(Sample.Submitted.DisplayName(), Sample.Submitted.DisplayName());
    }
}
