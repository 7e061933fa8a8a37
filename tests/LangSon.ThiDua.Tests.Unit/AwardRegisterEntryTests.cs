using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.UnitTests;

/// <summary>AwardRegisterEntry: what a decision recorded in the portal adds to the register.</summary>
public sealed class AwardRegisterEntryTests
{
    private static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    private static readonly DateTime Now = new(2025, 12, 20, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Day = new(2025, 12, 20);

    [Fact]
    public void A_units_Giay_khen_enters_with_the_batchs_number_and_date_and_the_unit_head_as_issuer()
    {
        var giayKhen = NominationTests.Draft(AwardFormSeed.GiayKhen, TaskRating.Excellent);
        giayKhen.Id = 5;
        giayKhen.UnitId = 11;
        NominationTests.AttachAll(giayKhen);
        var bangKhen = NominationTests.Draft(AwardFormSeed.BangKhenTinh, TaskRating.Excellent);
        bangKhen.Id = 6;
        bangKhen.UnitId = 11;
        NominationTests.AttachAll(bangKhen);
        var batch = NominationBatch.Submit(NominationBatchTests.ActiveCampaign(null), 11, "45/TTr-SYT", Day,
            [giayKhen, bangKhen], null, Head, Now, Day);

        var record = Assert.Single(AwardRegisterEntry.ForBatch(batch, "Sở Y tế", "Phong trào"));

        Assert.Equal((5, "45/TTr-SYT", Day, "Thủ trưởng Sở Y tế", "Sở Y tế"),
            (record.NominationId, record.DecisionNumber, record.DecisionDate, record.Issuer, record.UnitName));
    }
}
