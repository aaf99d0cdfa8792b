using Alliance.Reporting.Api.Data;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

public static class RosterApi
{
    public static RouteGroupBuilder MapRosterApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances").WithTags("Roster");
        group.MapGet("/", ListRoster).WithName(nameof(ListRoster)).WithSummary("The alliances reporting knows of, fed by membership's events.");
        return group;
    }

    public static async Task<Ok<RosterAllianceResponse[]>> ListRoster(Caller caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        // A copy that has heard only of a termination knows no name yet: it is listed once its details arrive.
        var alliances = await db.Alliances.AsNoTracking().ReadableBy(caller, a => a.Id)
            .Where(a => a.DetailsVersion != null)
            .OrderBy(a => a.Code)
            .Select(a => new RosterAllianceResponse(a.Id, a.Code, a.Name, a.HostInstitution, a.DomainCode, a.Phase, a.YearInPhase, a.PiUserName))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(alliances);
    }
}

public sealed record RosterAllianceResponse(
    Guid Id, string Code, string Name, string HostInstitution, string DomainCode, int Phase, int YearInPhase, string PiUserName);
