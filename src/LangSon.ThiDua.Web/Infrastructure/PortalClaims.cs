using System.Security.Claims;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LangSon.ThiDua.Web.Infrastructure;

public static class PortalClaimTypes
{
    public const string UnitId = "thidua:unit";
    public const string FullName = "thidua:fullname";
}

/// <summary>
/// Puts the user's unit, full name and whether two-factor sign-in is on into the sign-in cookie. Identity rebuilds the
/// principal here at sign-in, after RefreshSignInAsync and at every security-stamp check, so the two-factor claim
/// follows a change within the stamp interval without a database read per request (TwoFactorRequirement).
/// </summary>
internal sealed class PortalClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaimTypes.FullName, user.FullName));
        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.UnitId, unitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorClaims.Enabled, "on"));
        }

        return identity;
    }
}

public static class ClaimsPrincipalExtensions
{
    public static int? UnitId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PortalClaimTypes.UnitId), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(PortalClaimTypes.FullName) ?? user.Identity?.Name ?? string.Empty;

    /// <summary>The signed-in user as recorded on a plan's history or a report.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(user.Identity?.Name ?? "?", user.DisplayName());
}
