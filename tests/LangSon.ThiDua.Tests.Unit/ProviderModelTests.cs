using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LangSon.ThiDua.Tests.Unit;

/// <summary>SQLite (the embedded default) and SQL Server (production) hold the same tables and columns.</summary>
public sealed class ProviderModelTests
{
    [Fact]
    public void Sqlite_and_Sql_Server_models_have_the_same_tables_columns_keys_and_nullability()
    {
        using var sqlite = new Migrations.Sqlite.DesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new Migrations.SqlServer.DesignTimeFactory().CreateDbContext([]);

        var onSqlite = Describe(sqlite);
        var onSqlServer = Describe(sqlServer);

        Assert.Contains("DataProtectionKeys.Xml null", onSqlite);
        Assert.Contains("BallotVotes.BallotNumber", onSqlite);
        Assert.Contains("SealedBallots.Content", onSqlite);
        Assert.Equal(onSqlite, onSqlServer);
    }

    [Fact]
    public void Sql_Server_stores_text_as_unicode_so_Vietnamese_is_kept()
    {
        using var sqlServer = new Migrations.SqlServer.DesignTimeFactory().CreateDbContext([]);
        var model = sqlServer.GetService<IDesignTimeModel>().Model.GetRelationalModel();

        var nonUnicode = model.Tables.SelectMany(t => t.Columns)
            .Where(c => c.ProviderClrType == typeof(string) && !c.StoreType.StartsWith("nvarchar", StringComparison.OrdinalIgnoreCase))
            .Select(c => $"{c.Table.Name}.{c.Name} {c.StoreType}")
            .ToList();
        Assert.Empty(nonUnicode);
    }

    private static List<string> Describe(AppDbContext context)
    {
        IRelationalModel model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        return model.Tables
            .SelectMany(t => t.Columns.Select(c => $"{t.Name}.{c.Name}{(c.IsNullable ? " null" : string.Empty)}")
                .Append($"{t.Name} PK({string.Join(",", t.PrimaryKey?.Columns.Select(c => c.Name) ?? [])})")
                .Concat(t.Indexes.Select(i => $"{t.Name} {(i.IsUnique ? "UNIQUE " : string.Empty)}INDEX({string.Join(",", i.Columns.Select(c => c.Name))})")))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
