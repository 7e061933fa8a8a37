using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace LangSon.ThiDua.UnitTests;

public sealed class UnitScopeHandlerTests
{
    private static async Task<bool> MayReachAsync(int targetUnitId, string role, int? ownUnitId)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "u"), new(ClaimTypes.Role, role) };
        if (ownUnitId is { } id)
        {
            claims.Add(new Claim(PortalClaimTypes.UnitId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var context = new AuthorizationHandlerContext([new UnitScopeRequirement()], new ClaimsPrincipal(new ClaimsIdentity(claims, "test")), targetUnitId);
        await new UnitScopeHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task A_unit_user_reaches_the_own_unit_only()
    {
        Assert.True(await MayReachAsync(7, Roles.UnitStaff, 7));
        Assert.False(await MayReachAsync(8, Roles.UnitStaff, 7));
        Assert.False(await MayReachAsync(8, Roles.UnitHead, 7));
    }

    [Fact]
    public async Task A_unit_user_without_a_unit_reaches_nothing()
    {
        Assert.False(await MayReachAsync(7, Roles.UnitHead, null));
    }

    [Theory]
    [InlineData(Roles.NoiVu)]
    [InlineData(Roles.Admin)]
    public async Task Province_staff_reach_every_unit(string role)
    {
        Assert.True(await MayReachAsync(42, role, null));
    }
}
