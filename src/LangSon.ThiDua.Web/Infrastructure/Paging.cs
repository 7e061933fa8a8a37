using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>One page of a list, with what the pager needs.</summary>
public sealed class Page<T>
{
    public const int DefaultSize = 20;

    public required IReadOnlyList<T> Items { get; init; }

    public int Number { get; init; }

    public int Size { get; init; }

    public int TotalCount { get; init; }

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)Size));

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < PageCount;
}

public static class PagingExtensions
{
    /// <summary>
    /// One page of the query. The page is read first: when it is the list's last (shorter than a page), the rows before
    /// it and on it are the whole list, and no count is run. Only a full page, or a page past the end, is counted; a
    /// page past the end gives the last page.
    /// </summary>
    public static async Task<Page<T>> ToPageAsync<T>(
        this IQueryable<T> query,
        int? page,
        int size = Page<T>.DefaultSize,
        CancellationToken cancellationToken = default)
    {
        var number = Math.Clamp(page ?? 1, 1, int.MaxValue / size);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        if (items.Count < size && (items.Count > 0 || number == 1))
        {
            var total = ((number - 1) * size) + items.Count;
            return new Page<T> { Items = items, Number = number, Size = size, TotalCount = total };
        }

        var counted = await query.CountAsync(cancellationToken);
        var last = ClampPage(number, counted, size);
        if (last != number)
        {
            items = await query.Skip((last - 1) * size).Take(size).ToListAsync(cancellationToken);
        }

        return new Page<T> { Items = items, Number = last, Size = size, TotalCount = counted };
    }

    /// <summary>
    /// One page of the query when the list's length is already known (<paramref name="total"/>: from figures the page
    /// reads anyway, such as counts by status): the page only, no count. A page past the end gives the last page. A
    /// null total: <see cref="ToPageAsync{T}"/>.
    /// </summary>
    public static async Task<Page<T>> ToPageWithTotalAsync<T>(
        this IQueryable<T> query,
        int? page,
        int? total,
        int size = Page<T>.DefaultSize,
        CancellationToken cancellationToken = default)
    {
        if (total is not { } known)
        {
            return await query.ToPageAsync(page, size, cancellationToken);
        }

        var number = ClampPage(page, known, size);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new Page<T> { Items = items, Number = number, Size = size, TotalCount = known };
    }

    /// <summary>Pages a list already filtered in memory (small lists searched without diacritics).</summary>
    public static Page<T> ToPage<T>(this IReadOnlyList<T> items, int? page, int size = Page<T>.DefaultSize)
    {
        var number = ClampPage(page, items.Count, size);
        var shown = items.Skip((number - 1) * size).Take(size).ToList();
        return new Page<T> { Items = shown, Number = number, Size = size, TotalCount = items.Count };
    }

    private static int ClampPage(int? page, int total, int size) =>
        Math.Clamp(page ?? 1, 1, Math.Max(1, (int)Math.Ceiling(total / (double)size)));
}
