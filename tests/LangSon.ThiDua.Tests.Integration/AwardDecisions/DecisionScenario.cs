using System.Globalization;
using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.AwardDecisions;

/// <summary>How far a nomination has come when a test starts.</summary>
public enum Stage
{
    Eligible,
    Passed,
    Failed,
}

/// <summary>One nominee to propose: who, and how far the dossier goes.</summary>
public sealed record Nominee(NomineeKind Kind, string Name, Stage Stage = Stage.Passed);

/// <summary>
/// Builds nominations with the domain's own workflow, straight in the app's database: drafted by the unit (with the
/// required documents), submitted under the unit's Tờ trình, found eligible by Sở Nội vụ, then voted on in a council
/// session of the nine demo council members (all present) that closes with 9 agree (passed) or 3 agree (failed).
/// </summary>
public static class DecisionScenario
{
    public const string SoYte = "SYT";
    public const string TamThanh = "05986";

    private static readonly Actor Clerk = new("canbo.soyte", "Cán bộ đơn vị");
    private static readonly Actor Head = new("truongdonvi.soyte", "Thủ trưởng đơn vị");
    private static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");

    /// <summary>Creates the nominations of one unit for one award form; returns their ids in the order given.</summary>
    public static Task<int[]> NominateAsync(this PortalFactory factory, string unitCode, string formCode, params Nominee[] nominees) =>
        factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.Active().FirstAsync();
            var form = await db.AwardForms.SingleAsync(f => f.Code == formCode);
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var now = DateTime.UtcNow;
            var today = campaign.NominationDeadline ?? DateOnly.FromDateTime(now);

            var nominations = nominees.Select(n => Draft(campaign.Id, unit, form, n, now)).ToList();
            db.NominationBatches.Add(NominationBatch.Submit(campaign, unit.Id, "15/TTr-" + unitCode, today, nominations, null, Head, now, today));
            foreach (var nomination in nominations)
            {
                nomination.StartReview(NoiVu, now);
                nomination.MarkEligible(NoiVu, now, null);
            }

            await db.SaveChangesAsync();

            var voted = nominations.Where((_, i) => nominees[i].Stage != Stage.Eligible).ToList();
            if (voted.Count > 0)
            {
                var members = await db.Users.Where(u => u.UserName!.StartsWith("hoidong")).OrderBy(u => u.UserName).Select(u => new { u.Id, u.FullName }).ToListAsync();
                var session = new CouncilSession { CampaignId = campaign.Id, Title = "Phiên họp xét khen thưởng", Place = "Trụ sở UBND tỉnh", MeetingDate = today, CreatedByUserName = "noivu", CreatedAtUtc = now };
                session.InviteMembers(members.Select(m => (m.Id, m.FullName)));
                session.RecordAttendance(members.Select(m => m.Id).ToList());
                voted.ForEach(n => session.AddToAgenda(n, NoiVu, now));
                session.OpenVoting("closed-at-once", now);
                db.CouncilSessions.Add(session);
                await db.SaveChangesAsync();

                var counts = voted.ToDictionary(n => n.Id, n => nominees[nominations.IndexOf(n)].Stage == Stage.Passed ? (members.Count, 0, 0) : (3, members.Count - 3, 0));
                session.Close(Ballot.FromCounts(counts), NoiVu, now);
                await db.SaveChangesAsync();
            }

            return nominations.Select(n => n.Id).ToArray();
        });

    public static Task<Nomination> NominationAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.Nominations.AsNoTracking().Include(n => n.Transitions).Include(n => n.AwardDecision).SingleAsync(n => n.Id == id));

    /// <summary>The fields of the decision form (all candidates ticked), with the document's number and signer.</summary>
    public static async Task<List<KeyValuePair<string, string>>> DecisionFieldsAsync(this PortalClient noivu, string formCode, string number, string signer)
    {
        var page = await noivu.GetPageAsync($"/AwardDecisions/Create?form={formCode}");
        var fields = page.QuerySelectorAll("#decision-form input")
            .Where(i => i.GetAttribute("name") is { Length: > 0 } name && name != "__RequestVerificationToken")
            .Where(i => i.GetAttribute("type") != "checkbox" || i.HasAttribute("checked"))
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Where(f => f.Key is not ("Number" or "SignerName"))
            .ToList();
        fields.Add(new("Number", number));
        fields.Add(new("SignerName", signer));
        return fields;
    }

    /// <summary>Posts the decision form as a browser does (several "NominationIds"), with the token of the form on its page.</summary>
    public static async Task<HttpResponseMessage> PostDecisionAsync(this PortalClient client, string formCode, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.AntiforgeryTokenAsync($"/AwardDecisions/Create?form={formCode}", "/AwardDecisions/Create");
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.Http.PostAsync(new Uri("/AwardDecisions/Create", UriKind.Relative), content);
    }

    /// <summary>Records a decision over the given nominations only and returns its id (from the redirect to its page).</summary>
    public static async Task<int> RecordAsync(this PortalClient noivu, string formCode, string number, params int[] nominationIds)
    {
        var fields = (await noivu.DecisionFieldsAsync(formCode, number, "Hồ Tiến Thiệu")).Where(f => f.Key != "NominationIds").ToList();
        fields.AddRange(nominationIds.Select(id => new KeyValuePair<string, string>("NominationIds", id.ToString(CultureInfo.InvariantCulture))));
        using var response = await noivu.PostDecisionAsync(formCode, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/AwardDecisions/Details/", location, StringComparison.Ordinal);
        return int.Parse(location["/AwardDecisions/Details/".Length..], CultureInfo.InvariantCulture);
    }

    public static string Ids(params int[] ids) => string.Join(",", ids);

    private static Nomination Draft(int campaignId, Unit unit, AwardForm form, Nominee nominee, DateTime now)
    {
        var nomination = Nomination.Draft(campaignId, unit.Id, form, nominee.Kind, nominee.Name, "Hoàn thành xuất sắc nhiệm vụ năm 2025.", TaskRating.Excellent, Clerk, now);
        nomination.NomineePosition = nominee.Kind == NomineeKind.Individual ? "Trưởng phòng" : null;
        nomination.NomineeWorkplace = unit.Name;
        foreach (var document in new[] { DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes })
        {
            nomination.Attachments.Add(new Attachment
            {
                DocumentKind = document, FileName = "ho-so.pdf", ContentType = "application/pdf", Size = 1024, Sha256 = new string('0', 64),
                StoragePath = "generated/ho-so.pdf", UploadedBy = Clerk.UserName, UploadedAtUtc = now,
            });
        }

        return nomination;
    }

    /// <summary>Award form codes, for readable tests.</summary>
    public const string Province = AwardFormSeed.BangKhenTinh;

    public const string PrimeMinister = AwardFormSeed.BangKhenThuTuong;
}
