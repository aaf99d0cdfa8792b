namespace Alliance.Programme.Tests;

public sealed class ThousandNtdTests
{
    public static TheoryData<decimal, decimal> Cases => new()
    {
        { 0m, 0m },
        { 499m, 0m },
        { 500m, 1m },
        { -499m, 0m },
        { -500m, -1m },
        { 1_499m, 1m },
        { 1_500m, 2m },
        { 2_500m, 3m },
        { 999.5m, 1m },
        { 499.99m, 0m },
        { 300_000.3m, 300m },
        { 2_600_000m, 2_600m },
        { 1_234_567.89m, 1_235m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void From_Ntd_WholeThousandsHalfAwayFromZero(decimal ntd, decimal expected) => Assert.Equal(expected, ThousandNtd.From(ntd));
}
