using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.AwardDecisions;
using LangSon.ThiDua.Tests.Integration.Council;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Nominations;
using LangSon.ThiDua.Tests.Integration.Plans;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.AwardRegister;

/// <summary>
/// Every award decided in the portal enters the sổ khen thưởng once, saved with its decision: the province's Quyết
/// định, the Prime Minister's decision recorded on the Tờ trình (its awardees only), a unit's own Giấy khen.
/// </summary>
public sealed class RegisterEntryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_province_decision_enters_each_awarded_nomination_in_the_register_exactly_once()
    {
        var ids = await factory.NominateAsync(DecisionScenario.SoYte, DecisionScenario.Province,
            new Nominee(NomineeKind.Individual, "Đặng Văn Sổ"), new Nominee(NomineeKind.Collective, "Khoa Dược"));
        using var noivu = await factory.SignInAsync("noivu");

        await noivu.RecordAsync(DecisionScenario.Province, "3001/QĐ-UBND", ids);
        using var again = await noivu.PostDecisionAsync(DecisionScenario.Province,
            (await noivu.DecisionFieldsAsync(DecisionScenario.Province, "3002/QĐ-UBND", "Hồ Tiến Thiệu"))
                .Concat(ids.Select(id => new KeyValuePair<string, string>("NominationIds", id.ToString()))));

        var records = await RecordsAsync(ids);
        Assert.Equal(2, records.Count);
        var person = records.Single(r => r.NominationId == ids[0]);
        Assert.Equal((NomineeKind.Individual, "Đặng Văn Sổ", "dang van so", "Sở Y tế", "Trưởng phòng"),
            (person.RecipientKind, person.RecipientName, person.RecipientSearchName, person.UnitName, person.Position));
        Assert.Equal(("3001/QĐ-UBND", "Chủ tịch UBND tỉnh Lạng Sơn", false),
            (person.DecisionNumber, person.Issuer, person.IsRevoked));
        Assert.False(string.IsNullOrEmpty(person.CampaignName));
        Assert.Equal("Đã có thành tích xuất sắc trong " + Vietnamese.LowerFirst(person.CampaignName!),
            person.Achievement);
        Assert.Equal(NomineeKind.Collective, records.Single(r => r.NominationId == ids[1]).RecipientKind);
        List<string?> keys = [.. records.Select(r => r.Id.ToString())];
        Assert.Equal(2, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.EntityType == nameof(AwardRecord) && a.Action == AuditActions.Insert && keys.Contains(a.EntityId))));
    }

    [Fact]
    public async Task The_Prime_Ministers_decision_enters_its_awardees_only_and_the_To_trinh_enters_nobody()
    {
        var ids = await factory.NominateAsync(DecisionScenario.SoYte, DecisionScenario.PrimeMinister,
            new Nominee(NomineeKind.Individual, "Lục Văn Được Khen"),
            new Nominee(NomineeKind.Individual, "Lục Thị Chưa"));
        using var noivu = await factory.SignInAsync("noivu");
        var forwardingId = await noivu.RecordAsync(DecisionScenario.PrimeMinister, "88/TTr-UBND", ids);
        Assert.Empty(await RecordsAsync(ids));

        var page = await noivu.GetPageAsync($"/AwardDecisions/PrimeMinister/{forwardingId}");
        await noivu.SubmitAsync(page, "#prime-minister-form", new Dictionary<string, string>
        {
            ["Number"] = "2001/QĐ-TTg", ["SignerName"] = "Phạm Minh Chính", ["AwardedIds"] = ids[0].ToString(),
        });

        var record = Assert.Single(await RecordsAsync(ids));
        Assert.Equal((ids[0], "2001/QĐ-TTg", "Thủ tướng Chính phủ"),
            (record.NominationId, record.DecisionNumber, record.Issuer));
    }

    [Fact]
    public async Task A_units_Giay_khen_enters_the_register_when_its_batch_is_submitted()
    {
        await factory.SetNominationDeadlineAsync(PlanBuilder.Today.AddDays(10));
        var id = await factory.DraftAsync(
            "Khoa Hồi sức chống độc", AwardFormSeed.GiayKhen, kind: NomineeKind.Collective);
        using var head = await factory.SignInAsync("truongdonvi.soyte");

        using var response = await head.PostPairsAsync("/Nominations/Submit",
            NominationPosts.Submission("48/TTr-SYT", PlanBuilder.Today, id));

        Assert.Equal("/Nominations/Batches", NominationPosts.Local(response));
        var record = Assert.Single(await RecordsAsync([id]));
        Assert.Equal(("48/TTr-SYT", PlanBuilder.Today, "Thủ trưởng Sở Y tế", "Sở Y tế"),
            (record.DecisionNumber, record.DecisionDate, record.Issuer, record.UnitName));
    }

    private Task<List<AwardRecord>> RecordsAsync(int[] nominationIds) =>
        factory.WithDbAsync(db => db.AwardRecords.AsNoTracking()
            .Where(r => r.NominationId != null && nominationIds.Contains(r.NominationId.Value)).ToListAsync());
}
