using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Programme;
using Alliance.Reporting.Domain.Summary;
using Alliance.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>One alliance of a year's programme: who it is, its figures as its summary table counts them, and its targets shown.</summary>
internal sealed record ProgrammeAlliance(Guid Id, string Code, string Name, int Phase, int YearInPhase, AllianceFigures Figures, TargetValues? Targets);

/// <summary>
/// A year's programme read from reporting's copies in a fixed number of queries, each of a few rows per alliance whatever the number
/// of records: the alliances with an approved subsidy (above 0) for the year, their accepted incomes of the year by category as the
/// copies' trigger keeps them summed over the dates of the year's cumulative kpi-2 table (<see cref="IncomeYearSum"/>), their
/// current members as it keeps them counted at the cutoff (<see cref="MemberCounts"/>), and their targets shown. Each figure is the
/// one the alliance's own summary table shows for 108-kpi-2, cumulative.
/// </summary>
internal static class ProgrammeSources
{
    /// <param name="subsidies">the year's approved subsidies, cut down to the alliances the caller may read where it reads not all</param>
    public static async Task<IReadOnlyList<ProgrammeAlliance>> LoadAsync(
        ReportingDbContext db, ProgrammeYear year, IQueryable<SubsidyCopy> subsidies, CancellationToken cancellationToken)
    {
        var roc = year.Roc;
        var alliances = await (from s in subsidies
                               join a in db.Alliances on s.AllianceId equals a.Id
                               where a.DetailsVersion != null
                               join p in db.Phases.Where(p => p.Year == roc) on a.Id equals p.AllianceId into phases
                               from p in phases.DefaultIfEmpty()
                               orderby a.Code
                               select new
                               {
                                   a.Id, a.Code, a.Name, a.DomainCode, s.Amount,
                                   Phase = p == null ? a.Phase : p.Phase, YearInPhase = p == null ? a.YearInPhase : p.YearInPhase,
                               }).AsNoTracking().ToListAsync(cancellationToken);

        var ids = alliances.Select(a => a.Id).ToArray();
        var incomes = (await db.IncomeYearSums.AsNoTracking()
            .Where(i => ids.Contains(i.AllianceId) && i.Year == roc && i.Entries > 0)
            .Select(i => new CategorySum(i.AllianceId, i.Category, i.Amount))
            .ToListAsync(cancellationToken)).ToLookup(i => i.AllianceId);
        var members = await MemberCounts.TotalsByKindAsync(db, ids, year, cancellationToken);

        var targets = await (from t in db.Targets.AsNoTracking().Where(t => t.Year == roc).Where(SummaryTable.IsShown)
                             join s in subsidies on t.AllianceId equals s.AllianceId
                             select new { t.AllianceId, t.Values }).ToDictionaryAsync(t => t.AllianceId, t => TargetValuesJson.ReadStored(t.Values), cancellationToken);

        return alliances.Select(a =>
        {
            var counted = members.GetValueOrDefault(a.Id, KindTotals.None);
            var shown = targets.GetValueOrDefault(a.Id);
            var figures = new AllianceFigures(a.Id, a.DomainCode, a.Amount, counted.Firms, counted.Individuals, counted.Others,
                Totals(incomes[a.Id].Select(i => (i.Category, i.Amount))), shown?.FirmMembers?.Total);
            return new ProgrammeAlliance(a.Id, a.Code, a.Name, a.Phase, a.YearInPhase, figures, shown);
        }).ToArray();
    }

    /// <summary>The year's approved subsidies: an alliance belongs to a year's programme when it has one above 0.</summary>
    public static IQueryable<SubsidyCopy> SubsidiesOf(ReportingDbContext db, int roc) => db.Subsidies.AsNoTracking().Where(s => s.Year == roc && s.Amount > 0);

    /// <summary>One sum of accepted amounts per alliance and category, of the incomes of <paramref name="roc"/> dated in <paramref name="dates"/>.</summary>
    public static async Task<List<CategorySum>> SumsAsync(
        ReportingDbContext db, IQueryable<SubsidyCopy> subsidies, int roc, DateRange dates, CancellationToken cancellationToken)
    {
        var (start, end) = (dates.Start, dates.End);
        return await (from i in db.Incomes
                      join s in subsidies on i.AllianceId equals s.AllianceId
                      where i.Year == roc && i.Status == TableSources.Accepted && i.Date >= start && i.Date <= end
                      group i by new { i.AllianceId, i.Category } into g
                      select new CategorySum(g.Key.AllianceId, g.Key.Category, g.Sum(i => i.Amount))).ToListAsync(cancellationToken);
    }

    /// <summary>Revenue's category totals of summed amounts; a category this service does not know never counts, as in the summary.</summary>
    public static CategoryTotals Totals(IEnumerable<(string Category, decimal Amount)> sums) =>
        CategoryTotals.From(sums.Select(s => (Category: KebabCodes.Parse<IncomeCategory>(s.Category), s.Amount))
            .Where(s => s.Category is not null).Select(s => (s.Category!.Value, s.Amount)));
}

internal sealed record CategorySum(Guid AllianceId, string Category, decimal Amount);
