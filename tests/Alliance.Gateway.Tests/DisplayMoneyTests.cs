using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Tests;

public sealed class DisplayMoneyTests
{
    public static TheoryData<decimal, string> Amounts => new()
    {
        { 1_234_567m, "1,235" },
        { 1_234_500m, "1,235" },
        { 1_234_499m, "1,234" },
        { 500m, "1" },
        { 499m, "0" },
        { 0m, "0" },
        { -1_500m, "-2" },
        { 2_300_000_000m, "2,300,000" },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void ThousandNtd_Amount_RoundsHalfAwayFromZeroWithSeparators(decimal ntd, string expected) =>
        Assert.Equal(expected, DisplayMoney.ThousandNtd(ntd));
}
