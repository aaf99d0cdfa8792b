using Alliance.Revenue.Domain;
using Alliance.ServiceDefaults.Problems;
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

    private static readonly IncomeCategoryResponse[] Categories = IncomeCategories.All
        .Select(terms => IncomeCategoryResponse.From(terms, NameOf(terms.Category)))
        .ToArray();

    private static LocalizedText NameOf(IncomeCategory category) => category switch
    {
        IncomeCategory.MembershipFee => new("會員費", "Membership fee"),
        IncomeCategory.TechnicalService => new("技術服務收入", "Technical-service income"),
        IncomeCategory.TechnologyTransfer => new("技術轉移收入", "Technology-transfer income"),
        IncomeCategory.IndustryAcademiaCooperation => new("產學合作收入", "Industry–academia cooperation income"),
        IncomeCategory.Other => new("其它收入", "Other income"),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}

/// <param name="OperatingRevenueWeight">the share of the amount that counts toward operating revenue</param>
/// <param name="Recurring">whether it counts toward recurring operating revenue (經常性營運收入)</param>
public sealed record IncomeCategoryResponse(string Code, string NameZh, string NameEn, decimal OperatingRevenueWeight, bool Recurring)
{
    /// <summary>The weight is written to one decimal (1.0, 0.3), as this endpoint always has.</summary>
    public static IncomeCategoryResponse From(IncomeCategoryTerms terms, LocalizedText name) =>
        new(KebabNames.Of(terms.Category), name.ZhTw, name.En, terms.OperatingRevenueWeight + 0.0m, terms.Recurring);
}
