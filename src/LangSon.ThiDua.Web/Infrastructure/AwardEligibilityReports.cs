using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>A register line as the verdict shows it; <see cref="Hidden"/> when it is another unit's, for a unit user.</summary>
public sealed record EligibilityLine(
    int Id, string FormName, string DecisionNumber, DateOnly DecisionDate, string Issuer, string UnitName,
    DateOnly? DateOfBirth, bool Hidden);

public sealed record EligibilityCondition(bool Met, string Text, string? LegalBasis, IReadOnlyList<EligibilityLine> Lines);

/// <summary>Another unit's dossier of the same person in the same campaign.</summary>
public sealed record DuplicateNomination(int Id, string UnitName, string AwardFormName, NominationStatus Status);

/// <summary>The history verdict on one nomination, computed on every read from the register as it is now.</summary>
public sealed class EligibilityReport
{
    public int ReviewYear { get; init; }

    public NomineeKind Kind { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public bool HasRules => Conditions.Count > 0;

    public bool IsEligible { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<EligibilityCondition> Conditions { get; init; }

    /// <summary>Lines of the same name that may be the nominee's: not counted until Sở Nội vụ confirms them.</summary>
    public required IReadOnlyList<EligibilityLine> Unconfirmed { get; init; }

    public required IReadOnlyList<DuplicateNomination> OtherUnits { get; init; }

    /// <summary>An award of the same form received within the form's minimum interval.</summary>
    public bool TooSoon { get; init; }

    public required IReadOnlyDictionary<int, TaskRating> Ratings { get; init; }
}

/// <summary>
/// Reads what <see cref="AwardEligibility"/> needs for one nomination — its form's rules, the register lines of the
/// nominee's folded name, the campaign's review year — and the campaign's dossiers of the same person from other
/// units. Never cached: a register change shows at the next read.
/// </summary>
public static class AwardEligibilityReports
{
    /// <param name="revealOtherUnits">
    /// False for a unit's users: another unit's lines count but are not detailed, other units' dossiers not listed.
    /// </param>
    public static async Task<EligibilityReport?> EligibilityAsync(
        this AppDbContext db, int nominationId, bool revealOtherUnits, CancellationToken ct)
    {
        var nomination = await db.Nominations.AsNoTracking().Include(x => x.PriorRatings)
            .SingleOrDefaultAsync(x => x.Id == nominationId, ct);
        if (nomination is null)
        {
            return null;
        }

        var reviewYear = await db.Campaigns.AsNoTracking().Where(c => c.Id == nomination.CampaignId)
            .Select(c => c.StartDate.Year).SingleAsync(ct);
        var ratings = nomination.RatingsByYear(reviewYear);
        var rules = await db.AwardEligibilityRules.AsNoTracking().Where(r => r.AwardFormId == nomination.AwardFormId)
            .ToListAsync(ct);
        var formNames = await db.AwardForms.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        var register = await db.AwardRecords.AsNoTracking()
            .Where(r => r.RecipientSearchName == nomination.NomineeSearchName).ToListAsync(ct);
        var links = await db.AwardRecipientLinks.AsNoTracking().Among(register).ToListAsync(ct);
        var verdict = AwardEligibility.Evaluate(
            new EligibilityCandidate(nomination.Id, nomination.NomineeKind, nomination.NomineeName,
                nomination.NomineeDateOfBirth, nomination.UnitId, nomination.AwardFormId, reviewYear, ratings),
            rules, register, links, formNames);

        EligibilityLine Line(AwardRecord r) => new(r.Id, r.AwardFormName, r.DecisionNumber, r.DecisionDate, r.Issuer,
            r.UnitName, r.DateOfBirth, !revealOtherUnits && r.UnitId != nomination.UnitId);

        return new EligibilityReport
        {
            ReviewYear = reviewYear,
            Kind = nomination.NomineeKind,
            DateOfBirth = nomination.NomineeDateOfBirth,
            IsEligible = verdict.IsEligible,
            Summary = verdict.Summary,
            Conditions = verdict.Outcomes
                .Select(o => new EligibilityCondition(o.Met, o.Text, o.Rule.LegalBasis, o.Records.Select(Line).ToList()))
                .ToList(),
            Unconfirmed = verdict.Unconfirmed.Select(Line).ToList(),
            OtherUnits = revealOtherUnits ? await OtherUnitsAsync(db, nomination, ct) : [],
            TooSoon = verdict.Outcomes.Any(o => o.Rule.Kind == EligibilityRuleKind.MinimumInterval && !o.Met),
            Ratings = ratings,
        };
    }

    /// <summary>
    /// The same person proposed by another unit in the campaign: same folded name, dates of birth equal or one of them
    /// missing; drafts are the other unit's unfinished work and are left out.
    /// </summary>
    private static async Task<IReadOnlyList<DuplicateNomination>> OtherUnitsAsync(
        AppDbContext db, Nomination nomination, CancellationToken ct)
    {
        if (nomination.NomineeKind != NomineeKind.Individual)
        {
            return [];
        }

        var born = nomination.NomineeDateOfBirth;
        return await db.Nominations.AsNoTracking()
            .Where(o => o.CampaignId == nomination.CampaignId && o.Id != nomination.Id
                && o.UnitId != nomination.UnitId && o.NomineeKind == NomineeKind.Individual
                && o.NomineeSearchName == nomination.NomineeSearchName && o.Status != NominationStatus.Draft
                && (born == null || o.NomineeDateOfBirth == null || o.NomineeDateOfBirth == born))
            .OrderBy(o => o.Id)
            .Select(o => new DuplicateNomination(o.Id, o.Unit!.Name, o.AwardForm!.Name, o.Status))
            .ToListAsync(ct);
    }
}
