using Alliance.ServiceDefaults.Security;
using Alliance.SiteVisit.Api.Data;
using Alliance.SiteVisit.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>The ranking of a domain's visited alliances in a year, which the centre selects the outstanding alliance from.</summary>
public static class RankingsApi
{
    public static RouteGroupBuilder MapRankingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/rankings").WithTags("Rankings");
        group.MapGet("/", ListRanking).WithName(nameof(ListRanking))
            .WithSummary("The ranking of a domain's visited alliances in a year (centre and officers).")
            .WithDescription("Every alliance of the domain with at least one submitted form in that year's visits is ranked; the forms of all its visits " +
                "of the year are pooled. Alliances are ranked by their average total (the mean of their submitted forms' totals), highest first; " +
                "ties are broken by the higher lowest form total, then by the alliance code ascending, so every alliance has its own rank. " +
                "averageTotal is unrounded; drafts never count.");
        return group;
    }

    public static async Task<Ok<RankingResponse[]>> ListRanking(int? year, string? domainCode, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireOverseer(caller);
        var roc = Guards.Year(year).Roc;
        if (string.IsNullOrWhiteSpace(domainCode))
        {
            throw Guards.Invalid("domainCode", "請指定領域（domainCode）。", "Name the domain (domainCode).");
        }

        var domain = domainCode.Trim();
        var alliances = await db.Alliances.AsNoTracking().Where(a => a.DomainCode == domain && a.DetailsVersion != null).ToListAsync(cancellationToken);
        var ids = alliances.Select(a => a.Id).ToArray();
        var totals = await (from form in db.Forms.AsNoTracking()
                            join visit in db.Visits.AsNoTracking() on form.VisitId equals visit.Id
                            where visit.Year == roc && ids.Contains(visit.AllianceId) && form.SubmittedAt != null && form.Total != null
                            select new { visit.AllianceId, Total = form.Total!.Value }).ToListAsync(cancellationToken);
        var byAlliance = totals.ToLookup(t => t.AllianceId, t => t.Total);
        var ranked = Ranking.Rank(alliances.Select(a => new RankCandidate(a.Id, a.Code, byAlliance[a.Id].ToArray())));
        var names = alliances.ToDictionary(a => a.Id, a => a.Name);
        return TypedResults.Ok(ranked.Select(r => new RankingResponse(r.Rank, r.AllianceId, r.AllianceCode, names[r.AllianceId], r.AverageTotal, r.LowestTotal, r.Forms)).ToArray());
    }
}

/// <param name="AverageTotal">the mean of the alliance's submitted forms' totals in the year, unrounded</param>
/// <param name="LowestTotal">its lowest form total, the first tie-break</param>
/// <param name="Forms">how many submitted forms it has in the year</param>
public sealed record RankingResponse(int Rank, Guid AllianceId, string AllianceCode, string AllianceName, decimal AverageTotal, int LowestTotal, int Forms);
