namespace Alliance.Revenue.Domain.Tests;

public sealed class OperatingRevenueTests
{
    // Example 1.
    //   recurring = 300,000 fees + 450,000 services + 50,000 other = 800,000
    //   operating = 800,000 + 1,200,000 transfer + 0.3 × 2,000,000 cooperation (600,000) = 2,600,000
    //   ratio     = 2,600,000 ÷ 3,000,000 = 0.86666… → 0.8667
    [Fact]
    public void Compute_AllCategories_CooperationCountsThirtyPercent()
    {
        var figures = OperatingRevenue.Compute(new CategoryTotals(300_000m, 450_000m, 1_200_000m, 2_000_000m, 50_000m), 3_000_000m);
        Assert.Equal((800_000m, 2_600_000m, 0.8667m), (figures.RecurringOperatingRevenue, figures.OperatingRevenue, figures.SelfSufficiencyRatio));
    }

    // Example 2.
    //   recurring = 0 (no fees, services or other)
    //   operating = 0.3 × 1,000,001 = 300,000.3 (exact: no rounding to 仟元 in the formula)
    //   ratio     = 300,000.3 ÷ 2,500,000 = 0.12000012 → 0.1200
    [Fact]
    public void Compute_CooperationOnly_ExactThirtyPercent()
    {
        var figures = OperatingRevenue.Compute(new CategoryTotals(0m, 0m, 0m, 1_000_001m, 0m), 2_500_000m);
        Assert.Equal((0m, 300_000.3m, 0.12m), (figures.RecurringOperatingRevenue, figures.OperatingRevenue, figures.SelfSufficiencyRatio));
    }

    // Example 3 (self-sufficient).
    //   recurring = 120,000 fees + 80,000 services + 0 other = 200,000
    //   operating = 200,000 + 500,000 transfer + 0.3 × 333,333 (99,999.9) = 799,999.9
    //   ratio     = 799,999.9 ÷ 700,000 = 1.142857… → 1.1429
    [Fact]
    public void Compute_RevenueAboveSubsidy_RatioAboveOne()
    {
        var figures = OperatingRevenue.Compute(new CategoryTotals(120_000m, 80_000m, 500_000m, 333_333m, 0m), 700_000m);
        Assert.Equal((200_000m, 799_999.9m, 1.1429m), (figures.RecurringOperatingRevenue, figures.OperatingRevenue, figures.SelfSufficiencyRatio));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Compute_NoSubsidy_NoRatio(int? subsidy)
    {
        var figures = OperatingRevenue.Compute(new CategoryTotals(1m, 1m, 1m, 1m, 1m), subsidy);
        Assert.Null(figures.SelfSufficiencyRatio);
        Assert.Equal(4.3m, figures.OperatingRevenue);
    }

    // 100,005 ÷ 100,000 = 1.00005 exactly: the midpoint rounds away from zero.
    [Fact]
    public void Compute_RatioOnTheMidpoint_RoundsAwayFromZero() =>
        Assert.Equal(1.0001m, OperatingRevenue.Compute(new CategoryTotals(100_005m, 0m, 0m, 0m, 0m), 100_000m).SelfSufficiencyRatio);

    [Fact]
    public void From_Amounts_SummedPerCategory()
    {
        var totals = CategoryTotals.From([
            (IncomeCategory.MembershipFee, 10m), (IncomeCategory.MembershipFee, 5.5m), (IncomeCategory.IndustryAcademiaCooperation, 100m),
            (IncomeCategory.Other, 1m)]);
        Assert.Equal(new CategoryTotals(15.5m, 0m, 0m, 100m, 1m), totals);
    }
}
