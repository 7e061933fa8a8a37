using System.Globalization;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.DataGen;

/// <summary>
/// Writes the nominations, council sessions, ballots and decisions built in memory. Navigations to rows written in
/// another batch (award forms, decisions, agenda nominations) are cut first, their keys kept, so that a batch never
/// inserts a row twice; the decision a nomination belongs to is then set with one UPDATE per decision.
/// </summary>
internal static class NominationWriter
{
    public static async Task InsertAsync(BulkDatabase database, Random random, Province province, NominationSet set, CouncilOutcome council)
    {
        var covered = council.Decisions.Select(d => (Decision: d, Nominations: d.Nominations.ToList())).ToList();
        foreach (var nomination in set.Batches.SelectMany(b => b.Nominations).Concat(set.Drafts))
        {
            nomination.AwardForm = null;
            nomination.AwardDecision = null;
        }

        foreach (var decision in council.Decisions)
        {
            decision.AwardForm = null;
            decision.Nominations = [];
        }

        foreach (var item in council.Sessions.SelectMany(s => s.Agenda))
        {
            item.Nomination = null;
        }

        await database.InsertAsync(set.Reopenings);
        await database.InsertAsync(set.Batches, b => 1 + b.Nominations.Sum(Rows));
        await database.InsertAsync(set.Drafts, Rows);
        await database.InsertAsync(council.Decisions);
        foreach (var (decision, ids) in covered)
        {
            await database.ExecuteAsync(string.Create(CultureInfo.InvariantCulture,
                $"UPDATE \"Nominations\" SET \"AwardDecisionId\" = {decision.Id} WHERE \"Id\" IN ({string.Join(",", ids.Select(n => n.Id))});"));
        }

        await database.InsertAsync(council.Sessions, s => 1 + s.Members.Count + s.Agenda.Count);
        await database.InsertAsync(council.Receipts);
        await database.InsertAsync(council.Votes);
        await database.InsertAsync(DecisionNotifications(random, province, covered));
    }

    private static int Rows(Nomination n) => 1 + n.Transitions.Count + n.Attachments.Count + n.Targets.Count;

    /// <summary>
    /// What the portal sends when a decision is recorded: one notification per covered nomination to each user of its
    /// unit. Produced while they are inserted, so that tens of thousands of them are never held at once.
    /// </summary>
    private static IEnumerable<Notification> DecisionNotifications(Random random, Province province, List<(AwardDecision Decision, List<Nomination> Nominations)> covered)
    {
        var formNames = province.AwardForms.ToDictionary(f => f.Id, f => f.Name);
        foreach (var (decision, nominations) in covered)
        {
            var decided = decision.Kind == AwardDecisionKind.Decision;
            foreach (var nomination in nominations)
            {
                var body = decided
                    ? $"{nomination.NomineeName}: được tặng {formNames[decision.AwardFormId]} theo Quyết định số {decision.Number} ngày {decision.Date:dd/MM/yyyy}."
                    : $"{nomination.NomineeName}: UBND tỉnh đã có Tờ trình số {decision.Number} ngày {decision.Date:dd/MM/yyyy} đề nghị Thủ tướng Chính phủ tặng Bằng khen.";
                foreach (var person in province.PeopleOf(nomination.UnitId).All)
                {
                    var notification = new Notification
                    {
                        UserId = person.Id,
                        Kind = NotificationKind.Nomination,
                        Title = decided ? "Hồ sơ khen thưởng của đơn vị đã có quyết định" : "Hồ sơ khen thưởng của đơn vị đã được trình Thủ tướng Chính phủ",
                        Body = body.Length <= 280 ? body : body[..279] + "…",
                        Link = string.Create(CultureInfo.InvariantCulture, $"/Nominations/Details/{nomination.Id}"),
                        CreatedAtUtc = decision.RecordedAtUtc,
                    };
                    if (random.NextDouble() < 0.5)
                    {
                        notification.MarkRead(decision.RecordedAtUtc.AddHours(random.Next(1, 96)));
                    }

                    yield return notification;
                }
            }
        }
    }
}
