using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Unit;

public sealed class AuditDisplayTests
{
    /// <summary>The rows the audit collector leaves out (AuditCollector): they never show on the audit page.</summary>
    private static readonly HashSet<Type> NeverAudited =
        [typeof(Notification), typeof(BallotVote), typeof(SealedBallot)];

    [Fact]
    public void Every_kind_of_row_the_audit_records_has_a_Vietnamese_name()
    {
        using var db = new Migrations.Sqlite.DesignTimeFactory().CreateDbContext([]);

        var unnamed = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && !NeverAudited.Contains(t.ClrType))
            .Select(t => t.ClrType.Name)
            .Distinct()
            .Where(name => AuditDisplay.EntityName(name) == name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unnamed.Count == 0, string.Join(", ", unnamed));
    }
}
