using Alliance.Revenue.Api.Data;
using Alliance.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Apis;

/// <summary>One alliance-year's figures over a date range, in one aggregate query plus the subsidy.</summary>
internal sealed record YearFigures(ProgrammeYear Year, DateRange Range, RevenueFigures Figures, int PendingCount, int FlaggedCount);

internal static class RevenueFiguresQuery
{
    /// <summary>
    /// Sums by category and status in the database (never loading the entries): accepted sums feed
    /// the formula, pending and flagged are counted apart, voided ones are left out. An entry whose
    /// stored category revenue cannot read never counts and is counted with the flagged, whatever
    /// its status says, so it is neither added nor silently dropped.
    /// </summary>
    public static async Task<YearFigures> ForAsync(RevenueDbContext db, Guid allianceId, ProgrammeYear year, DateRange range, CancellationToken cancellationToken)
    {
        var roc = year.Roc;
        var (start, end) = (range.Start, range.End);
        var groups = await db.Incomes.AsNoTracking()
            .Where(i => i.AllianceId == allianceId && i.Year == roc && i.Date >= start && i.Date <= end && i.Status != IncomeStatus.Voided)
            .GroupBy(i => new { i.Category, i.Status })
            .Select(g => new { g.Key.Category, g.Key.Status, Total = g.Sum(i => i.Amount), Count = g.Count() })
            .ToListAsync(cancellationToken);
        var subsidy = await db.Subsidies.AsNoTracking()
            .Where(s => s.AllianceId == allianceId && s.Year == roc)
            .Select(s => (decimal?)s.Amount)
            .SingleOrDefaultAsync(cancellationToken);

        var readable = groups.Where(g => Enum.IsDefined(g.Category)).ToList();
        var totals = CategoryTotals.From(readable.Where(g => g.Status == IncomeStatus.Accepted).Select(g => (g.Category, g.Total)));
        return new YearFigures(year, range, OperatingRevenue.Compute(totals, subsidy),
            readable.Where(g => g.Status == IncomeStatus.Pending).Sum(g => g.Count),
            groups.Except(readable).Sum(g => g.Count) + readable.Where(g => g.Status == IncomeStatus.Flagged).Sum(g => g.Count));
    }
}
