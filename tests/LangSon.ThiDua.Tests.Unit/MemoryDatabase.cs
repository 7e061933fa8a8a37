using LangSon.ThiDua.Domain.Auditing;
using LangSon.ThiDua.Domain.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LangSon.ThiDua.UnitTests;

/// <summary>
/// The portal's schema in a private in-memory SQLite database (real SQLite, alive while the test holds it), and
/// audited contexts on it, with the interceptors a test watches the commands through.
/// </summary>
internal sealed class MemoryDatabase : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly IInterceptor[] interceptors;

    public MemoryDatabase(params IInterceptor[] interceptors)
    {
        this.interceptors = interceptors;
        connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public AppDbContext NewContext(IAuditActor? actor = null) =>
        new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection)
            .AddInterceptors(interceptors).Options).AuditAs(actor ?? new SystemAuditActor(), TimeProvider.System);

    public void Dispose() => connection.Dispose();
}
