using System.Security.Claims;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Setting "Security:TwoFactorRequiredRoles": the roles whose users must sign in with an authenticator app. Default:
/// Admin, NoiVu and CouncilMember; none in demo mode (the demo accounts sign in with the password alone). Either an
/// array (Security:TwoFactorRequiredRoles:0 = Admin, …) or one comma-separated value; an empty value requires it of nobody.
/// </summary>
public sealed class TwoFactorOptions
{
    public const string RequiredRolesKey = "Security:TwoFactorRequiredRoles";

    public static readonly IReadOnlyList<string> DefaultRequiredRoles = [Roles.Admin, Roles.NoiVu, Roles.CouncilMember];

    public required IReadOnlySet<string> RequiredRoles { get; init; }

    public bool IsRequiredFor(ClaimsPrincipal user) => RequiredRoles.Any(user.IsInRole);

    public static TwoFactorOptions From(IConfiguration configuration, PortalOptions portal)
    {
        var section = configuration.GetSection(RequiredRolesKey);
        var items = section.GetChildren().ToList();
        IEnumerable<string> names = items.Count > 0
            ? items.Select(c => c.Value?.Trim() ?? string.Empty).Where(v => v.Length > 0)
            : section.Value is { } flat
                ? flat.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : portal.DemoMode ? [] : DefaultRequiredRoles;

        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            // A typo must not silently leave a role without two-factor sign-in: refuse to start.
            roles.Add(Roles.All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"{RequiredRolesKey}: unknown role \"{name}\" (known: {string.Join(", ", Roles.All)})."));
        }

        return new TwoFactorOptions { RequiredRoles = roles };
    }
}

public static class TwoFactorClaims
{
    /// <summary>Present (value "on") in the sign-in cookie of a user who has turned two-factor sign-in on.</summary>
    public const string Enabled = "thidua:2fa";

    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.HasClaim(Enabled, "on");
}

/// <summary>Lets a signed-in user without two-factor sign-in reach an action even when the role requires it.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;

/// <summary>
/// Sends a signed-in user whose role requires two-factor sign-in, and who has not turned it on, to the set-up page from
/// every page but the set-up page itself, sign-out and the error pages (static files and /health are not MVC actions and
/// pass). Runs after authorization and before the output cache, so a cached page is not served around it.
/// </summary>
internal sealed class TwoFactorRequirementMiddleware(RequestDelegate next, TwoFactorOptions options)
{
    public const string SetupPath = "/TwoFactor";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (options.RequiredRoles.Count == 0
            || user.Identity?.IsAuthenticated != true
            || user.HasTwoFactor()
            || !options.IsRequiredFor(user)
            || IsExempt(context.GetEndpoint()))
        {
            return next(context);
        }

        context.Response.Redirect(SetupPath);
        return Task.CompletedTask;
    }

    private static bool IsExempt(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action
        || endpoint.Metadata.GetMetadata<AllowWithoutTwoFactorAttribute>() is not null
        || action.ControllerName == "Error";
}

internal static class TwoFactorRequirement
{
    public static IServiceCollection AddTwoFactorRequirement(this IServiceCollection services, IConfiguration configuration, PortalOptions portal)
    {
        services.AddSingleton(TwoFactorOptions.From(configuration, portal));
        return services;
    }

    public static IApplicationBuilder UseTwoFactorRequirement(this IApplicationBuilder app) =>
        app.UseMiddleware<TwoFactorRequirementMiddleware>();
}

public static class TwoFactorAccounts
{
    /// <summary>
    /// Two-factor sign-in off, the authenticator key replaced (turning it on again needs a new key in the app, and the
    /// security stamp changes) and the recovery codes retired: the user's own "Tắt" and the administrator's reset.
    /// </summary>
    public static async Task TurnOffTwoFactorAsync(
        this Microsoft.AspNetCore.Identity.UserManager<AppUser> users, AppUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
    }
}
