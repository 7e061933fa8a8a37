using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

/// <summary>
/// The SQLite settings of every connection (busy timeout, secure_delete; docs/reliability.md) are set once per native
/// connection of the pool, not at each of the opens EF Core makes around every query (docs/performance.md).
/// </summary>
public sealed class SqliteConnectionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_pooled_connection_keeps_its_busy_timeout_and_secure_delete_when_opened_again()
    {
        await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            Assert.Equal(30000, await PragmaAsync(db, "busy_timeout"));
            await db.Database.CloseConnectionAsync();

            await db.Database.OpenConnectionAsync();
            Assert.Equal(30000, await PragmaAsync(db, "busy_timeout"));
            Assert.Equal(1, await PragmaAsync(db, "secure_delete"));
            await db.Database.CloseConnectionAsync();
            return 0;
        });
    }

    [Fact]
    public async Task Opening_a_pooled_connection_again_does_not_run_the_settings_again()
    {
        await factory.WithDbAsync(async db =>
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var native = connection.Handle;
            await ExecuteAsync(connection, "PRAGMA busy_timeout = 1234;"); // what a second run would put back
            await db.Database.CloseConnectionAsync();

            await db.Database.OpenConnectionAsync();
            Assert.Same(native, connection.Handle); // the pool gave the same native connection back
            Assert.Equal(1234, await PragmaAsync(db, "busy_timeout"));
            await ExecuteAsync(connection, "PRAGMA busy_timeout = 30000;");
            await db.Database.CloseConnectionAsync();
            return 0;
        });
    }

    private static async Task<long> PragmaAsync(AppDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
