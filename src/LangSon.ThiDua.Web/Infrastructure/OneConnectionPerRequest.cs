using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// One DbContext and one open database connection per request: the first to need the database (the session row when
/// the sign-in cookie is read, else this filter before model binding) opens the connection of the request's
/// DbContext, and it stays open until that DbContext is disposed with the request's scope. EF Core otherwise opens
/// and closes it around each of a page's 8–13 queries, and each open and close takes Microsoft.Data.Sqlite's pool
/// lock and registers, then removes, EF Core's SQL functions on the native connection: about a twelfth of a page's
/// CPU under load (docs/performance.md, "Where the time goes"). An open connection without a running statement or
/// transaction holds no lock on the database.
/// </summary>
internal sealed class OneConnectionPerRequest : IAsyncResourceFilter
{
    /// <summary>The request's DbContext, its connection open for the rest of the request.</summary>
    public static async Task<AppDbContext> OpenAsync(HttpContext context, CancellationToken ct)
    {
        var db = context.RequestServices.GetRequiredService<AppDbContext>();
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        return db;
    }

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        await OpenAsync(context.HttpContext, context.HttpContext.RequestAborted);
        await next();
    }
}
