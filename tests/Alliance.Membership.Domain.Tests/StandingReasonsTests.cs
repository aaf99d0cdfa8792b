namespace Alliance.Membership.Domain.Tests;

public sealed class StandingReasonsTests
{
    [Theory]
    [InlineData(StandingReason.NotAFirm, "not-a-firm")]
    [InlineData(StandingReason.NoContract, "no-contract")]
    [InlineData(StandingReason.ContractEndsBeforeCutoff, "contract-ends-before-cutoff")]
    [InlineData(StandingReason.ContractStartsAfterCutoff, "contract-starts-after-cutoff")]
    public void Code_Reason_IsKebabCase(StandingReason reason, string expected) =>
        Assert.Equal(expected, StandingReasons.Code(reason));
}
