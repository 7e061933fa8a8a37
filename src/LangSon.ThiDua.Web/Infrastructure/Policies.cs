using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Authorization;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>Every authorization rule of the portal, declared in one place.</summary>
public static class Policies
{
    /// <summary>Users, units, khối/cụm, campaigns, award forms, audit log.</summary>
    public const string Administer = nameof(Administer);

    /// <summary>Province-wide read access: Sở Nội vụ, council members, observers, Admin.</summary>
    public const string ProvinceWideRead = nameof(ProvinceWideRead);

    /// <summary>Resource policy, given a unit id: read the unit's plan, targets, reports and files.</summary>
    public const string UnitRead = nameof(UnitRead);

    /// <summary>Resource policy, given a unit id: change the unit's plan, targets and reports (its own users only).</summary>
    public const string UnitWrite = nameof(UnitWrite);

    /// <summary>Submit the unit's plan and nominations: the head of the unit.</summary>
    public const string SubmitForUnit = nameof(SubmitForUnit);

    /// <summary>Accept or return unit plans: Sở Nội vụ.</summary>
    public const string ReviewPlans = nameof(ReviewPlans);

    /// <summary>Check nomination dossiers, prepare and run council sessions, record award decisions: Sở Nội vụ.</summary>
    public const string ManageAwards = nameof(ManageAwards);

    /// <summary>Cast a ballot in a council session: council members.</summary>
    public const string Vote = nameof(Vote);

    /// <summary>
    /// Resource policy, given a <see cref="DossierResource"/>: read a nomination dossier (personal data of the nominee).
    /// The unit's own users; Sở Nội vụ and Admin; council members once the dossier has reached the council (eligible or
    /// later); not observers, who see issued decisions only. The one rule for every way to read a nominee: the dossier
    /// page and files, its documents, and the unit's Tờ trình naming it (a document naming several: each of them).
    /// </summary>
    public const string DossierRead = nameof(DossierRead);

    /// <summary>
    /// Council results per nomination (names of nominees who failed too): the province's reviewers only. Observers see
    /// the decisions once issued.
    /// </summary>
    public const string ReadAwardResults = nameof(ReadAwardResults);

    /// <summary>
    /// Sổ khen thưởng (names, dates of birth, positions): Sở Nội vụ and Admin read every record, a unit's own users
    /// read their unit's records only (in the actions, by UnitRead). Council members and observers have no part in
    /// it (DESIGN §1: they vote on dossiers and read published results), so they are refused.
    /// </summary>
    public const string ReadAwardRegister = nameof(ReadAwardRegister);

    /// <summary>Import past awards into the sổ khen thưởng from Excel: Sở Nội vụ and Admin.</summary>
    public const string ImportAwardRegister = nameof(ImportAwardRegister);

    /// <summary>Correct what a register line's certificate prints (its achievement line): Sở Nội vụ and Admin.</summary>
    public const string EditAwardRegister = nameof(EditAwardRegister);

    /// <summary>
    /// The door of the khối/cụm pages (pact, criteria table): Admin, Sở Nội vụ and unit users; inside the action
    /// <see cref="EmulationGroupRead"/> and <see cref="EmulationGroupEdit"/> decide on the group.
    /// </summary>
    public const string EmulationGroups = nameof(EmulationGroups);

    /// <summary>
    /// Resource policy, given an <see cref="EmulationGroupResource"/>: read a khối/cụm's pact and criteria table —
    /// Admin and Sở Nội vụ every group, a unit's users their own group's (a member or the year's lead unit).
    /// </summary>
    public const string EmulationGroupRead = nameof(EmulationGroupRead);

    /// <summary>
    /// Resource policy, given an <see cref="EmulationGroupResource"/>: draft the pact and edit its criteria table —
    /// Admin, and the users of the year's lead unit (khối/cụm trưởng).
    /// </summary>
    public const string EmulationGroupEdit = nameof(EmulationGroupEdit);

    /// <summary>Every khối/cụm's year at a glance (pact, signatures, scoring, ranking): Sở Nội vụ and Admin.</summary>
    public const string EmulationOverview = nameof(EmulationOverview);

    /// <summary>Roles that read every unit's nomination dossiers.</summary>
    public static readonly IReadOnlyList<string> DossierReaderRoles = [Roles.Admin, Roles.NoiVu, Roles.CouncilMember];

    /// <summary>Roles that read every unit's data.</summary>
    public static readonly IReadOnlyList<string> ProvinceWideRoles = [Roles.Admin, Roles.NoiVu, Roles.CouncilMember, Roles.Observer];

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(ProvinceWideRead, p => p.RequireRole(ProvinceWideRoles));
        options.AddPolicy(UnitRead, p => p.AddRequirements(new UnitAccessRequirement(Write: false)));
        options.AddPolicy(UnitWrite, p => p.AddRequirements(new UnitAccessRequirement(Write: true)));
        options.AddPolicy(SubmitForUnit, p => p.RequireRole(Roles.UnitHead));
        options.AddPolicy(ReviewPlans, p => p.RequireRole(Roles.NoiVu));
        options.AddPolicy(ManageAwards, p => p.RequireRole(Roles.NoiVu));
        options.AddPolicy(Vote, p => p.RequireRole(Roles.CouncilMember));
        options.AddPolicy(DossierRead, p => p.AddRequirements(new DossierReadRequirement()));
        options.AddPolicy(ReadAwardResults, p => p.RequireRole(DossierReaderRoles));
        options.AddPolicy(ReadAwardRegister,
            p => p.RequireRole(Roles.Admin, Roles.NoiVu, Roles.UnitHead, Roles.UnitStaff));
        options.AddPolicy(EmulationGroups, p => p.RequireRole(Roles.Admin, Roles.NoiVu, Roles.UnitHead, Roles.UnitStaff));
        options.AddPolicy(EmulationGroupRead, p => p.AddRequirements(new EmulationGroupRequirement(Edit: false)));
        options.AddPolicy(EmulationGroupEdit, p => p.AddRequirements(new EmulationGroupRequirement(Edit: true)));
        options.AddPolicy(ImportAwardRegister, p => p.RequireRole(Roles.Admin, Roles.NoiVu));
        options.AddPolicy(EditAwardRegister, p => p.RequireRole(Roles.Admin, Roles.NoiVu));
        options.AddPolicy(EmulationOverview, p => p.RequireRole(Roles.Admin, Roles.NoiVu));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}

public sealed record UnitAccessRequirement(bool Write) : IAuthorizationRequirement;

public sealed record DossierReadRequirement : IAuthorizationRequirement;

public sealed record EmulationGroupRequirement(bool Edit) : IAuthorizationRequirement;

/// <summary>
/// What <see cref="Policies.EmulationGroupRead"/> and <see cref="Policies.EmulationGroupEdit"/> decide on: the year's
/// lead unit (the group's when no pact exists yet) and the member units (the group's units and the pact's signatories).
/// </summary>
public sealed record EmulationGroupResource(int? LeadUnitId, IReadOnlyCollection<int> MemberUnitIds);

/// <summary>What <see cref="Policies.DossierRead"/> decides on: the proposing unit and where the dossier stands.</summary>
public sealed record DossierResource(int UnitId, NominationStatus Status)
{
    /// <summary>What Policies.DossierRead judges of a nomination: its unit and how far it has gone.</summary>
    public static DossierResource Of(Nomination nomination) => new(nomination.UnitId, nomination.Status);
}

/// <summary>
/// Resource handler for <see cref="Policies.UnitRead"/> and <see cref="Policies.UnitWrite"/>, given a unit id:
/// a unit's own users (UnitHead, UnitStaff) read and change its data; province-wide roles read every unit;
/// nobody else reaches it.
/// </summary>
internal sealed class UnitAccessHandler : AuthorizationHandler<UnitAccessRequirement, int>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, UnitAccessRequirement requirement, int unitId)
    {
        var user = context.User;
        var ownUnit = user.UnitId() == unitId && Roles.UnitScoped.Any(user.IsInRole);
        var provinceWide = !requirement.Write && Policies.ProvinceWideRoles.Any(user.IsInRole);
        if (ownUnit || provinceWide)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Resource handler for <see cref="Policies.DossierRead"/>.</summary>
internal sealed class DossierReadHandler : AuthorizationHandler<DossierReadRequirement, DossierResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DossierReadRequirement requirement, DossierResource dossier)
    {
        var user = context.User;
        var ownUnit = user.UnitId() == dossier.UnitId && Roles.UnitScoped.Any(user.IsInRole);
        var reviewer = user.IsInRole(Roles.NoiVu) || user.IsInRole(Roles.Admin);
        var councilMember = user.IsInRole(Roles.CouncilMember) && dossier.Status.HasReachedCouncil();
        if (ownUnit || reviewer || councilMember)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Resource handler for <see cref="Policies.EmulationGroupRead"/> and <see cref="Policies.EmulationGroupEdit"/>.
/// </summary>
internal sealed class EmulationGroupHandler : AuthorizationHandler<EmulationGroupRequirement, EmulationGroupResource>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, EmulationGroupRequirement requirement, EmulationGroupResource group)
    {
        var user = context.User;
        var unitUser = Roles.UnitScoped.Any(user.IsInRole) && user.UnitId() is { } unitId ? unitId : (int?)null;
        var lead = unitUser is not null && unitUser == group.LeadUnitId;
        var member = unitUser is { } own && group.MemberUnitIds.Contains(own);
        var allowed = requirement.Edit
            ? user.IsInRole(Roles.Admin) || lead
            : user.IsInRole(Roles.Admin) || user.IsInRole(Roles.NoiVu) || lead || member;
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
