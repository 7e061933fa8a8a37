using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Domain.Data;

public static class EmulationPactQueries
{
    /// <summary>
    /// The pacts with what scoring, totals and the ranking read (<see cref="EmulationPact.TotalOf"/>,
    /// <see cref="EmulationPact.Ranking"/>): signatories, the criteria table, the bonus/penalty items, the sheets and
    /// their lines; split queries (one per collection).
    /// </summary>
    public static IQueryable<EmulationPact> WithScoring(this IQueryable<EmulationPact> pacts) => pacts
        .Include(p => p.Signatories).Include(p => p.Sections).ThenInclude(s => s.Criteria)
        .Include(p => p.Adjustments).Include(p => p.ScoreSheets).ThenInclude(s => s.Lines)
        .AsSplitQuery();
}
