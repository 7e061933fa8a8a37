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
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)size));
        var number = Math.Clamp(page ?? 1, 1, pageCount);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new Page<T> { Items = items, Number = number, Size = size, TotalCount = total };
    }
}
