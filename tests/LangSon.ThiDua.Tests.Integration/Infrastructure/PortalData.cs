using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Infrastructure;

/// <summary>Ids of seeded rows, looked up by what a test knows them by (a unit's code, a user's name).</summary>
public static class PortalData
{
    public static Task<int> UnitIdAsync(this PortalFactory factory, string code) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static Task<string> UserIdAsync(this PortalFactory factory, string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
}
