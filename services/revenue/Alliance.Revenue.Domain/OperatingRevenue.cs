namespace Alliance.Revenue.Domain;

/// <summary>The accepted income of one alliance and period, totalled per category, in NTD.</summary>
public sealed record CategoryTotals(
    decimal MembershipFees,
    decimal TechnicalServices,
    decimal TechnologyTransfer,
    decimal IndustryAcademiaCooperation,
    decimal Other)
{
    public static readonly CategoryTotals Zero = new(0, 0, 0, 0, 0);

    /// <summary>The total of <paramref name="category"/>.</summary>
    public decimal Of(IncomeCategory category) => category switch
    {
        IncomeCategory.MembershipFee => MembershipFees,
        IncomeCategory.TechnicalService => TechnicalServices,
        IncomeCategory.TechnologyTransfer => TechnologyTransfer,
        IncomeCategory.IndustryAcademiaCooperation => IndustryAcademiaCooperation,
        IncomeCategory.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Sums amounts per category; categories without any amount are 0.</summary>
    public static CategoryTotals From(IEnumerable<(IncomeCategory Category, decimal Amount)> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var sums = amounts.GroupBy(a => a.Category).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        decimal Of(IncomeCategory category) => sums.GetValueOrDefault(category);
        return new(Of(IncomeCategory.MembershipFee), Of(IncomeCategory.TechnicalService), Of(IncomeCategory.TechnologyTransfer),
            Of(IncomeCategory.IndustryAcademiaCooperation), Of(IncomeCategory.Other));
    }
}

/// <summary>The formula's results: the totals, recurring and operating revenue, and self-sufficiency against the subsidy.</summary>
/// <param name="Subsidy">the approved subsidy in NTD; null when none is set</param>
/// <param name="SelfSufficiencyRatio">operating revenue ÷ subsidy to 4 places; null without a subsidy above 0</param>
public sealed record RevenueFigures(
    CategoryTotals Totals,
    decimal RecurringOperatingRevenue,
    decimal OperatingRevenue,
    decimal? Subsidy,
    decimal? SelfSufficiencyRatio);

/// <summary>DOMAIN.md's operating-revenue formula.</summary>
public static class OperatingRevenue
{
    /// <summary>Decimal places of the self-sufficiency ratio.</summary>
    public const int RatioDecimals = 4;

    /// <summary>
    /// From <see cref="IncomeCategories.All"/>: recurring = the sum of the recurring categories (fees +
    /// technical services + other); operating = the sum of every category at its weight
    /// (recurring + technology transfer + 30 % × cooperation);
    /// ratio = operating ÷ subsidy, rounded half away from zero to 4 places, null when the subsidy is
    /// missing or 0 (no ratio can be shown against nothing). Amounts stay exact: no rounding to 仟元 here.
    /// </summary>
    public static RevenueFigures Compute(CategoryTotals totals, decimal? subsidy)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var recurring = IncomeCategories.All.Where(terms => terms.Recurring).Sum(terms => terms.OperatingRevenueWeight * totals.Of(terms.Category));
        var operating = IncomeCategories.All.Sum(terms => terms.OperatingRevenueWeight * totals.Of(terms.Category));
        decimal? ratio = subsidy is > 0 ? Math.Round(operating / subsidy.Value, RatioDecimals, MidpointRounding.AwayFromZero) : null;
        return new RevenueFigures(totals, recurring, operating, subsidy, ratio);
    }
}
