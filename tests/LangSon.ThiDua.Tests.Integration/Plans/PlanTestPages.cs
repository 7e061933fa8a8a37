using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Plans;

/// <summary>Small helpers the plan and target tests share: follow a redirect, read the flash message, snapshot a plan.</summary>
public static class PlanTestPages
{
    /// <summary>Asserts a redirect and opens the page it points to, as a browser would.</summary>
    public static async Task<IHtmlDocument> FollowAsync(this PortalClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    public static string? FlashError(this IHtmlDocument page) => page.QuerySelector("main .alert-dismissible.alert-danger")?.TextContent.Trim();

    public static string? FlashSuccess(this IHtmlDocument page) => page.QuerySelector("main .alert-dismissible.alert-success")?.TextContent.Trim();

    public static string MainText(this IHtmlDocument page) => page.QuerySelector("main")!.TextContent;

    /// <summary>Everything a forbidden request must leave untouched: the plan row, its targets, its history.</summary>
    public static Task<string> SnapshotAsync(this PortalFactory factory, int planId) =>
        factory.WithDbAsync(async db =>
        {
            var plan = await db.UnitPlans.AsNoTracking().SingleAsync(p => p.Id == planId);
            var targets = await db.PlanTargets.AsNoTracking().Where(t => t.UnitPlanId == planId).OrderBy(t => t.Id)
                .Select(t => $"{t.Id}:{t.Version}:{t.SortOrder}:{t.ContentAreaId}:{t.Title}").ToListAsync();
            var history = await db.PlanTransitions.CountAsync(t => t.UnitPlanId == planId);
            return $"{plan.Status}|{plan.Version}|{plan.DocumentNumber}|{plan.Summary}|{plan.ReviewComment}|{history}|{string.Join(";", targets)}";
        });

    public static Task<PlanStatus> StatusAsync(this PortalFactory factory, int planId) =>
        factory.WithDbAsync(db => db.UnitPlans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.Status).SingleAsync());
}
