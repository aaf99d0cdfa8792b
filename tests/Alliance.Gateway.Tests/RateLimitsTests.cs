using Alliance.Gateway.Auth;

namespace Alliance.Gateway.Tests;

public sealed class RateLimitsTests
{
    [Theory]
    [InlineData(0, "1")]
    [InlineData(400, "1")]
    [InlineData(1000, "1")]
    [InlineData(1001, "2")]
    [InlineData(59_500, "60")]
    public void RetryAfterSeconds_Wait_IsWholeSecondsRoundedUp(int milliseconds, string expected) =>
        Assert.Equal(expected, RateLimits.RetryAfterSeconds(TimeSpan.FromMilliseconds(milliseconds)));
}
