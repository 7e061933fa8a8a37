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

    /// <summary>Resource policy: the user may act on the given unit's data (own unit, or province staff).</summary>
    public const string UnitScope = nameof(UnitScope);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(ProvinceWideRead, p => p.RequireRole(Roles.Admin, Roles.NoiVu, Roles.CouncilMember, Roles.Observer));
        options.AddPolicy(UnitScope, p => p.AddRequirements(new UnitScopeRequirement()));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}

public sealed class UnitScopeRequirement : IAuthorizationRequirement;

/// <summary>
/// Resource handler for <see cref="Policies.UnitScope"/>, given a unit id: Sở Nội vụ and Admin reach
/// every unit; unit users reach only their own.
/// </summary>
internal sealed class UnitScopeHandler : AuthorizationHandler<UnitScopeRequirement, int>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, UnitScopeRequirement requirement, int unitId)
    {
        var user = context.User;
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.NoiVu) || user.UnitId() == unitId)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
