using System.Data.Common;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LangSon.ThiDua.UnitTests;

/// <summary>
/// What a page of a list costs and shows (Infrastructure/Paging.cs): a page shorter than the page size is the list's
/// last, so its rows and those before it are the whole list and no count is run; a full page is counted.
/// </summary>
public sealed class PagingTests : IDisposable
{
    private readonly ReaderCounter readers = new();
    private readonly MemoryDatabase database;

    public PagingTests() => database = new MemoryDatabase(readers);

    [Theory]
    [InlineData(0, 1, 0, 1)]
    [InlineData(7, 1, 7, 1)]
    [InlineData(27, 2, 27, 2)]
    public async Task A_page_shorter_than_the_page_size_is_read_without_a_count(
        int rows, int page, int expectedTotal, int expectedNumber)
    {
        await AddGroupsAsync(rows);

        var result = await PageAsync(page);

        Assert.Equal((expectedTotal, expectedNumber), (result.TotalCount, result.Number));
        Assert.Equal(Math.Min(expectedTotal - ((expectedNumber - 1) * 20), 20), result.Items.Count);
        Assert.Equal(1, readers.Count);
    }

    [Fact]
    public async Task A_full_page_is_counted_to_know_the_pages_after_it()
    {
        await AddGroupsAsync(45);

        var result = await PageAsync(2);

        Assert.Equal((45, 2, 3, 20), (result.TotalCount, result.Number, result.PageCount, result.Items.Count));
        Assert.Equal("Khối 21", result.Items[0]);
        Assert.Equal(2, readers.Count);
    }

    [Fact]
    public async Task A_list_of_exactly_one_page_has_one_page()
    {
        await AddGroupsAsync(20);

        var result = await PageAsync(1);

        Assert.Equal((20, 1, 1, false), (result.TotalCount, result.Number, result.PageCount, result.HasNext));
    }

    [Theory]
    [InlineData(45, 9, 3, 5)]
    [InlineData(40, 3, 2, 20)]
    [InlineData(0, 4, 1, 0)]
    [InlineData(5, int.MaxValue, 1, 5)]
    public async Task A_page_past_the_end_shows_the_last_page(int rows, int page, int expectedNumber, int expectedItems)
    {
        await AddGroupsAsync(rows);

        var result = await PageAsync(page);

        Assert.Equal((rows, expectedNumber, expectedItems), (result.TotalCount, result.Number, result.Items.Count));
    }

    public void Dispose() => database.Dispose();

    private async Task<Page<string>> PageAsync(int page)
    {
        await using var db = NewContext();
        readers.Count = 0;
        return await db.EmulationGroups.AsNoTracking().OrderBy(g => g.Id).Select(g => g.Name).ToPageAsync(page);
    }

    private async Task AddGroupsAsync(int count)
    {
        await using var db = NewContext();
        db.EmulationGroups.AddRange(Enumerable.Range(1, count).Select(i => new EmulationGroup { Name = $"Khối {i}" }));
        await db.SaveChangesAsync();
    }

    private AppDbContext NewContext() => database.NewContext();

    /// <summary>Counts the queries (readers) run.</summary>
    private sealed class ReaderCounter : DbCommandInterceptor
    {
        public int Count { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
