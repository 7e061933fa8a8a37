using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Settings of every SQLite connection the app opens:
/// <list type="bullet">
/// <item>SQLite's own busy timeout. Without it Microsoft.Data.Sqlite retries a locked database by sleeping 150 ms
/// between tries, so under a burst of writes a waiting request tries too rarely and can run out its 30 s; SQLite's
/// busy handler retries after 1, 2, 5, 10… ms instead (docs/reliability.md has the measurements).</item>
/// <item><c>secure_delete</c>: deleted rows and freed pages are overwritten with zeros, so that what was deleted —
/// sealed ballots once counted, a file's record — does not linger in the free space of the file or of its copies
/// (docs/security.md, secret ballot).</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
