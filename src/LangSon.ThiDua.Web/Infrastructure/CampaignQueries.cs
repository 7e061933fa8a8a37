using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

public static class CampaignQueries
{
    /// <summary>The campaign running now (<see cref="CampaignStatusExtensions.Active"/>'s first), read-only; null when none runs.</summary>
    public static Task<Campaign?> ActiveCampaignAsync(this AppDbContext db, CancellationToken ct) =>
        db.Campaigns.AsNoTracking().Active().FirstOrDefaultAsync(ct);
}
