using Alliance.ServiceDefaults.Input;
using Alliance.SiteVisit.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>The points a site-visit review form (實地查訪審查表) asks reviewers to assess.</summary>
public static class ReviewPointsApi
{
    public static RouteGroupBuilder MapReviewPointsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/review-points").WithTags("Review points");
        group.MapGet("/", ListReviewPoints).WithName(nameof(ListReviewPoints))
            .WithSummary("The five review points of the site-visit review form, in the form's order.");
        return group;
    }

    public static Ok<ReviewPointResponse[]> ListReviewPoints() => TypedResults.Ok(Points);

    /// <summary>The five points in the form's order (<see cref="ReviewPoints.All"/>), with their codes and names.</summary>
    private static readonly ReviewPointResponse[] Points = ReviewPoints.All.Select(point => new ReviewPointResponse(KebabNames.Of(point), NameZh(point), NameEn(point))).ToArray();

    private static string NameZh(ReviewPoint point) => point switch
    {
        ReviewPoint.TimeSplit => "時間分配（主持人報告約五分之一，會員廠商自行報告約五分之四）",
        ReviewPoint.CoreTechnologyApplication => "會員應用核心技術情形",
        ReviewPoint.PromotionHighlights => "推廣亮點或成功案例",
        ReviewPoint.PublicShowing => "服務會員成果之公開程度",
        _ => "永續經營模式或困難",
    };

    private static string NameEn(ReviewPoint point) => point switch
    {
        ReviewPoint.TimeSplit => "Time split (the PI's report about a fifth, the members' own presentations four fifths)",
        ReviewPoint.CoreTechnologyApplication => "How members apply the core technology",
        ReviewPoint.PromotionHighlights => "Promotion highlights or success cases",
        ReviewPoint.PublicShowing => "How publicly the results of serving members are shown",
        _ => "The sustainability model or its difficulties",
    };
}

public sealed record ReviewPointResponse(string Code, string NameZh, string NameEn);
