using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace LangSon.ThiDua.UnitTests;

public sealed class UnitAccessHandlerTests
{
    private static async Task<bool> MayAsync(bool write, int targetUnitId, string role, int? ownUnitId)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "u"), new(ClaimTypes.Role, role) };
        if (ownUnitId is { } id)
        {
            claims.Add(new Claim(PortalClaimTypes.UnitId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var requirement = new UnitAccessRequirement(write);
        var context = new AuthorizationHandlerContext([requirement], new ClaimsPrincipal(new ClaimsIdentity(claims, "test")), targetUnitId);
        await new UnitAccessHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Theory]
    [InlineData(Roles.UnitStaff)]
    [InlineData(Roles.UnitHead)]
    public async Task A_unit_user_reads_and_changes_the_own_unit_only(string role)
    {
        Assert.True(await MayAsync(write: true, 7, role, 7));
        Assert.True(await MayAsync(write: false, 7, role, 7));
        Assert.False(await MayAsync(write: true, 8, role, 7));
        Assert.False(await MayAsync(write: false, 8, role, 7));
    }

    [Fact]
    public async Task A_unit_user_without_a_unit_reaches_nothing()
    {
        Assert.False(await MayAsync(write: false, 7, Roles.UnitHead, null));
    }

    [Theory]
    [InlineData(Roles.NoiVu)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.CouncilMember)]
    [InlineData(Roles.Observer)]
    public async Task Province_wide_roles_read_every_unit_but_change_none(string role)
    {
        Assert.True(await MayAsync(write: false, 42, role, null));
        Assert.False(await MayAsync(write: true, 42, role, null));
    }

    [Fact]
    public async Task An_observer_belonging_to_a_unit_does_not_write_for_it()
    {
        Assert.False(await MayAsync(write: true, 16, Roles.Observer, 16));
    }
}
