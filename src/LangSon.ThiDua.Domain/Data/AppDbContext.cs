using LangSon.ThiDua.Domain.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Domain.Data;

/// <summary>
/// The portal's database. The web app leases instances from EF Core's pool (one per request or background scope) and
/// tells each lease who acts (<see cref="AuditAs"/>); tools and tests construct one and call it too
/// (EF Core pools only a context whose one constructor takes the options).
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    private IAuditActor? actor;
    private TimeProvider time = TimeProvider.System;

    /// <summary>
    /// Whom and when the audit log records for this context's changes, set on each lease of a pooled instance (a lease
    /// returned to the pool keeps them until the next lease sets them again); auditing is on again.
    /// </summary>
    public AppDbContext AuditAs(IAuditActor auditActor, TimeProvider clock)
    {
        actor = auditActor ?? throw new ArgumentNullException(nameof(auditActor));
        time = clock ?? throw new ArgumentNullException(nameof(clock));
        AuditEnabled = true;
        return this;
    }

    /// <summary>
    /// The keys that protect sign-in and antiforgery cookies, shared by every web server of the portal (issue 9). Their
    /// XML is never copied into the audit log.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<ContentArea> ContentAreas => Set<ContentArea>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<EmulationGroup> EmulationGroups => Set<EmulationGroup>();

    public DbSet<EmulationPact> EmulationPacts => Set<EmulationPact>();

    public DbSet<PactSignatory> PactSignatories => Set<PactSignatory>();

    public DbSet<CriteriaSection> CriteriaSections => Set<CriteriaSection>();

    public DbSet<Criterion> Criteria => Set<Criterion>();

    public DbSet<PointAdjustment> PointAdjustments => Set<PointAdjustment>();

    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();

    public DbSet<ScoreLine> ScoreLines => Set<ScoreLine>();

    public DbSet<AwardForm> AwardForms => Set<AwardForm>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UnitPlan> UnitPlans => Set<UnitPlan>();

    public DbSet<PlanTransition> PlanTransitions => Set<PlanTransition>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<PlanTarget> PlanTargets => Set<PlanTarget>();

    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<ReminderRecipient> ReminderRecipients => Set<ReminderRecipient>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Nomination> Nominations => Set<Nomination>();

    public DbSet<NominationTarget> NominationTargets => Set<NominationTarget>();

    public DbSet<NominationTransition> NominationTransitions => Set<NominationTransition>();

    public DbSet<NominationBatch> NominationBatches => Set<NominationBatch>();

    public DbSet<NominationReopening> NominationReopenings => Set<NominationReopening>();

    public DbSet<CouncilSession> CouncilSessions => Set<CouncilSession>();

    public DbSet<CouncilMember> CouncilMembers => Set<CouncilMember>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<BallotReceipt> BallotReceipts => Set<BallotReceipt>();

    public DbSet<BallotVote> BallotVotes => Set<BallotVote>();

    public DbSet<SealedBallot> SealedBallots => Set<SealedBallot>();

    public DbSet<AwardDecision> AwardDecisions => Set<AwardDecision>();

    /// <summary>
    /// Sổ khen thưởng: every award received, decided here or imported from past decisions (issue 22).
    /// </summary>
    public DbSet<AwardRecord> AwardRecords => Set<AwardRecord>();

    /// <summary>Sở Nội vụ's decisions that two lines of the register are, or are not, the same person.</summary>
    public DbSet<AwardRecipientLink> AwardRecipientLinks => Set<AwardRecipientLink>();

    public DbSet<AwardEligibilityRule> AwardEligibilityRules => Set<AwardEligibilityRule>();

    public DbSet<NominationYearRating> NominationYearRatings => Set<NominationYearRating>();

    /// <summary>Phôi: where each award form's certificate prints its fields (issue 22).</summary>
    public DbSet<CertificateBlank> CertificateBlanks => Set<CertificateBlank>();

    public DbSet<ExemplaryModel> ExemplaryModels => Set<ExemplaryModel>();

    public DbSet<Feedback> Feedbacks => Set<Feedback>();

    public DbSet<DigestRun> DigestRuns => Set<DigestRun>();

    public DbSet<OutboundEmail> OutboundEmails => Set<OutboundEmail>();

    public DbSet<SeedRun> SeedRuns => Set<SeedRun>();

    /// <summary>
    /// Off only for bulk tools that are not user actions (the province-scale data generator); the app never turns it
    /// off.
    /// </summary>
    public bool AuditEnabled { get; set; } = true;

    private IAuditActor Actor => actor ?? throw new InvalidOperationException(
        "AppDbContext has no audit actor: a pooled instance is leased through AuditAs.");

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        var audit = AuditEnabled ? AuditCollector.Capture(ChangeTracker) : AuditCollector.None;
        if (!audit.HasChanges)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        var who = Actor;
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var savepoints = Database.AutoSavepointsEnabled;
        Database.AutoSavepointsEnabled = savepoints && transaction is null; // as in SaveChangesAsync
        try
        {
            var written = base.SaveChanges(acceptAllChangesOnSuccess);
            AuditEntries.AddRange(audit.ToEntries(who, time.GetUtcNow().UtcDateTime));
            base.SaveChanges(acceptAllChangesOnSuccess);
            transaction?.Commit();
            return written;
        }
        finally
        {
            Database.AutoSavepointsEnabled = savepoints;
        }
    }

    public override async Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        var audit = AuditEnabled ? AuditCollector.Capture(ChangeTracker) : AuditCollector.None;
        if (!audit.HasChanges)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var who = Actor;
        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;

        // A transaction of the save's own is rolled back whole when either save fails: the savepoints EF Core sets
        // around each save (for a caller's transaction that goes on after a failed save) would be four statements
        // for nothing. In a caller's transaction they stay.
        var savepoints = Database.AutoSavepointsEnabled;
        Database.AutoSavepointsEnabled = savepoints && transaction is null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(audit.ToEntries(who, time.GetUtcNow().UtcDateTime));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            Database.AutoSavepointsEnabled = savepoints;
        }
    }

    /// <summary>
    /// The audit log is append-only through the app: an entry is never modified or deleted.
    /// Optimistic concurrency on both providers: a versioned entity saves only if its version is still the one the
    /// user loaded (set the original value from the form), and every save moves the version on.
    /// </summary>
    private void BumpVersions()
    {
        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException(
                "Nhật ký hệ thống chỉ được ghi thêm: không sửa, không xóa một mục đã ghi.");
        }

        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
