using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LangSon.ThiDua.Web.Infrastructure.Caching;

/// <summary>
/// Moves <see cref="DashboardChangeStamp"/> on after every write of this process through EF Core, so that the cached
/// dashboard of this instance shows a change on the very next request:
/// <list type="bullet">
/// <item>after SaveChanges (a save in its own implicit transaction is committed by then);</item>
/// <item>after a committed transaction: AppDbContext saves domain data and its audit rows in an explicit transaction,
/// and SavedChanges runs before that commit — the bump after the commit is the one that counts;</item>
/// <item>after a non-query command (ExecuteUpdate, ExecuteDelete, raw SQL).</item>
/// </list>
/// An extra bump only costs one rendering of the page; a missing one would show old numbers, so it bumps generously.
/// </summary>
public sealed class DashboardChangeInterceptor(DashboardChangeStamp stamp) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        stamp.Bump();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        stamp.Bump();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => stamp.Bump();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        stamp.Bump();
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        stamp.Bump();
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        stamp.Bump();
        return ValueTask.FromResult(result);
    }
}
