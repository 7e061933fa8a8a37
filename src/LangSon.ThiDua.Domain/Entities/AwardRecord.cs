using System.ComponentModel.DataAnnotations;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

public enum Gender
{
    [Display(Name = "Nam")]
    Male = 1,

    [Display(Name = "Nữ")]
    Female = 2,
}

/// <summary>The decision an award record cites: number, date, who issued it.</summary>
public sealed record AwardRecordDecision(string Number, DateOnly Date, string Issuer);

/// <summary>
/// A line of the sổ khen thưởng: one award a collective (unit or sub-unit) or a person received, with the decision
/// that granted it. Entered when a decision is recorded in the portal, or imported from past years. A record is never
/// deleted; Law 06/2022 allows an award to be revoked, which the record keeps with its reason.
/// </summary>
public sealed class AwardRecord
{
    /// <summary>The longest achievement line a certificate prints.</summary>
    public const int AchievementMaxLength = 300;

    public int Id { get; set; }

    public NomineeKind RecipientKind { get; private set; }

    public string RecipientName { get; private set; } = "";

    /// <summary>Folded name (lower case, no diacritics, đ → d) for search and identity matching.</summary>
    public string RecipientSearchName { get; private set; } = "";

    public DateOnly? DateOfBirth { get; private set; }

    public Gender? Gender { get; private set; }

    public string? Position { get; private set; }

    /// <summary>The unit the record belongs to (a unit sees its own records); null for other agencies.</summary>
    public int? UnitId { get; private set; }

    /// <summary>The unit's or workplace's name as written on the decision.</summary>
    public string UnitName { get; private set; } = "";

    public int? AwardFormId { get; private set; }

    public string AwardFormName { get; private set; } = "";

    public string DecisionNumber { get; private set; } = "";

    public DateOnly DecisionDate { get; private set; }

    public string Issuer { get; private set; } = "";

    public string? CampaignName { get; private set; }

    /// <summary>
    /// The line's own achievement text, printed on the certificate ("Đã có thành tích xuất sắc trong …"): the
    /// decision's wording when the line enters from a decision, a cell of the import, or Sở Nội vụ's correction.
    /// Null: the certificate prints <see cref="DerivedAchievement"/>.
    /// </summary>
    public string? Achievement { get; private set; }

    /// <summary>The nomination this award answers, when it was decided in the portal.</summary>
    public int? NominationId { get; private set; }

    public bool IsRevoked => RevokedOn is not null;

    public DateOnly? RevokedOn { get; private set; }

    public string? RevocationReason { get; private set; }

    /// <summary>
    /// The certificate's public verification code (<see cref="VerificationCodes"/>), unique; given when the
    /// line is created, and to the lines older than certificates by the migration that added it.
    /// </summary>
    public string VerificationCode { get; private set; } = "";

    /// <summary>
    /// The award a nomination received once its decision is recorded: the province's or the Prime Minister's
    /// (Decided), or the unit's own Giấy khen, decided when its batch is submitted (UnitDecided).
    /// </summary>
    public static AwardRecord FromNomination(
        Nomination nomination, AwardForm form, string unitName, AwardRecordDecision decision, string? campaignName)
    {
        if (!nomination.Status.IsAwarded())
        {
            throw new DomainException($"Hồ sơ \"{nomination.NomineeName}\" chưa có quyết định khen thưởng.");
        }

        var record = New(nomination.NomineeKind, nomination.NomineeName, unitName, form, decision);
        record.Position = Clean(nomination.NomineePosition);
        record.UnitId = nomination.UnitId;
        record.CampaignName = Clean(campaignName);
        record.NominationId = nomination.Id;
        var wording = DerivedAchievement(record.CampaignName, decision.Date);
        record.Achievement = wording.Length <= AchievementMaxLength ? wording : null;
        return record;
    }

    /// <summary>A past award copied from the paper register or another system.</summary>
    public static AwardRecord Imported(
        NomineeKind kind, string name, string unitName, int? unitId, AwardForm form, AwardRecordDecision decision,
        DateOnly? dateOfBirth = null, Gender? gender = null, string? position = null, string? campaignName = null,
        string? achievement = null)
    {
        if (kind == NomineeKind.Collective && (dateOfBirth is not null || gender is not null))
        {
            throw new DomainException("Tập thể không có ngày sinh, giới tính.");
        }

        var record = New(kind, name, unitName, form, decision);
        record.UnitId = unitId;
        record.DateOfBirth = dateOfBirth;
        record.Gender = gender;
        record.Position = Clean(position);
        record.CampaignName = Clean(campaignName);
        record.ChangeAchievement(achievement);
        return record;
    }

    /// <summary>
    /// The achievement line when the line has none of its own: "Đã có thành tích xuất sắc trong" the campaign, as the
    /// decision words it, or the year's work when no campaign is named (an imported award).
    /// </summary>
    public static string DerivedAchievement(string? campaignName, DateOnly decisionDate) =>
        string.IsNullOrWhiteSpace(campaignName)
            ? $"Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm {decisionDate.Year}"
            : "Đã có thành tích xuất sắc trong " + Vietnamese.LowerFirst(campaignName.Trim()).TrimEnd('.');

    /// <summary>Why the achievement text cannot be changed to <paramref name="text"/>, or null.</summary>
    public string? AchievementRefusal(string? text) =>
        IsRevoked ? "Khen thưởng đã bị thu hồi: không sửa nội dung in trên bằng khen, giấy khen."
        : text?.Trim().Length > AchievementMaxLength
            ? $"Dòng thành tích tối đa {AchievementMaxLength} ký tự."
            : null;

    /// <summary>Sets (or, blank, clears) the line's own achievement text; refused as AchievementRefusal says.</summary>
    public void ChangeAchievement(string? text)
    {
        if (AchievementRefusal(text) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        Achievement = Clean(text);
    }

    /// <summary>
    /// What makes two lines the same award (the import skips a line already in the register): kind, folded name, date
    /// of birth, form, decision number (folded) and date.
    /// </summary>
    public static string DuplicateKey(
        NomineeKind kind, string name, DateOnly? dateOfBirth, int? formId, string decisionNumber, DateOnly decided) =>
        string.Join('|', (int)kind, TextFolding.Fold(name), dateOfBirth?.DayNumber, formId,
            TextFolding.Fold(decisionNumber), decided.DayNumber);

    public string DuplicateKey() =>
        DuplicateKey(RecipientKind, RecipientName, DateOfBirth, AwardFormId, DecisionNumber, DecisionDate);

    /// <summary>Thu hồi: the award stays in the register, shown as revoked from that date.</summary>
    public void Revoke(DateOnly on, string reason)
    {
        if (IsRevoked)
        {
            throw new DomainException("Khen thưởng này đã bị thu hồi.");
        }

        if (on < DecisionDate)
        {
            throw new DomainException("Ngày thu hồi không được trước ngày quyết định khen thưởng.");
        }

        RevocationReason = Clean(reason) ?? throw new DomainException("Cần ghi lý do thu hồi.");
        RevokedOn = on;
    }

    private static AwardRecord New(
        NomineeKind kind, string name, string unitName, AwardForm form, AwardRecordDecision decision)
    {
        var cleanName = Clean(name) ?? throw new DomainException("Cần ghi tên người hoặc tập thể được khen thưởng.");
        return new AwardRecord
        {
            RecipientKind = kind,
            RecipientName = cleanName,
            RecipientSearchName = TextFolding.Fold(cleanName),
            UnitName = Clean(unitName) ?? throw new DomainException("Cần ghi đơn vị."),
            AwardFormId = form.Id,
            AwardFormName = form.Name,
            DecisionNumber = Clean(decision.Number) ?? throw new DomainException("Cần ghi số quyết định."),
            DecisionDate = decision.Date,
            Issuer = Clean(decision.Issuer) ?? throw new DomainException("Cần ghi cấp quyết định."),
            VerificationCode = VerificationCodes.New(),
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
