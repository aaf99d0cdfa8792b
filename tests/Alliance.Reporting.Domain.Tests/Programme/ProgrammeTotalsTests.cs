using Alliance.Reporting.Domain.Programme;
using Alliance.Revenue.Domain;

namespace Alliance.Reporting.Domain.Tests.Programme;

public sealed partial class ProgrammeTotalsTests
{
    [Fact]
    public void Of_ThreeAlliancesInTwoDomains_EachRowIsTheSumOfItsAlliances()
    {
        var (domains, total) = ProgrammeTotals.Of(Programme);

        Assert.Equal(["biomedical", "electronics"], domains.Select(d => d.DomainCode));
        var electronics = domains[1];
        Assert.Equal((2, 7_000_000m, 3_500_000m, 12, 3, 1, 25), (electronics.AllianceCount, electronics.SubsidyTotal, electronics.SubsidyAverage,
            electronics.FirmMembers, electronics.IndividualMembers, electronics.OtherMembers, electronics.FirmMemberTargets));
        // Operating revenue: (100,000 + 200,000 + 50,000 + 3,000,000 + 30 % × 1,000,000) + (4,000,001) = 7,650,001.
        Assert.Equal((7_650_001m, 3_825_000.5m, 4_350_001m, 3_000_000m, 1_000_000m, 1.0929m, 2),
            (electronics.OperatingRevenueTotal, electronics.OperatingRevenueAverage, electronics.RecurringOperatingRevenueTotal,
             electronics.TechnologyTransferTotal, electronics.CooperationTotal, electronics.SelfSufficiencyRatio, electronics.SelfSufficientCount));

        Assert.Null(total.DomainCode);
        Assert.Equal(domains.Sum(d => d.AllianceCount), total.AllianceCount);
        Assert.Equal(domains.Sum(d => d.SubsidyTotal), total.SubsidyTotal);
        Assert.Equal(domains.Sum(d => d.OperatingRevenueTotal), total.OperatingRevenueTotal);
        Assert.Equal(domains.Sum(d => d.FirmMembers), total.FirmMembers);
        Assert.Equal(domains.Sum(d => d.FirmMemberTargets), total.FirmMemberTargets);
        Assert.Equal(domains.Sum(d => d.SelfSufficientCount), total.SelfSufficientCount);
        Assert.Equal(total.SubsidyTotal / 3, total.SubsidyAverage);
    }

    [Fact]
    public void Of_NoAlliances_IsATotalOfZeroWithoutAveragesOrRatio()
    {
        var (domains, total) = ProgrammeTotals.Of([]);
        Assert.Empty(domains);
        Assert.Equal((0, 0m, (decimal?)null, (decimal?)null, (decimal?)null, (int?)null),
            (total.AllianceCount, total.SubsidyTotal, total.SubsidyAverage, total.OperatingRevenueAverage, total.SelfSufficiencyRatio, total.FirmMemberTargets));
    }

    [Theory]
    [MemberData(nameof(Ratios))]
    public void Of_RatioOfADomain_IsRevenueOverSubsidyToFourPlacesHalfAwayFromZero(decimal revenue, decimal subsidy, decimal expected)
    {
        var (_, total) = ProgrammeTotals.Of([Alliance("ict", subsidy, new CategoryTotals(0, 0, revenue, 0, 0))]);
        Assert.Equal(expected, total.SelfSufficiencyRatio);
    }

    [Theory]
    [MemberData(nameof(Averages))]
    public void ThousandNtd_AnUnroundedAverage_ShowsAsWholeThousandsHalfAwayFromZero(decimal[] subsidies, decimal shown)
    {
        var (_, total) = ProgrammeTotals.Of(subsidies.Select(s => Alliance("ict", s, CategoryTotals.Zero)).ToArray());
        Assert.Equal(shown, ThousandNtd.From(total.SubsidyAverage!.Value));
    }

    [Theory]
    [InlineData("1000000.00", "1000000.00", false)]
    [InlineData("1000000.01", "1000000.00", true)]
    [InlineData("0", "0", false)]
    public void SelfSufficiency_RevenueAgainstSubsidy_HoldsOnlyAbove(string revenue, string subsidy, bool expected) =>
        Assert.Equal(expected, SelfSufficiency.Holds(decimal.Parse(revenue, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(subsidy, System.Globalization.CultureInfo.InvariantCulture)));
}
