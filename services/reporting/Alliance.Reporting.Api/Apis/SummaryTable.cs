using System.Linq.Expressions;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>One row of a computed table, each figure as <see cref="TableFigures.FigureOf"/> gives it (the target: a number or the breakdown).</summary>
internal sealed record SummaryTableRow(SummaryKpi Kpi, object? Target, object? Actual, object? LastYear);

/// <summary>
/// The figures of one summary table, computed once for every form it is shown in (the JSON, the PDF, the workbook):
/// the actuals of the round and view, last year's of the same round and view, and the year's submitted or approved targets.
/// </summary>
internal sealed record SummaryTable(Guid AllianceId, ReportRound Round, SummaryView View, IReadOnlyList<SummaryTableRow> Rows)
{
    public static async Task<SummaryTable> ComputeAsync(
        ReportingDbContext db, Guid allianceId, ReportRound round, SummaryView view, CancellationToken cancellationToken) =>
        await ComputeAsync(db, allianceId, round, view, await CountMembersAsync(db, allianceId, round, cancellationToken), cancellationToken);

    /// <summary>The alliance's members counted at the cutoffs a table of <paramref name="round"/> shows: its year's and last year's.</summary>
    public static Task<MemberCounts> CountMembersAsync(ReportingDbContext db, Guid allianceId, ReportRound round, CancellationToken cancellationToken) =>
        MemberCounts.ReadAsync(db, allianceId, TableSums.LastYearOf(round) is { } last ? [round.Year, last.Year] : [round.Year], cancellationToken);

    /// <param name="members">the alliance's members counted, read once for every table of a request (<see cref="CountMembersAsync"/>)</param>
    public static async Task<SummaryTable> ComputeAsync(
        ReportingDbContext db, Guid allianceId, ReportRound round, SummaryView view, MemberCounts members, CancellationToken cancellationToken)
    {
        var sums = await TableSums.ReadAsync(db, allianceId, round, view, cancellationToken);
        var current = TableSums.FiguresOf(sums, round.Year, members.Of(round.Year));
        var lastYear = TableSums.LastYearOf(round) is { } last ? TableSums.FiguresOf(sums, last.Year, members.Of(last.Year)) : null;

        var targets = await TargetsShownAsync(db, allianceId, round.Year.Roc, cancellationToken);
        var rows = SummaryKpis.All.Select(kpi => new SummaryTableRow(
            kpi, SummaryKpis.TargetOf(kpi) is { } target ? TargetOf(targets, target) : null, current.FigureOf(kpi), lastYear?.FigureOf(kpi))).ToArray();
        return new SummaryTable(allianceId, round, view, rows);
    }

    /// <summary>Targets a table shows: submitted or approved ones; none while a draft or returned.</summary>
    public static readonly Expression<Func<AllianceTargets, bool>> IsShown = t => t.Status == TargetStatus.Submitted || t.Status == TargetStatus.Approved;

    /// <summary>The year's targets the table shows: submitted or approved ones; none while a draft or returned.</summary>
    private static async Task<TargetValues?> TargetsShownAsync(ReportingDbContext db, Guid allianceId, int year, CancellationToken cancellationToken)
    {
        var stored = await db.Targets.AsNoTracking()
            .Where(t => t.AllianceId == allianceId && t.Year == year).Where(IsShown)
            .Select(t => t.Values)
            .SingleOrDefaultAsync(cancellationToken);
        return stored is null ? null : TargetValuesJson.ReadStored(stored);
    }

    private static object? TargetOf(TargetValues? targets, TargetKpi kpi) =>
        targets is null ? null : kpi == TargetKpi.FirmMembers ? targets.FirmMembers : targets.Figures.TryGetValue(kpi, out var figure) ? figure : null;
}
