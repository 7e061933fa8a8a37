using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.UnitTests;

/// <summary>AwardRecord: a line of the sổ khen thưởng, from a decided nomination or imported from past years.</summary>
public sealed class AwardRecordTests
{
    private static readonly AwardRecordDecision Decision = new(" 1234/QĐ-UBND ", new(2024, 12, 20), " Chủ tịch UBND tỉnh ");

    private readonly AwardForm bangKhen = AwardFormSeed.Create().Single(f => f.Code == AwardFormSeed.BangKhenTinh);

    [Fact]
    public void An_imported_person_keeps_birth_gender_and_position_and_a_folded_name_for_search()
    {
        var record = AwardRecord.Imported(
            NomineeKind.Individual, "  Đinh Thị  Lan ", " Sở Y tế ", 7, bangKhen, Decision,
            new DateOnly(1980, 3, 4), Gender.Female, " Trưởng phòng ");

        Assert.Equal(("Đinh Thị  Lan", "dinh thi lan", "Sở Y tế", 7), (record.RecipientName, record.RecipientSearchName, record.UnitName, record.UnitId));
        Assert.Equal((new DateOnly(1980, 3, 4), Gender.Female, "Trưởng phòng"), (record.DateOfBirth, record.Gender, record.Position));
        Assert.Equal(("1234/QĐ-UBND", new DateOnly(2024, 12, 20), "Chủ tịch UBND tỉnh"), (record.DecisionNumber, record.DecisionDate, record.Issuer));
        Assert.Equal((bangKhen.Name, false), (record.AwardFormName, record.IsRevoked));
    }

    [Fact]
    public void A_collective_has_no_date_of_birth()
    {
        var refused = Assert.Throws<DomainException>(() => AwardRecord.Imported(
            NomineeKind.Collective, "Phòng Nghiệp vụ Y", "Sở Y tế", 7, bangKhen, Decision, new DateOnly(1980, 3, 4)));

        Assert.Equal("Tập thể không có ngày sinh, giới tính.", refused.Message);
    }

    [Theory]
    [InlineData(" ", "Sở Y tế", "1/QĐ", "Cần ghi tên người hoặc tập thể được khen thưởng.")]
    [InlineData("Nguyễn Văn A", "", "1/QĐ", "Cần ghi đơn vị.")]
    [InlineData("Nguyễn Văn A", "Sở Y tế", " ", "Cần ghi số quyết định.")]
    public void A_record_needs_a_name_a_unit_and_a_decision_number(string name, string unit, string number, string message)
    {
        var refused = Assert.Throws<DomainException>(() => AwardRecord.Imported(
            NomineeKind.Individual, name, unit, null, bangKhen, Decision with { Number = number }));

        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void A_revoked_award_stays_in_the_register_with_its_date_and_reason()
    {
        var record = AwardRecord.Imported(NomineeKind.Individual, "Nguyễn Văn A", "Sở Y tế", 7, bangKhen, Decision);

        record.Revoke(new DateOnly(2025, 6, 1), " Khai man thành tích ");

        Assert.Equal((true, new DateOnly(2025, 6, 1), "Khai man thành tích"), (record.IsRevoked, record.RevokedOn, record.RevocationReason));
        Assert.Equal("Khen thưởng này đã bị thu hồi.", Assert.Throws<DomainException>(() => record.Revoke(new DateOnly(2025, 7, 1), "Lần hai")).Message);
    }

    [Fact]
    public void An_award_cannot_be_revoked_before_its_decision_or_without_a_reason()
    {
        var record = AwardRecord.Imported(NomineeKind.Individual, "Nguyễn Văn A", "Sở Y tế", 7, bangKhen, Decision);

        Assert.Equal("Ngày thu hồi không được trước ngày quyết định khen thưởng.", Assert.Throws<DomainException>(() => record.Revoke(new DateOnly(2024, 12, 19), "Lý do")).Message);
        Assert.Equal("Cần ghi lý do thu hồi.", Assert.Throws<DomainException>(() => record.Revoke(new DateOnly(2025, 1, 1), " ")).Message);
        Assert.False(record.IsRevoked);
    }

    [Fact]
    public void A_nomination_enters_the_register_only_once_decided()
    {
        var nomination = Nomination.Draft(1, 7, bangKhen, NomineeKind.Individual, "Chu Văn An", "Thành tích.", TaskRating.Excellent,
            new Actor("canbo", "Cán bộ"), new DateTime(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc));

        var refused = Assert.Throws<DomainException>(() => AwardRecord.FromNomination(nomination, bangKhen, "Sở Y tế", Decision, "Phong trào"));

        Assert.Equal("Hồ sơ \"Chu Văn An\" chưa có quyết định khen thưởng.", refused.Message);
    }
}
