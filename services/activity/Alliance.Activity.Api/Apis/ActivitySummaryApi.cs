using Alliance.Activity.Api.Data;
using Alliance.Activity.Domain;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Activity.Api.Apis;

/// <summary>An alliance's activity and outcome KPIs for a year, or a date range inside it.</summary>
public static class ActivitySummaryApi
{
    public static RouteGroupBuilder MapActivitySummaryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}").WithTags("Summary");
        group.MapGet("/summary", GetActivitySummary).WithName(nameof(GetActivitySummary))
            .WithSummary("One figure per KPI in the programme's order (counts; people for new hires; NTD for derived output value), " +
                "of accepted records only; patents with their applications and grants; pending and flagged records counted apart.");
        return group;
    }

    public static async Task<Ok<ActivitySummaryResponse>> GetActivitySummary(
        Guid allianceId, int? year, DateOnly? from, DateOnly? to, Caller caller, ActivityDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var programmeYear = Guards.Year(year);
        var range = RangeOf(programmeYear, from, to);
        var (roc, start, end) = (programmeYear.Roc, range.Start, range.End);
        // Sums per kind and status in the database, never loading the records; voided ones are left out.
        var groups = await db.Activities.AsNoTracking()
            .Where(a => a.AllianceId == allianceId && a.Year == roc && a.Date >= start && a.Date <= end && a.Status != ActivityStatus.Voided)
            .GroupBy(a => new { a.Kind, a.Status })
            .Select(g => new { g.Key.Kind, g.Key.Status, Figure = g.Sum(a => a.Figure), Count = g.Count() })
            .ToListAsync(cancellationToken);
        var figures = ActivityKpis.Summarise(groups.Where(g => g.Status == ActivityStatus.Accepted).Select(g => (g.Kind, g.Figure)));
        return TypedResults.Ok(new ActivitySummaryResponse(allianceId, roc, start, end,
            figures.Select(f => new KpiFigureResponse(KebabNames.Of(f.Kpi), f.Figure, f.Applied, f.Granted)).ToArray(),
            groups.Where(g => g.Status == ActivityStatus.Pending).Sum(g => g.Count),
            groups.Where(g => g.Status == ActivityStatus.Flagged).Sum(g => g.Count)));
    }

    /// <summary>The records' dates to count: the programme year Y/02/01–(Y+1)/01/31 by default; both ends must lie in it (400).</summary>
    private static DateRange RangeOf(ProgrammeYear year, DateOnly? from, DateOnly? to)
    {
        var period = year.Period;
        var start = from ?? period.Start;
        var end = to ?? period.End;
        var message = new LocalizedText(
            $"期間須在 {RocDate.Format(period.Start)} 至 {RocDate.Format(period.End)} 之間，且開始不晚於結束。",
            $"The range must lie between {period.Start:yyyy-MM-dd} and {period.End:yyyy-MM-dd}, its start not after its end.");
        if (!period.Contains(start) || start > end)
        {
            throw DomainException.Invalid("from", message);
        }

        return period.Contains(end) ? DateRange.Create(start, end) : throw DomainException.Invalid("to", message);
    }
}

/// <summary>The activity summary of the API contract: every KPI in order, and the records that wait or are flagged.</summary>
/// <param name="PendingCount">records kept pending (member not yet known), not counted</param>
/// <param name="FlaggedCount">records whose member stopped qualifying, not counted until it qualifies again</param>
public sealed record ActivitySummaryResponse(
    Guid AllianceId, int Year, DateOnly From, DateOnly To, KpiFigureResponse[] Kpis, int PendingCount, int FlaggedCount);

/// <param name="Kpi">the KPI's code (promotion-events, …, derived-output-value)</param>
/// <param name="Figure">a count; people for new-hires; NTD for derived-output-value</param>
/// <param name="Applied">patents only: the applications among the figure</param>
/// <param name="Granted">patents only: the grants among the figure</param>
public sealed record KpiFigureResponse(string Kpi, decimal Figure, int? Applied, int? Granted);
