using Alliance.Activity.Domain;
using Alliance.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Activity.Api.Apis;

/// <summary>The activity and outcome KPIs this service counts, in the summary's order, with who they must serve.</summary>
public static class KpisApi
{
    public static RouteGroupBuilder MapKpisApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/kpis").WithTags("KPIs");
        group.MapGet("/", ListActivityKpis).WithName(nameof(ListActivityKpis))
            .WithSummary("The activity and outcome KPIs (其他KPI) with the codes the summary uses, in its order, and the audience each must serve. " +
                "Technical-service cases are not here: reporting counts revenue's accepted technical-service entries.");
        return group;
    }

    public static Ok<ActivityKpiResponse[]> ListActivityKpis() => TypedResults.Ok(Kpis);

    private static readonly ActivityKpiResponse[] Kpis = ActivityKpis.All.Select(ActivityKpiResponse.From).ToArray();
}

/// <param name="Serves">who the activity must be for: anyone (events) or firm members of the alliance</param>
/// <param name="Unit">what the figure counts: records, people or ntd</param>
public sealed record ActivityKpiResponse(string Code, string NameZh, string NameEn, string Serves, string Unit)
{
    public static ActivityKpiResponse From(ActivityKpi kpi)
    {
        var (zh, en) = kpi switch
        {
            ActivityKpi.PromotionEvents => ("聯盟推廣活動", "Promotion events"),
            ActivityKpi.TechnicalSeminars => ("舉辦技術研討會", "Technical seminars"),
            ActivityKpi.Consultations => ("專業諮詢服務", "Professional consultations"),
            ActivityKpi.OnSiteGuidance => ("訪廠現地指導", "On-site factory guidance"),
            ActivityKpi.NewProducts => ("協助會員開發之新產品", "New products developed"),
            ActivityKpi.NewTechnologies => ("協助會員研發之新技術", "New technologies developed"),
            ActivityKpi.Patents => ("輔導聯盟會員專利申請或獲證", "Patents applied / granted"),
            ActivityKpi.NewHires => ("聯盟會員新聘人員", "New hires at members"),
            _ => ("聯盟會員衍生產值", "Derived output value"),
        };
        var serves = kpi is ActivityKpi.PromotionEvents or ActivityKpi.TechnicalSeminars ? "anyone" : "firm-members";
        var unit = kpi switch { ActivityKpi.NewHires => "people", ActivityKpi.DerivedOutputValue => "ntd", _ => "records" };
        return new(KebabNames.Of(kpi), zh, en, serves, unit);
    }
}
