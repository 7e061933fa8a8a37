using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// The one way an action reaches a unit's data: load the entity, then 404 when it does not exist, 403 when the user may
/// not act on it by the policy (Policies.UnitRead, UnitWrite, DossierRead…), else the entity. Every refusal is audited
/// by the portal's 403 handling, whichever action refused.
/// </summary>
public static class UnitAccess
{
    /// <param name="resource">What the policy judges: the entity's unit id, or a resource such as DossierResource.</param>
    public static async Task<(T? Entity, IActionResult? Refusal)> UnitEntityAsync<T>(
        this ControllerBase controller, IAuthorizationService authorization, T? entity, Func<T, object> resource,
        string policy)
        where T : class
    {
        if (entity is null)
        {
            return (null, controller.NotFound());
        }

        return await controller.MayAsync(authorization, resource(entity), policy)
            ? (entity, null)
            : (null, controller.Forbid());
    }

    /// <summary>
    /// Whether the user may act on <paramref name="resource"/> (a unit id, a dossier…; none for a policy on roles)
    /// by the policy.
    /// </summary>
    public static async Task<bool> MayAsync(
        this ControllerBase controller, IAuthorizationService authorization, object? resource, string policy) =>
        (await authorization.AuthorizeAsync(controller.User, resource, policy)).Succeeded;
}
