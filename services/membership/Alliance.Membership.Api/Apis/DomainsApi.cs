using Alliance.Membership.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Apis;

public static class DomainsApi
{
    public static RouteGroupBuilder MapDomainsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/domains").WithTags("Domains");
        group.MapGet("/", ListDomains).WithName(nameof(ListDomains)).WithSummary("The programme's domains (領域), in display order.");
        return group;
    }

    public static async Task<Ok<DomainResponse[]>> ListDomains(MembershipDbContext db, CancellationToken cancellationToken)
    {
        var domains = await db.Domains.AsNoTracking()
            .OrderBy(d => d.SortOrder)
            .Select(d => new DomainResponse(d.Code, d.NameZh, d.NameEn, d.SortOrder, d.Version))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(domains);
    }
}

public sealed record DomainResponse(string Code, string NameZh, string NameEn, int SortOrder, uint Version);
