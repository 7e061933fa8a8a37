using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Sets SQLite's own busy timeout on every connection the app opens. Without it Microsoft.Data.Sqlite retries a locked
/// database by sleeping 150 ms between tries, so under a burst of writes a waiting request tries too rarely and can run
/// out its 30 s; SQLite's busy handler retries after 1, 2, 5, 10… ms instead (docs/reliability.md has the measurements).
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
