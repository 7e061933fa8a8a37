using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.Shared;

/// <summary>What the _Pager partial shows: the page number, the count, and links that keep the current filters.</summary>
public sealed record PagerModel(int Number, int PageCount, int TotalCount)
{
    public static PagerModel Of<T>(Page<T> page) => new(page.Number, page.PageCount, page.TotalCount);
}
