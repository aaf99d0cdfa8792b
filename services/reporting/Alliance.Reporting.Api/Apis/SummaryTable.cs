using System.Linq.Expressions;
using Alliance.Messaging.Roster.Members;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>One row of a summary table as counted now: the KPI, its target, its actual and last year's result.</summary>
/// <param name="Target">the submitted or approved target; the breakdown object for firm-members; null when none</param>
/// <param name="Actual">the row's figure (<see cref="TableFigures.FigureOf"/>)</param>
/// <param name="LastYear">the same round and view one year earlier, recomputed from that year's records</param>
internal sealed record TableRow(SummaryKpi Kpi, object? Target, object? Actual, object? LastYear);

/// <summary>The rows of a round's table in one view, counted from reporting's copies: what the summary shows and a submission freezes.</summary>
internal static class SummaryTable
{
    /// <param name="members">the alliance's member copies, read once for every table of a request (<see cref="TableSources.ReadMembersAsync"/>)</param>
    public static async Task<IReadOnlyList<TableRow>> ReadAsync(
        ReportingDbContext db, Guid allianceId, ReportRound round, SummaryView view, IReadOnlyList<RosterMember> members, CancellationToken cancellationToken)
    {
        var current = (await TableSources.LoadAsync(db, allianceId, round, view, members, cancellationToken)).Figures();
        TableFigures? lastYear = null;
        if (ProgrammeYear.TryCreate(round.Year.Roc - 1, out var previous))
        {
            lastYear = (await TableSources.LoadAsync(db, allianceId, new ReportRound(previous, round.Kind), view, members, cancellationToken)).Figures();
        }

        var targets = await TargetsShownAsync(db, allianceId, round.Year.Roc, cancellationToken);
        return SummaryKpis.All.Select(kpi => new TableRow(
            kpi, SummaryKpis.TargetOf(kpi) is { } target ? TargetOf(targets, target) : null, current.FigureOf(kpi), lastYear?.FigureOf(kpi))).ToArray();
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
