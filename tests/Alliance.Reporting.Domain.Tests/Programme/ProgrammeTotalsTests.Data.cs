using Alliance.Reporting.Domain.Programme;
using Alliance.Revenue.Domain;

namespace Alliance.Reporting.Domain.Tests.Programme;

public sealed partial class ProgrammeTotalsTests
{
    private static AllianceFigures Alliance(string domain, decimal subsidy, CategoryTotals incomes, int firms = 0, int? target = null) =>
        new(Guid.NewGuid(), domain, subsidy, firms, 0, 0, incomes, target);

    /// <summary>
    /// Electronics: one alliance of 3,000,000 subsidy with fees 100,000, services 200,000, other 50,000, transfer 3,000,000 and
    /// cooperation 1,000,000 (revenue 3,650,000, self-sufficient), 7 firms of a target 10; one of 4,000,000 with fees 4,000,001
    /// (revenue 4,000,001, self-sufficient by one dollar), 5 firms of a target 15. Biomedical (listed first, the programme's
    /// order): one of 2,000,000 with nothing, no target.
    /// </summary>
    private static readonly AllianceFigures[] Programme =
    [
        new(Guid.NewGuid(), "electronics", 3_000_000m, 7, 2, 1, new CategoryTotals(100_000m, 200_000m, 3_000_000m, 1_000_000m, 50_000m), 10),
        new(Guid.NewGuid(), "electronics", 4_000_000m, 5, 1, 0, new CategoryTotals(4_000_001m, 0, 0, 0, 0), 15),
        new(Guid.NewGuid(), "biomedical", 2_000_000m, 0, 0, 0, CategoryTotals.Zero, null),
    ];

    /// <summary>Operating revenue over subsidy, rounded half away from zero to 4 places.</summary>
    public static TheoryData<decimal, decimal, decimal> Ratios => new()
    {
        { 1m, 3m, 0.3333m },
        { 2m, 3m, 0.6667m },
        { 1_000_000m, 1_000_000m, 1m },
        { 5m, 100_000m, 0.0001m },
        { 4.9999m, 100_000m, 0m },
        { 7_650_001m, 7_000_000m, 1.0929m },
    };

    /// <summary>Subsidies of a programme and its average per alliance as shown, in whole 仟元 (half away from zero).</summary>
    public static TheoryData<decimal[], decimal> Averages => new()
    {
        { [1_000m, 1_999m], 1m },
        { [1_000m, 2_000m], 2m },
        { [1_000m, 1_000m, 1_001m], 1m },
        { [500m], 1m },
        { [499m, 500m], 0m },
        { [3_000_000m, 4_000_001m], 3_500m },
    };
}
