namespace Alliance.Membership.Domain.Tests;

public sealed class ContractFeeTests
{
    public static TheoryData<bool, decimal, FeeProblem> Cases => new()
    {
        { true, 30000m, FeeProblem.None },
        { true, 0.01m, FeeProblem.None },
        { true, 0.005m, FeeProblem.None },
        { true, 0m, FeeProblem.PaidWithoutFee },
        { true, -1m, FeeProblem.PaidWithoutFee },
        { true, 0.004m, FeeProblem.PaidWithoutFee },
        { true, 0.00000000000000000001m, FeeProblem.PaidWithoutFee },
        { false, 0m, FeeProblem.None },
        { false, 1000m, FeeProblem.FreeWithFee },
        { false, 0.004m, FeeProblem.FreeWithFee },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_PaidAndFee_GivesTheProblem(bool paid, decimal fee, FeeProblem expected) =>
        Assert.Equal(expected, ContractFee.Check(paid, fee));

    public static TheoryData<decimal, decimal> Roundings => new()
    {
        { 0.004m, 0m },
        { 0.005m, 0.01m },
        { 1234.565m, 1234.57m },
        { 30000m, 30000m },
    };

    [Theory]
    [MemberData(nameof(Roundings))]
    public void Stored_Fee_IsRoundedToTheCentHalfAwayFromZero(decimal fee, decimal expected) =>
        Assert.Equal(expected, ContractFee.Stored(fee));
}
