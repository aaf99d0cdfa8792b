using Alliance.Gateway.Auth;

namespace Alliance.Gateway.Tests;

public sealed class SignInOutcomesTests
{
    public static TheoryData<SignInOutcome, SignInOutcome> Outcomes => new()
    {
        { SignInOutcome.Succeeded, SignInOutcome.Succeeded },
        { SignInOutcome.Failed, SignInOutcome.Failed },
        { SignInOutcome.LockedOut, SignInOutcome.Failed },
        { SignInOutcome.SecondFactorRequired, SignInOutcome.SecondFactorRequired },
        { SignInOutcome.SecondFactorFailed, SignInOutcome.SecondFactorFailed },
        { SignInOutcome.NotApproved, SignInOutcome.NotApproved },
        { SignInOutcome.Throttled, SignInOutcome.Throttled },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Told_Outcome_HidesOnlyTheLock(SignInOutcome outcome, SignInOutcome told) =>
        Assert.Equal(told, outcome.Told());
}
