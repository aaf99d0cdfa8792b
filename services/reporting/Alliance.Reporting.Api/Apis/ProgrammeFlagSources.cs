using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Programme;
using Alliance.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>What the alliance list shows beside an alliance's figures: its current round's status, its flags and its badge.</summary>
internal sealed record AllianceStanding(RoundStatus Status, IReadOnlyList<RaisedFlag> Flags, bool Outstanding);

/// <summary>
/// The rest of the alliance list, again in a fixed number of queries: the year's and last year's operating revenue through the
/// same dates (sums in SQL), who had a subsidy last year, the current round's reports, and the copies of site-visit's abnormal
/// flags and confirmed outstanding alliances.
/// </summary>
internal static class ProgrammeFlagSources
{
    public static async Task<IReadOnlyDictionary<Guid, AllianceStanding>> LoadAsync(
        ReportingDbContext db, ProgrammeYear year, DateOnly asOf, ReportRound round, IQueryable<SubsidyCopy> subsidies,
        IReadOnlyList<ProgrammeAlliance> alliances, CancellationToken cancellationToken)
    {
        var roc = year.Roc;
        var toDate = await RevenueThroughAsync(db, subsidies, year, asOf, cancellationToken);
        IReadOnlyDictionary<Guid, decimal> lastYearToDate = new Dictionary<Guid, decimal>();
        var inLastYear = new HashSet<Guid>();
        if (ProgrammeYear.TryCreate(roc - 1, out var lastYear))
        {
            lastYearToDate = await RevenueThroughAsync(db, subsidies, lastYear, SameDates.YearBefore(asOf), cancellationToken);
            inLastYear = (await (from previous in ProgrammeSources.SubsidiesOf(db, lastYear.Roc)
                                 join s in subsidies on previous.AllianceId equals s.AllianceId
                                 select previous.AllianceId).ToListAsync(cancellationToken)).ToHashSet();
        }

        var roundId = round.Id;
        var statuses = await (from r in db.RoundReports.AsNoTracking().Where(r => r.RoundId == roundId)
                              join s in subsidies on r.AllianceId equals s.AllianceId
                              select new { r.AllianceId, r.Status }).ToDictionaryAsync(r => r.AllianceId, r => r.Status, cancellationToken);
        var abnormal = await (from f in db.AbnormalFlags.AsNoTracking().Where(f => f.Flagged)
                              join s in subsidies on f.AllianceId equals s.AllianceId
                              select new { f.AllianceId, f.Reason }).ToDictionaryAsync(f => f.AllianceId, f => f.Reason, cancellationToken);
        var outstanding = (await db.Outstanding.AsNoTracking().Where(o => o.Year == roc && o.Confirmed).Select(o => o.AllianceId)
            .ToListAsync(cancellationToken)).ToHashSet();

        return alliances.ToDictionary(a => a.Id, a =>
        {
            var f = a.Figures;
            var inputs = new FlagInputs(a.Phase, a.YearInPhase, f.Revenue.OperatingRevenue, f.Subsidy, toDate.GetValueOrDefault(a.Id),
                inLastYear.Contains(a.Id) ? lastYearToDate.GetValueOrDefault(a.Id) : null, f.FirmMembers, f.FirmMemberTarget, abnormal.GetValueOrDefault(a.Id));
            return new AllianceStanding(statuses.GetValueOrDefault(a.Id, RoundStatus.NotStarted), ProgrammeFlags.Of(inputs), outstanding.Contains(a.Id));
        });
    }

    /// <summary>Each alliance's operating revenue of <paramref name="year"/> from its records dated through <paramref name="asOf"/>, by revenue's formula.</summary>
    private static async Task<IReadOnlyDictionary<Guid, decimal>> RevenueThroughAsync(
        ReportingDbContext db, IQueryable<SubsidyCopy> subsidies, ProgrammeYear year, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (SameDates.Through(year, asOf) is not { } dates)
        {
            return new Dictionary<Guid, decimal>();
        }

        var sums = await ProgrammeSources.SumsAsync(db, subsidies, year.Roc, dates, cancellationToken);
        return sums.GroupBy(s => s.AllianceId).ToDictionary(
            g => g.Key, g => OperatingRevenue.Compute(ProgrammeSources.Totals(g.Select(s => (s.Category, s.Amount))), subsidy: null).OperatingRevenue);
    }
}
