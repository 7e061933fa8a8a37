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
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int? page, int size = Page<T>.DefaultSize, CancellationToken cancellationToken = default)
    {
        var total = await query.CountAsync(cancellationToken);
        var number = ClampPage(page, total, size);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new Page<T> { Items = items, Number = number, Size = size, TotalCount = total };
    }

    /// <summary>Pages a list already filtered in memory (small lists searched without diacritics).</summary>
    public static Page<T> ToPage<T>(this IReadOnlyList<T> items, int? page, int size = Page<T>.DefaultSize)
    {
        var number = ClampPage(page, items.Count, size);
        return new Page<T> { Items = items.Skip((number - 1) * size).Take(size).ToList(), Number = number, Size = size, TotalCount = items.Count };
    }

    private static int ClampPage(int? page, int total, int size) =>
        Math.Clamp(page ?? 1, 1, Math.Max(1, (int)Math.Ceiling(total / (double)size)));
}
