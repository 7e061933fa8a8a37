using LangSon.ThiDua.Domain.Auditing;
using LangSon.ThiDua.Domain.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.DataGen;

/// <summary>
/// One open SQLite connection (WAL, synchronous=NORMAL) shared by short-lived DbContexts: a fresh context per batch
/// keeps the change tracker small, auditing is off (bulk data is not a user action) and change detection is manual.
/// </summary>
internal sealed class BulkDatabase : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly DbContextOptions<AppDbContext> options;
    private bool disposed;

    private BulkDatabase(SqliteConnection connection)
    {
        this.connection = connection;
        options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly("LangSon.ThiDua.Migrations.Sqlite"))
            .Options;
    }

    public int BatchSize { get; init; } = 2_000;

    public static async Task<BulkDatabase> OpenAsync(string path, int batchSize)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        var database = new BulkDatabase(connection) { BatchSize = batchSize };
        await database.ExecuteAsync("PRAGMA journal_mode=WAL;");
        await database.ExecuteAsync("PRAGMA synchronous=NORMAL;");
        return database;
    }

    public AppDbContext NewContext()
    {
        var db = new AppDbContext(options) { AuditEnabled = false };
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    /// <summary>Inserts the entities (with the graphs they hold) in batches of about <see cref="BatchSize"/> rows, one transaction each.</summary>
    public async Task InsertAsync<T>(IEnumerable<T> entities, Func<T, int>? rowsOf = null)
        where T : class
    {
        var batch = new List<T>();
        var rows = 0;
        foreach (var entity in entities)
        {
            batch.Add(entity);
            rows += rowsOf?.Invoke(entity) ?? 1;
            if (rows >= BatchSize)
            {
                await SaveBatchAsync(batch);
                batch.Clear();
                rows = 0;
            }
        }

        if (batch.Count > 0)
        {
            await SaveBatchAsync(batch);
        }
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> CountAsync(string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        await connection.CloseAsync();
        await connection.DisposeAsync();
    }

    private async Task SaveBatchAsync<T>(List<T> batch)
        where T : class
    {
        await using var db = NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.AddRange(batch);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
