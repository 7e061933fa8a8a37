using LangSon.ThiDua.Domain.Auditing;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LangSon.ThiDua.Migrations.SqlServer;

/// <summary>Used by `dotnet ef` only: builds the context for the SQL Server migrations.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlServer(
                "Server=(local);Database=LangSonThiDua;Trusted_Connection=True;TrustServerCertificate=True",
                o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options;
        return new AppDbContext(options).AuditAs(new SystemAuditActor(), TimeProvider.System);
    }
}
