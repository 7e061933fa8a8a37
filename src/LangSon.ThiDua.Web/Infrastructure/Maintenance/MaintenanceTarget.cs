using LangSon.ThiDua.Domain.Auditing;
using LangSon.ThiDua.Domain.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Maintenance;

/// <summary>
/// The instance a backup is taken from or restored into: its data folder and its database, resolved the way the app
/// resolves them (DataDirectory, Database:Provider, ConnectionStrings:ThiDua).
/// </summary>
public sealed record MaintenanceTarget(string DataDirectory, string Provider, string ConnectionString, string? AttachmentsDirectory = null)
{
    public const string DatabaseFileName = "thidua.db";

    public bool IsSqlite => Provider == DatabaseSetup.Sqlite;

    /// <summary>
    /// Storage:AttachmentsPath of the instance (default DataDirectory/attachments); pending imports (.imports) and
    /// ballot keys (.ballot-keys) are left out of backups.
    /// </summary>
    public string AttachmentsRoot => AttachmentsDirectory ?? Path.Combine(DataDirectory, "attachments");

    /// <summary>The SQLite file (null on SQL Server).</summary>
    public string? DatabasePath => IsSqlite ? Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource) : null;

    /// <summary>The target of a running app (or of the host the command line builds): what its own AppDbContext uses.</summary>
    public static MaintenanceTarget From(IServiceProvider services)
    {
        var portal = services.GetRequiredService<PortalOptions>();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The portal's database has no connection string.");
        return new MaintenanceTarget(portal.DataDirectory, db.Database.IsSqlite() ? DatabaseSetup.Sqlite : DatabaseSetup.SqlServer, connectionString, portal.AttachmentsDirectory);
    }

    /// <summary>The embedded default in <paramref name="dataDirectory"/>: DataDirectory/thidua.db.</summary>
    public static MaintenanceTarget SqliteIn(string dataDirectory)
    {
        var full = Path.GetFullPath(dataDirectory);
        return new MaintenanceTarget(full, DatabaseSetup.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.Combine(full, DatabaseFileName) }.ToString());
    }

    /// <summary>A context of its own (actor "hệ thống"), for the audit rows of the maintenance commands.</summary>
    internal AppDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        if (IsSqlite)
        {
            options.UseSqlite(SqliteFiles.ConnectionString(DatabasePath!, SqliteOpenMode.ReadWrite));
        }
        else
        {
            options.UseSqlServer(ConnectionString);
        }

        return new AppDbContext(options.Options).AuditAs(new SystemAuditActor(), TimeProvider.System);
    }
}
