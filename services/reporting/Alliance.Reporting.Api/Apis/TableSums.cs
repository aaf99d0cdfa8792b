using Alliance.Activity.Domain;
using Alliance.Membership.Domain;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;
using Alliance.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// One line of a table's sums, for one programme year: the accepted incomes of a category, the accepted activities of a kind
/// (both over the view's dates, with how many records), or the year's subsidy.
/// </summary>
internal sealed record TableSum(string Source, int Year, string Code, decimal Amount, int Count);

/// <summary>
/// What a summary table and last year's beside it count besides the members, summed in SQL in one statement: the formulas
/// (revenue's <see cref="CategoryTotals"/>, activity's <see cref="ActivityKpis"/>) add up sums as they add up records.
/// </summary>
internal static class TableSums
{
    public const string Income = "income";
    public const string Activity = "activity";
    public const string Subsidy = "subsidy";

    /// <summary>The round's year's lines and, where the programme had a year before it, that year's for the same round and view.</summary>
    public static async Task<IReadOnlyList<TableSum>> ReadAsync(
        ReportingDbContext db, Guid allianceId, ReportRound round, SummaryView view, CancellationToken cancellationToken)
    {
        var (roc, dates) = (round.Year.Roc, SummaryViews.RecordDates(round, view));
        var (start, end) = (dates.Start, dates.End);
        // Without a year before it (the programme's first), last year's dates select nothing: no copy is of year 0.
        var (lastRoc, lastDates) = LastYearOf(round) is { } last ? (last.Year.Roc, SummaryViews.RecordDates(last, view)) : (0, dates);
        var (lastStart, lastEnd) = (lastDates.Start, lastDates.End);
        return await db.Database.SqlQuery<TableSum>($"""
            SELECT 'income' AS source, year, category AS code, sum(amount) AS amount, count(*)::int AS count
            FROM income_copies
            WHERE alliance_id = {allianceId} AND status = {TableSources.Accepted}
              AND ((year = {roc} AND date BETWEEN {start} AND {end}) OR (year = {lastRoc} AND date BETWEEN {lastStart} AND {lastEnd}))
            GROUP BY year, category
            UNION ALL
            SELECT 'activity', year, kind, sum(figure), count(*)::int
            FROM activity_copies
            WHERE alliance_id = {allianceId} AND status = {TableSources.Accepted}
              AND ((year = {roc} AND date BETWEEN {start} AND {end}) OR (year = {lastRoc} AND date BETWEEN {lastStart} AND {lastEnd}))
            GROUP BY year, kind
            UNION ALL
            SELECT 'subsidy', year, '', amount, 1
            FROM subsidy_copies
            WHERE alliance_id = {allianceId} AND year IN ({roc}, {lastRoc})
            """).ToListAsync(cancellationToken);
    }

    /// <summary>The same round of the year before, when the programme had one.</summary>
    public static ReportRound? LastYearOf(ReportRound round) =>
        ProgrammeYear.TryCreate(round.Year.Roc - 1, out var previous) ? new ReportRound(previous, round.Kind) : null;

    /// <summary>The figures of <paramref name="year"/> from its lines and its members counted at that year's cutoff.</summary>
    public static TableFigures FiguresOf(IReadOnlyList<TableSum> sums, ProgrammeYear year, MemberSummary members)
    {
        var lines = sums.Where(s => s.Year == year.Roc).ToArray();
        // A category or kind this service does not know never counts, as with the records.
        var incomes = lines.Where(s => s.Source == Income)
            .Select(s => (Category: KebabCodes.Parse<IncomeCategory>(s.Code), s.Amount, s.Count)).Where(s => s.Category is not null).ToArray();
        var activities = lines.Where(s => s.Source == Activity)
            .Select(s => (Kind: KebabCodes.Parse<ActivityKind>(s.Code), s.Amount)).Where(s => s.Kind is not null);
        var subsidy = lines.Where(s => s.Source == Subsidy).Select(s => (decimal?)s.Amount).SingleOrDefault();
        return TableFigures.Of(members, incomes.Select(s => (s.Category!.Value, s.Amount)), subsidy,
            incomes.Where(s => s.Category == IncomeCategory.TechnicalService).Sum(s => s.Count),
            activities.Select(s => (s.Kind!.Value, s.Amount)));
    }
}
