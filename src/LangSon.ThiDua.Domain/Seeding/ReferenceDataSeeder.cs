using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Domain.Seeding;

/// <summary>
/// Seeds the plan's campaign, the award forms, Lạng Sơn's units and their khối/cụm. Idempotent:
/// it adds what is missing by its natural key and never overwrites what Admin has edited.
/// <paramref name="newCampaignShiftDays"/> moves the dates of the campaign when it is created (the demo calendar moves
/// them to the day the demo is started); 0, the default, keeps the plan's real dates.
/// </summary>
public sealed class ReferenceDataSeeder(AppDbContext db, int newCampaignShiftDays = 0)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await SeedCampaignAsync(cancellationToken);
        await SeedAwardFormsAsync(cancellationToken);
        await SeedCertificateBlanksAsync(cancellationToken);
        await SeedUnitsAsync(cancellationToken);
    }

    private async Task SeedCampaignAsync(CancellationToken ct)
    {
        var campaign = await db.Campaigns.Include(c => c.ContentAreas).SingleOrDefaultAsync(c => c.Code == CampaignSeed.Code, ct);
        if (campaign is null)
        {
            campaign = new Campaign
            {
                Code = CampaignSeed.Code,
                Title = CampaignSeed.Title,
                LegalBasis = CampaignSeed.LegalBasis,
                StartDate = CampaignSeed.StartDate.AddDays(newCampaignShiftDays),
                PlanDeadline = CampaignSeed.PlanDeadline.AddDays(newCampaignShiftDays),
                NominationDeadline = CampaignSeed.NominationDeadline.AddDays(newCampaignShiftDays),
            };
            campaign.Activate();
            db.Campaigns.Add(campaign);
        }

        foreach (var (number, shortTitle, fullText, indicators) in CampaignSeed.ContentAreas)
        {
            if (campaign.ContentAreas.All(a => a.Number != number))
            {
                campaign.ContentAreas.Add(new ContentArea { Number = number, ShortTitle = shortTitle, FullText = fullText, SuggestedIndicators = indicators });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedAwardFormsAsync(CancellationToken ct)
    {
        var existing = await db.AwardForms.ToDictionaryAsync(f => f.Code, ct);
        foreach (var form in AwardFormSeed.Create().Where(f => !existing.ContainsKey(f.Code)))
        {
            // A rule naming a form that is already stored points at the stored one, never at a second copy.
            foreach (var rule in form.EligibilityRules)
            {
                if (rule.RequiredAwardForm is { } required && existing.TryGetValue(required.Code, out var stored))
                {
                    rule.RequiredAwardForm = stored;
                }
            }

            db.AwardForms.Add(form);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The default blanks of the forms that have none (CertificateBlankSeed); an edited blank stays.</summary>
    private async Task SeedCertificateBlanksAsync(CancellationToken ct)
    {
        var withBlank = await db.CertificateBlanks.Select(b => b.AwardFormId).ToListAsync(ct);
        var forms = await db.AwardForms.Where(f => !withBlank.Contains(f.Id)).ToListAsync(ct);
        foreach (var form in forms)
        {
            if (CertificateBlankSeed.ByFormCode.TryGetValue(form.Code, out var blank))
            {
                db.CertificateBlanks.Add(blank(form.Id));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedUnitsAsync(CancellationToken ct)
    {
        var rows = UnitSeed.Agencies().Concat(UnitSeed.Communes()).ToList();
        var groups = await db.EmulationGroups.ToDictionaryAsync(g => g.Name, ct);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, ct);
        var newGroups = new List<EmulationGroup>();

        foreach (var row in rows)
        {
            if (!groups.TryGetValue(row.GroupName, out var group))
            {
                group = new EmulationGroup
                {
                    Name = row.GroupName,
                    Kind = row.Kind is UnitKind.Commune or UnitKind.Ward ? EmulationGroupKind.Territory : EmulationGroupKind.Sector,
                };
                groups.Add(row.GroupName, group);
                newGroups.Add(group);
                db.EmulationGroups.Add(group);
            }

            if (!units.ContainsKey(row.Code))
            {
                var unit = new Unit
                {
                    Code = row.Code,
                    Name = row.Name,
                    Kind = row.Kind,
                    FormerDistrict = row.FormerDistrict,
                    FormedFrom = row.FormedFrom,
                    Note = row.Note,
                    EmulationGroup = group,
                };
                units.Add(row.Code, unit);
                db.Units.Add(unit);
            }
        }

        await db.SaveChangesAsync(ct);

        // A new group is led by its first unit in the seed order (usually the former district seat); Admin may change it.
        foreach (var group in newGroups)
        {
            group.LeadUnit = units[rows.First(r => r.GroupName == group.Name).Code];
        }

        await db.SaveChangesAsync(ct);
    }
}
