using Alliance.Messaging.Roster.People;
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
        // The PI's name comes from the copy of the people, which may not have heard of the account yet (null).
        var alliances = await (from a in db.Alliances.AsNoTracking().ReadableBy(caller, a => a.Id)
                               where a.DetailsVersion != null
                               join known in db.People() on a.PiUserName equals known.UserName into pis
                               from pi in pis.DefaultIfEmpty()
                               orderby a.Code
                               select new RosterAllianceResponse(
                                   a.Id, a.Code, a.Name, a.HostInstitution, a.DomainCode, a.Phase, a.YearInPhase, a.PiUserName, pi == null ? null : pi.DisplayName))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(alliances);
    }
}

public sealed record RosterAllianceResponse(
    Guid Id, string Code, string Name, string HostInstitution, string DomainCode, int Phase, int YearInPhase, string PiUserName, string? PiDisplayName);
