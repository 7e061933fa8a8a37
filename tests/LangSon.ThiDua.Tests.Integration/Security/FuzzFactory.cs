using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.AwardDecisions;
using LangSon.ThiDua.Tests.Integration.Council;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>
/// The portal with the demo plans and nominations (plans in every state, Sở Y tế's reports and evidence), plus what
/// the demo lacks: a council session being prepared, one open for voting, failed e-mails, a plan with an amendment
/// request, and an account of its own for the administration forms (so that no fuzzed post disables or re-passwords a
/// demo account). Every user is signed in once and every page is walked once; the fuzz tests share that catalog.
/// </summary>
public sealed class FuzzFactory : PortalFactory
{
    public const string FuzzUser = "fuzz.nguoidung";

    /// <summary>Users whose pages are walked: the access matrix's, plus the users of the unit whose plan is a draft.</summary>
    public static readonly string[] Users = [.. AccessRules.Users, "truongdonvi.tamthanh", "canbo.tamthanh", AccessRules.Anonymous];

    private readonly SemaphoreSlim gate = new(1, 1);
    private FuzzCatalog? catalog;

    protected override bool SeedDemoPlans => true;

    public async Task<FuzzCatalog> CatalogAsync()
    {
        await gate.WaitAsync();
        try
        {
            return catalog ??= await BuildAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<FuzzCatalog> BuildAsync()
    {
        var preparing = await this.SessionAsync(9, 9, await this.EligibleAsync(CouncilBuilder.BangKhenTinh, "Trần Văn Chuẩn Bị"), open: false);
        // Three members: two ballots make the quorum, so the closing form is shown; hoidong1 has not voted yet.
        var voting = await this.SessionAsync(3, 3,
            await this.EligibleAsync(CouncilBuilder.BangKhenTinh, "Hà Thị Bỏ Phiếu", "Lò Văn Biểu Quyết"));
        await this.CastAsync("hoidong2", voting, VoteChoice.Agree, VoteChoice.Disagree);
        await this.CastAsync("hoidong3", voting, VoteChoice.Abstain, VoteChoice.Agree);
        await this.EnsureMemberAsync(FuzzUser, "Người Dùng Kiểm Thử");
        // Sở Tài chính asks to amend its accepted plan, so that Sở Nội vụ's decision form is found and fuzzed.
        var amended = await this.CreatePlanAsync("STC", PlanStatus.Accepted, PlanBuilder.SomeTargets());
        await this.RequestAmendmentAsync(amended.PlanId);
        var fuzzUserId = await this.UserIdAsync(FuzzUser);
        // Two e-mails in the failed list, so that the administrator's "Gửi lại" and "Bỏ" forms are found.
        await WithDbAsync(db =>
        {
            foreach (var i in new[] { 1, 2 })
            {
                var email = OutboundEmail.Queue(OutboundEmailKind.Reminder, $"Người nhận {i}", $"guiloi{i}@langson.gov.vn",
                    "Đôn đốc gửi lỗi", "Nội dung", DateTime.UtcNow);
                email.RecordFailure("Không kết nối được máy chủ gửi thư.", null, DateTime.UtcNow, maxAttempts: 0);
                db.OutboundEmails.Add(email);
            }

            return db.SaveChangesAsync();
        });

        var clients = new Dictionary<string, PortalClient>();
        foreach (var user in Users)
        {
            clients[user] = user == AccessRules.Anonymous ? CreatePortalClient() : await SignInAsync(user);
        }

        // A Tờ trình to the Prime Minister, so that the form recording his decision is found and fuzzed too.
        var forwarded = await this.NominateAsync(
            DecisionScenario.SoYte, AwardFormSeed.BangKhenThuTuong,
            new Nominee(NomineeKind.Individual, "Hà Văn Thủ Tướng"));
        var submission = await clients["noivu"].RecordAsync(AwardFormSeed.BangKhenThuTuong, "99/TTr-UBND", forwarded);

        // The demo cụm whose scoring is closed, so that its meeting's forms (record, send) are found as Admin.
        var closedPact = await WithDbAsync(db => db.EmulationPacts
            .Where(p => p.Status == PactStatus.ScoringClosed).Select(p => p.Id).FirstAsync());
        var actions = PortalActions.All(Services);
        var extra = new Dictionary<string, string[]>
        {
            ["admin"] =
            [
                $"/Users/Details/{fuzzUserId}", $"/Users/Edit/{fuzzUserId}", $"/Users/ResetPassword/{fuzzUserId}",
                $"/Users/Disable/{fuzzUserId}", $"/EmulationProposals/Meeting/{closedPact}",
                $"/EmulationProposals/Send/{closedPact}",
            ],
            ["noivu"] =
            [
                $"/Council/Details/{preparing}", $"/Council/Details/{voting}", $"/AwardDecisions/Details/{submission}",
            ],
            ["hoidong1"] = [$"/Council/Vote/{voting}"],
        };
        var pages = new List<FoundPage>();
        var forms = new List<FoundForm>();
        foreach (var user in Users)
        {
            var starts = new List<string> { "/" };
            starts.AddRange(extra.GetValueOrDefault(user) ?? []);
            starts.AddRange(actions.Where(a => a.Method == "GET" && !a.Url.Contains(PortalActions.MissingId, StringComparison.Ordinal)).Select(a => a.Url));
            var (found, foundForms) = await FormCatalog.CrawlAsync(user, clients[user], starts);
            pages.AddRange(found);
            forms.AddRange(foundForms.Where(f => !f.Pattern.StartsWith("/users/", StringComparison.Ordinal)
                || !f.Pattern.Contains('#', StringComparison.Ordinal) || f.Action.Contains(fuzzUserId, StringComparison.Ordinal)));
        }

        return new FuzzCatalog(clients, pages, forms.DistinctBy(FuzzCatalog.KeyOf).ToList());
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && catalog is not null)
        {
            foreach (var client in catalog.Clients.Values)
            {
                client.Dispose();
            }
        }

        gate.Dispose();
        base.Dispose(disposing);
    }
}

public sealed record FuzzCatalog(IReadOnlyDictionary<string, PortalClient> Clients, List<FoundPage> Pages, List<FoundForm> Forms)
{
    /// <summary>Forms are told apart by where they post and which fields they carry.</summary>
    public static string KeyOf(FoundForm form) => form.Pattern + "|" + string.Join(',', form.Fields.Keys.Order(StringComparer.Ordinal));
}
