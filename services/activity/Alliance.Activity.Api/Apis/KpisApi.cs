using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Activity.Api.Apis;

/// <summary>The activity and outcome KPIs this service records, with who they must serve.</summary>
public static class KpisApi
{
    public static RouteGroupBuilder MapKpisApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/kpis").WithTags("KPIs");
        group.MapGet("/", ListActivityKpis).WithName(nameof(ListActivityKpis))
            .WithSummary("The activity and outcome KPIs (其他KPI) and the audience each must serve.");
        return group;
    }

    public static Ok<ActivityKpiResponse[]> ListActivityKpis() => TypedResults.Ok(Kpis);

    private static readonly ActivityKpiResponse[] Kpis =
    [
        new("promotion-event", "聯盟推廣活動", "Promotion events", "anyone"),
        new("technical-seminar", "舉辦技術研討會", "Technical seminars", "anyone"),
        new("consultation", "專業諮詢服務", "Professional consultations", "firm-members"),
        new("on-site-guidance", "訪廠現地指導", "On-site factory guidance", "firm-members"),
        new("new-product", "協助會員開發之新產品", "New products developed", "firm-members"),
        new("new-technology", "協助會員研發之新技術", "New technologies developed", "firm-members"),
        new("patent", "輔導聯盟會員專利申請或獲證", "Patents applied / granted", "firm-members"),
        new("technical-service-case", "技術服務 (件數)", "Technical services (cases)", "any-firm"),
        new("new-hire", "聯盟會員新聘人員", "New hires at members", "firm-members"),
        new("derived-output-value", "聯盟會員衍生產值", "Derived output value", "firm-members"),
    ];
}

/// <param name="Serves">who the activity must be for: anyone, firm members of the alliance, or any firm</param>
public sealed record ActivityKpiResponse(string Code, string NameZh, string NameEn, string Serves);
