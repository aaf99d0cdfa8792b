using Alliance.Revenue.Domain;
using Alliance.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Revenue.Api.Apis;

/// <summary>
/// The income categories of the operating-revenue formula, the weight each carries in it and the
/// natures each is recorded with: the one place the pages read them from.
/// </summary>
public static class IncomeCategoriesApi
{
    public static RouteGroupBuilder MapIncomeCategoriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/income-categories").WithTags("Income categories");
        group.MapGet("/", ListIncomeCategories).WithName(nameof(ListIncomeCategories))
            .WithSummary("Income categories (收入類別) in the programme's order, with their names, their weight in operating revenue, " +
                "whether they are recurring and the natures (收入性質) an entry of each is recorded with (other income only), " +
                "each saying whether it is ever counted.");
        return group;
    }

    public static Ok<IncomeCategoryResponse[]> ListIncomeCategories() => TypedResults.Ok(Categories);

    private static readonly IncomeCategoryResponse[] Categories = IncomeCategories.All.Select(IncomeCategoryResponse.From).ToArray();
}

/// <param name="OperatingRevenueWeight">the share of the amount that counts toward operating revenue</param>
/// <param name="Recurring">whether it counts toward recurring operating revenue (經常性營運收入)</param>
/// <param name="Natures">the natures an entry of this category is recorded with, counted ones first; empty when it has none</param>
public sealed record IncomeCategoryResponse(
    string Code, string NameZh, string NameEn, decimal OperatingRevenueWeight, bool Recurring, IncomeNatureResponse[] Natures)
{
    /// <summary>The weight is written to one decimal (1.0, 0.3), as this endpoint always has.</summary>
    public static IncomeCategoryResponse From(IncomeCategoryTerms terms)
    {
        var name = IncomeNames.Of(terms.Category);
        return new(KebabNames.Of(terms.Category), name.ZhTw, name.En, terms.OperatingRevenueWeight + 0.0m, terms.Recurring,
            IncomeCategories.NaturesOf(terms.Category).Select(IncomeNatureResponse.From).ToArray());
    }
}

/// <param name="Counted">false for a nature that never counts (not money the alliance can freely use): an entry of it is refused</param>
public sealed record IncomeNatureResponse(string Code, string NameZh, string NameEn, bool Counted)
{
    public static IncomeNatureResponse From(IncomeNature nature)
    {
        var name = IncomeNames.Of(nature);
        return new(KebabNames.Of(nature), name.ZhTw, name.En, !IncomeNatures.IsExcluded(nature));
    }
}
