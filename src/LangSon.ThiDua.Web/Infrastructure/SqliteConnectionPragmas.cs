using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
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
/// Both are settings of the SQLite connection itself, which Microsoft.Data.Sqlite keeps in its pool when EF Core closes
/// the <see cref="SqliteConnection"/> after a query: they are set when a pooled connection is opened the first time,
/// not at every open (EF Core opens and closes the connection around each query; docs/performance.md).
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA secure_delete = ON;";

    /// <summary>The native connections (SQLite handles) already set; forgotten with them when the pool drops them.
    /// </summary>
    private static readonly ConditionalWeakTable<object, object> Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection))
        {
            return;
        }

        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
        catch
        {
            Forget(connection);
            throw;
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection))
        {
            return;
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            Forget(connection);
            throw;
        }
    }

    /// <summary>True the first time this native connection is seen (a connection of another kind: always).</summary>
    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Done.TryAdd(handle, Done);

    private static void Forget(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Done.Remove(handle);
        }
    }
}
