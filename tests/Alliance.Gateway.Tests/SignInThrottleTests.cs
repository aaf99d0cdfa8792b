using Alliance.Gateway.Auth;

namespace Alliance.Gateway.Tests;

public sealed class SignInThrottleTests
{
    [Fact]
    public void TryAttempt_BeyondTheLimitForOneName_IsRefusedWithARetryAfter()
    {
        using var throttle = new SignInThrottle(perMinute: 3);
        var allowed = Enumerable.Range(0, 3).Select(_ => throttle.TryAttempt("pi-lin", out TimeSpan? _)).ToArray();

        var fourth = throttle.TryAttempt("pi-lin", out var retryAfter);

        Assert.All(allowed, Assert.True);
        Assert.False(fourth);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void TryAttempt_SameNameInAnotherCaseOrWithSpaces_CountsAsTheSameName()
    {
        using var throttle = new SignInThrottle(perMinute: 2);
        throttle.TryAttempt("Pi-Lin", out _);
        throttle.TryAttempt(" pi-lin ", out _);

        Assert.False(throttle.TryAttempt("PI-LIN", out _));
    }

    [Fact]
    public void TryAttempt_AnotherName_HasItsOwnAllowance()
    {
        using var throttle = new SignInThrottle(perMinute: 1);
        throttle.TryAttempt("pi-lin", out _);

        Assert.True(throttle.TryAttempt("pi-wang", out var retryAfter));
        Assert.Null(retryAfter);
    }

    [Fact]
    public void Key_VeryLongName_IsCutTo256Characters() =>
        Assert.Equal(256, SignInThrottle.Key(new string('a', 10_000)).Length);
}
