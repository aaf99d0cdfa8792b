using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Revenue.Api.Apis;

/// <summary>The income categories of the operating-revenue formula and the weight each carries in it.</summary>
public static class IncomeCategoriesApi
{
    public static RouteGroupBuilder MapIncomeCategoriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/income-categories").WithTags("Income categories");
        group.MapGet("/", ListIncomeCategories).WithName(nameof(ListIncomeCategories))
            .WithSummary("Income categories (收入類別) with their weight in operating revenue and whether they are recurring.");
        return group;
    }

    public static Ok<IncomeCategoryResponse[]> ListIncomeCategories() => TypedResults.Ok(Categories);

    private static readonly IncomeCategoryResponse[] Categories =
    [
        new("membership-fee", "會員費", "Membership fee", 1.0m, Recurring: true),
        new("technical-service", "技術服務收入", "Technical-service income", 1.0m, Recurring: true),
        new("technology-transfer", "技術轉移收入", "Technology-transfer income", 1.0m, Recurring: false),
        new("industry-academia-cooperation", "產學合作收入", "Industry–academia cooperation income", 0.3m, Recurring: false),
        new("other", "其它收入", "Other income", 1.0m, Recurring: true),
    ];
}

/// <param name="OperatingRevenueWeight">the share of the amount that counts toward operating revenue</param>
/// <param name="Recurring">whether it counts toward recurring operating revenue (經常性營運收入)</param>
public sealed record IncomeCategoryResponse(string Code, string NameZh, string NameEn, decimal OperatingRevenueWeight, bool Recurring);
