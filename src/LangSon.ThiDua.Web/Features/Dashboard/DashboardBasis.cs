using System.Collections.Frozen;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using static LangSon.ThiDua.Domain.AuditActions;

namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>
/// What a dashboard snapshot is computed from, kept between snapshots so that the next one after new progress reports
/// (nearly every write of the year-end load) reads only those reports' targets instead of every target of the campaign
/// (at 10× data 50,000 targets, ~350 ms and 17 MB each time: docs/performance.md "More data").
/// <para>
/// <see cref="AdvanceAsync"/> brings it up to date when the only changes since it was read are new progress reports.
/// Anything else the dashboard reads (the campaign, content areas, khối/cụm, units, plans, targets, an edited or
/// deleted report, an import, the day) makes it return null, and <see cref="LoadAsync"/> reads everything again. It
/// tells what changed from the audit log, which every save of the app writes in the same transaction as the change,
/// and from the marks of <see cref="DashboardVersion"/> for rows written with auditing off (the data generator).
/// </para>
/// Only <see cref="DashboardSnapshots"/>' computation uses it, one at a time.
/// </summary>
internal sealed class DashboardBasis
{
    /// <summary>More new rows than this since the last snapshot: reading everything again is as cheap.</summary>
    public const int AdvanceLimit = 5000;

    /// <summary>The entity types the dashboard reads, as the audit log names them.</summary>
    private static readonly FrozenSet<string> EntitiesRead = FrozenSet.Create(
        nameof(Campaign), nameof(ContentArea), nameof(EmulationGroup), nameof(Unit), nameof(UnitPlan),
        nameof(PlanTarget), nameof(ProgressReport));

    /// <summary>Audit actions that record an event, not a change of data.</summary>
    private static readonly FrozenSet<string> Events = FrozenSet.Create(
        SignIn, SignInFailed, SignOut, AccessDenied, TwoFactorEnabled, TwoFactorDisabled, TwoFactorRecoveryCodesRenewed,
        SessionsEnded, SignInThrottled, TwoFactorReset, Export, Backup, EmailRetried, EmailDiscarded);

    /// <summary>The marks read before the data; null when no campaign was active then (never advanced).</summary>
    public required DashboardVersion? Version { get; init; }

    public required IReadOnlyList<AreaInfo> Areas { get; init; }

    public required IReadOnlyList<GroupInfo> Groups { get; init; }

    /// <summary>The active units, in the database's order.</summary>
    public required IReadOnlyList<UnitInfo> Units { get; init; }

    public required IReadOnlyList<PlanInfo> Plans { get; init; }

    /// <summary>Every target of the campaign's plans, by id.</summary>
    public required Dictionary<int, TargetFact> Targets { get; init; }

    /// <summary>The sums over <see cref="Targets"/>, changed with it.</summary>
    public required DashboardAggregate Aggregate { get; init; }

    public required IReadOnlyList<WeekCount> Weeks { get; init; }

    private IdWindow? Audits { get; init; }

    private IdWindow? Reports { get; init; }

    /// <summary>Everything, read afresh. The audit and report windows come first: what they hold is read.</summary>
    public static async Task<DashboardBasis> LoadAsync(
        AppDbContext db, ActiveCampaign campaign, DashboardVersion? version, DateOnly today, CancellationToken ct)
    {
        var audits = version is null ? default : await AuditWindowAsync(db, Before(version.LastAuditId), ct);
        var reports = version is null ? default : await ReportWindowAsync(db, Before(version.LastReportId), ct);
        var areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == campaign.Id)
            .OrderBy(a => a.Number).Select(a => new AreaInfo(a.Id, a.Number, a.ShortTitle)).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive)
            .Select(u => new UnitInfo(u.Id, u.Code, u.Name, u.SearchName, u.Kind, u.EmulationGroupId))
            .ToListAsync(ct);
        var targets = (await LoadTargetsAsync(db, campaign.Id, null, ct)).ToDictionary(t => t.Id);
        return new DashboardBasis
        {
            Version = version,
            Areas = areas,
            Groups = await db.EmulationGroups.AsNoTracking()
                .Select(g => new GroupInfo(g.Id, g.Name, g.Kind)).ToListAsync(ct),
            Units = units,
            Plans = await db.UnitPlans.AsNoTracking().Where(p => p.CampaignId == campaign.Id)
                .Select(p => new PlanInfo(p.Id, p.UnitId, p.Status)).ToListAsync(ct),
            Targets = targets,
            Aggregate = new DashboardAggregate(areas, units, campaign, today, targets.Values),
            Weeks = await DashboardQuery.WeeksAsync(db, today, ct),
            Audits = audits.Window,
            Reports = reports.Window,
        };
    }

    /// <summary>
    /// This basis brought up to <paramref name="version"/> when every change since is a new progress report: the
    /// targets of the new reports are read again (each target's latest report, by the one rule), and the weeks they
    /// were entered in are counted again. Null when anything else changed.
    /// </summary>
    public async Task<DashboardBasis?> AdvanceAsync(
        AppDbContext db, ActiveCampaign campaign, DashboardVersion? version, CancellationToken ct)
    {
        if (Version is null || version is null || Audits is null || Reports is null
            || version.CampaignId != campaign.Id || !Marks(Version).Equals(Marks(version))
            || version.LastAuditId < Version.LastAuditId || version.LastReportId < Version.LastReportId)
        {
            return null;
        }

        var audits = await AuditWindowAsync(db, Audits.From, ct);
        var newAudits = audits.Ids?.Where(id => !Audits.Seen.Contains(id)).ToList();
        if (newAudits is null || (await AuditRowsAsync(db, newAudits, ct)).Any(a => !LeavesDashboard(a)))
        {
            return null;
        }

        var reports = await ReportWindowAsync(db, Reports.From, ct);
        var newReports = reports.Ids?.Where(id => !Reports.Seen.Contains(id)).ToList();
        if (newReports is null)
        {
            return null;
        }

        var fresh = await ReportRowsAsync(db, newReports, ct);
        var changed = fresh.Select(r => r.PlanTargetId).Distinct().ToList();
        var facts = changed.Count == 0 ? [] : await LoadTargetsAsync(db, campaign.Id, changed, ct);
        if (facts.Any(f => !Targets.ContainsKey(f.Id)))
        {
            return null; // a target this basis does not know (inserted with auditing off)
        }

        var weeks = Weeks.ToList();
        var mondays = fresh.Select(r =>
            DashboardQuery.MondayOf(DateOnly.FromDateTime(VietnamTime.FromUtc(r.CreatedAtUtc))));
        foreach (var monday in mondays.Distinct())
        {
            var index = weeks.FindIndex(w => w.Monday == monday);
            if (index >= 0)
            {
                var count = await DashboardQuery.ReportsInWeek(db, monday).CountAsync(ct);
                weeks[index] = weeks[index] with { Count = count };
            }
        }

        // Every read is done: from here on nothing can fail half-way.
        foreach (var fact in facts)
        {
            Aggregate.Replace(Targets[fact.Id], fact);
            Targets[fact.Id] = fact;
        }

        return new DashboardBasis
        {
            Version = version,
            Areas = Areas,
            Groups = Groups,
            Units = Units,
            Plans = Plans,
            Targets = Targets,
            Aggregate = Aggregate,
            Weeks = weeks,
            Audits = audits.Window,
            Reports = reports.Window,
        };
    }

    /// <summary>
    /// Every target of the campaign (or those of <paramref name="ids"/>) with its latest report's percent, by
    /// <see cref="ProgressReport.NewestFirst"/>'s rule (as-of date, then entry order), found by a correlated subquery
    /// that walks the (PlanTargetId, AsOfDate) index backwards: one index seek per target, no report rows sent.
    /// </summary>
    internal static Task<List<TargetFact>> LoadTargetsAsync(
        AppDbContext db, int campaignId, List<int>? ids, CancellationToken ct)
    {
        var targets = db.PlanTargets.AsNoTracking().Where(t => t.UnitPlan!.CampaignId == campaignId);
        if (ids is not null)
        {
            targets = targets.Where(t => ids.Contains(t.Id));
        }

        return targets.Select(t => new TargetFact(
                t.Id,
                t.UnitPlan!.UnitId,
                t.ContentAreaId,
                t.Deadline,
                t.Reports.OrderByDescending(r => r.AsOfDate).ThenByDescending(r => r.Id)
                    .Select(r => (decimal?)r.Percent).FirstOrDefault()))
            .ToListAsync(ct);
    }

    /// <summary>Whether an audited change leaves what the dashboard shows as it was (new reports: see above).</summary>
    private static bool LeavesDashboard(AuditRow row) => row.Action switch
    {
        Insert when row.EntityType == nameof(ProgressReport) => true, // read by the advance itself
        Insert or Update or Delete => !EntitiesRead.Contains(row.EntityType),
        _ => Events.Contains(row.Action),
    };

    /// <summary>The marks that must not move for the basis to advance: all but the audit log's and reports'.</summary>
    private static DashboardVersion Marks(DashboardVersion version) =>
        version with { LastAuditId = null, RecentAuditCount = 0, LastReportId = null, RecentReportCount = 0 };

    /// <summary>The first id of the window that ends at <paramref name="lastId"/> (exclusive).</summary>
    private static long Before(long? lastId) => (lastId ?? 0) - DashboardVersion.Window;

    private static Task<(List<long>? Ids, IdWindow? Window)> AuditWindowAsync(
        AppDbContext db, long from, CancellationToken ct) =>
        WindowAsync(
            db.AuditEntries.AsNoTracking().Where(a => a.Id > from).OrderBy(a => a.Id).Select(a => a.Id), from, ct);

    private static Task<(List<long>? Ids, IdWindow? Window)> ReportWindowAsync(
        AppDbContext db, long from, CancellationToken ct) =>
        WindowAsync(
            db.ProgressReports.AsNoTracking().Where(r => r.Id > from).OrderBy(r => r.Id).Select(r => (long)r.Id),
            from,
            ct);

    /// <summary>
    /// The ids after <paramref name="from"/> (the query says which, in id order) and the window they leave; no ids
    /// when there are more than <see cref="AdvanceLimit"/>, too many to advance. Only the ids: the window holds about
    /// <see cref="DashboardVersion.Window"/> of them at every advance, and only the few not seen before are read in
    /// full (reading every row's action and entity name was 8 % of what the portal allocated under load).
    /// </summary>
    private static async Task<(List<long>? Ids, IdWindow? Window)> WindowAsync(
        IQueryable<long> after, long from, CancellationToken ct)
    {
        var ids = await after.Take(AdvanceLimit + 1).ToListAsync(ct);
        return ids.Count > AdvanceLimit ? (null, null) : (ids, IdWindow.Of(ids, from));
    }

    private static async Task<List<AuditRow>> AuditRowsAsync(AppDbContext db, List<long> ids, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new AuditRow(a.Id, a.Action, a.EntityType)).ToListAsync(ct);

    private static async Task<List<ReportRow>> ReportRowsAsync(AppDbContext db, List<long> ids, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : await db.ProgressReports.AsNoTracking().Where(r => ids.Contains(r.Id))
                .Select(r => new ReportRow(r.Id, r.PlanTargetId, r.CreatedAtUtc)).ToListAsync(ct);

    private sealed record AuditRow(long Id, string Action, string EntityType);

    private sealed record ReportRow(long Id, int PlanTargetId, DateTime CreatedAtUtc);

    /// <summary>
    /// The latest ids of a table, already reflected in the data: on SQL Server an insert may commit after one with a
    /// higher id, so the next read looks <see cref="DashboardVersion.Window"/> ids back and skips the ones seen.
    /// </summary>
    private sealed record IdWindow(long From, HashSet<long> Seen)
    {
        /// <summary>The window after reading <paramref name="ids"/> (every id after <paramref name="from"/>).</summary>
        public static IdWindow Of(IEnumerable<long> ids, long from)
        {
            var seen = ids.ToHashSet();
            var next = seen.Count == 0 ? from : Math.Max(from, seen.Max() - DashboardVersion.Window);
            seen.RemoveWhere(id => id <= next);
            return new IdWindow(next, seen);
        }
    }
}

/// <summary>A target as the dashboard needs it: ids, deadline and its latest report's percent (null: none).</summary>
internal sealed record TargetFact(int Id, int UnitId, int AreaId, DateOnly Deadline, decimal? Latest);

internal sealed record GroupInfo(int Id, string Name, EmulationGroupKind Kind);

internal sealed record UnitInfo(int Id, string Code, string Name, string SearchName, UnitKind Kind, int? GroupId);

internal sealed record PlanInfo(int Id, int UnitId, PlanStatus Status);
