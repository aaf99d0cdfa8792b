using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>The points a site-visit review form (實地查訪審查表) asks reviewers to assess.</summary>
public static class ReviewPointsApi
{
    public static RouteGroupBuilder MapReviewPointsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/review-points").WithTags("Review points");
        group.MapGet("/", ListReviewPoints).WithName(nameof(ListReviewPoints))
            .WithSummary("The review points of the site-visit review form.");
        return group;
    }

    public static Ok<ReviewPointResponse[]> ListReviewPoints() => TypedResults.Ok(Points);

    private static readonly ReviewPointResponse[] Points =
    [
        new("core-technology-use", "會員應用核心技術情形", "How members apply the core technology"),
        new("promotion-highlights", "推廣亮點或成功案例", "Promotion highlights or success cases"),
        new("public-results", "服務會員成果之公開程度", "How publicly the results of serving members are shown"),
        new("sustainability", "永續經營模式或困難", "The sustainability model or its difficulties"),
    ];
}

public sealed record ReviewPointResponse(string Code, string NameZh, string NameEn);
