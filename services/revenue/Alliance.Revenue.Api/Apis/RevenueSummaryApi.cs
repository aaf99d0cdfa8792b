using Alliance.Messaging.Writes;
using Alliance.Revenue.Api.Data;
using Alliance.Revenue.Domain;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Apis;

/// <summary>An alliance's operating revenue for a year (or a date range inside it), beside the previous year's.</summary>
public static class RevenueSummaryApi
{
    public static RouteGroupBuilder MapRevenueSummaryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}").WithTags("Summary");
        group.MapGet("/summary", GetRevenueSummary).WithName(nameof(GetRevenueSummary))
            .WithSummary("Category totals, recurring and operating revenue, subsidy and self-sufficiency, with the previous year and the change.");
        return group;
    }

    public static async Task<Ok<RevenueSummaryResponse>> GetRevenueSummary(
        Guid allianceId, int? year, DateOnly? from, DateOnly? to, Caller caller, RevenueDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var programmeYear = Guards.Year(year);
        var range = RangeOf(programmeYear, from, to);
        var previousYear = ProgrammeYear.Create(programmeYear.Roc - 1);
        var previousRange = DateRange.Create(range.Start.AddYears(-1), range.End.AddYears(-1));

        var current = await RevenueFiguresQuery.ForAsync(db, allianceId, programmeYear, range, cancellationToken);
        var previous = await RevenueFiguresQuery.ForAsync(db, allianceId, previousYear, previousRange, cancellationToken);
        return TypedResults.Ok(RevenueSummaryResponse.Of(allianceId, current, previous));
    }

    /// <summary>The entries' dates to count: the whole window Y/01/01–(Y+1)/01/31 by default; both ends must lie in it (400).</summary>
    private static DateRange RangeOf(ProgrammeYear year, DateOnly? from, DateOnly? to)
    {
        var window = year.ContractWindow;
        var start = from ?? window.Start;
        var end = to ?? window.End;
        var message = new LocalizedText(
            $"期間須在 {RocDate.Format(window.Start)} 至 {RocDate.Format(window.End)} 之間，且開始不晚於結束。",
            $"The range must lie between {window.Start:yyyy-MM-dd} and {window.End:yyyy-MM-dd}, its start not after its end.");
        if (!window.Contains(start) || start > end)
        {
            throw DomainException.Invalid("from", message);
        }

        return window.Contains(end) ? DateRange.Create(start, end) : throw DomainException.Invalid("to", message);
    }
}
