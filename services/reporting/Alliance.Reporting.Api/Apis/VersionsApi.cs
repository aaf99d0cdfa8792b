using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain.Summary;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>A round's submission versions, and any two of them compared row by row, for the alliance's readers.</summary>
public static class VersionsApi
{
    public static RouteGroupBuilder MapVersionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/rounds/{{roundId}}/versions").WithTags("Round reports");
        group.MapGet("/", GetVersions).WithName(nameof(GetVersions))
            .WithSummary("Every submission, oldest first: number, when, by whom, its deadline and how late, and the centre's reopening or audit of it.");
        group.MapGet("/{a:int}/compare/{b:int}", CompareVersions).WithName(nameof(CompareVersions))
            .WithSummary("Two submissions row by row in ?view=quarterly (default) or cumulative: each row's figure in both and whether it changed; 404 for an unknown version.");
        return group;
    }

    public static async Task<Ok<VersionsResponse>> GetVersions(Guid allianceId, string roundId, Caller caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var round = SummaryInput.Round(roundId);
        var state = await RoundReports.ReadAsync(db, allianceId, round.Id, cancellationToken);
        var versions = await db.Submissions.AsNoTracking()
            .Where(s => s.AllianceId == allianceId && s.RoundId == round.Id)
            .OrderBy(s => s.Number)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new VersionsResponse(allianceId, round.Id, state.Status, state.Version, await VersionResponse.OfAsync(db, versions, cancellationToken)));
    }

    public static async Task<Ok<CompareResponse>> CompareVersions(
        Guid allianceId, string roundId, int a, int b, string? view, Caller caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var round = SummaryInput.Round(roundId);
        var shown = SummaryInput.View(view);
        var found = await db.Submissions.AsNoTracking()
            .Where(s => s.AllianceId == allianceId && s.RoundId == round.Id && (s.Number == a || s.Number == b))
            .ToDictionaryAsync(s => s.Number, s => s.Content, cancellationToken);
        var first = SubmittedContent.Read(found.GetValueOrDefault(a) ?? throw RoundMessages.NoSuchVersion(a));
        var second = SubmittedContent.Read(found.GetValueOrDefault(b) ?? throw RoundMessages.NoSuchVersion(b));
        var rows = SummaryKpis.All.Select(kpi =>
        {
            var (x, y) = (first.ActualOf(kpi, shown), second.ActualOf(kpi, shown));
            return new CompareRowResponse(SummaryKpis.Code(kpi), x, y, RowFigures.Differ(x, y));
        }).ToArray();
        return TypedResults.Ok(new CompareResponse(allianceId, round.Id, SummaryViews.Code(shown), a, b, rows));
    }
}
