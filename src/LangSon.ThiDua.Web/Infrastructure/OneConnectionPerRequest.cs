using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Opens the request's database connection once, before model binding, and leaves it open until the request's
/// DbContext is disposed with its scope. EF Core otherwise opens and closes it around each of a page's 8–13 queries,
/// and each open and close takes Microsoft.Data.Sqlite's pool lock and registers, then removes, EF Core's SQL functions
/// on the native connection: about a twelfth of a page's CPU under load (docs/performance.md, "Where the time goes").
/// An open connection without a running statement or transaction holds no lock on the database.
/// </summary>
internal sealed class OneConnectionPerRequest(AppDbContext db) : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        await next();
    }
}
