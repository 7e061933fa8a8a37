using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationPacts;

/// <summary>
/// The one way the khối/cụm pages reach a pact: load it (tracked, with its text, signatories, criteria table and score
/// sheets), then 404 when it does not exist, 403 when the user may not read or edit its group
/// (Policies.EmulationGroupRead, Edit).
/// </summary>
public sealed class PactAccess(AppDbContext db, IAuthorizationService authorization)
{
    public async Task<(EmulationPact? Pact, IActionResult? Refusal)> PactAsync(
        ControllerBase controller, int pactId, string policy, CancellationToken ct)
    {
        var pact = await db.EmulationPacts.WithScoring()
            .Include(p => p.Commitments)
            .Include(p => p.Sections).ThenInclude(s => s.Criteria).ThenInclude(c => c.ContentArea)
            .SingleOrDefaultAsync(p => p.Id == pactId, ct);
        if (pact is null)
        {
            return (null, controller.NotFound());
        }

        var resource = await ResourceAsync(pact.EmulationGroupId, pact, ct);
        return await controller.MayAsync(authorization, resource, policy)
            ? (pact, null)
            : (null, controller.Forbid());
    }

    /// <summary>Whether the user may act on the group's year by the policy (no pact: the group's lead).</summary>
    public async Task<bool> MayAsync(
        ControllerBase controller, int groupId, EmulationPact? pact, string policy, CancellationToken ct) =>
        await controller.MayAsync(authorization, await ResourceAsync(groupId, pact, ct), policy);

    /// <summary>The year's lead unit and the members: the group's units and the pact's signatories.</summary>
    public async Task<EmulationGroupResource> ResourceAsync(int groupId, EmulationPact? pact, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.EmulationGroupId == groupId)
            .Select(u => u.Id).ToListAsync(ct);
        var lead = pact?.LeadUnitId ?? await db.EmulationGroups.AsNoTracking().Where(g => g.Id == groupId)
            .Select(g => g.LeadUnitId).SingleOrDefaultAsync(ct);
        var signatories = pact?.Signatories.Select(s => s.UnitId) ?? [];
        return new EmulationGroupResource(lead, units.Concat(signatories).ToHashSet());
    }
}
