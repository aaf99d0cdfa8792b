using System.Reflection;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Components.Account;
using Microsoft.AspNetCore.RateLimiting;

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

    /// <summary>The pages' form posts are doors too: each shares its API's allowance per address.</summary>
    [Theory]
    [InlineData(typeof(SignIn), RateLimits.SignIn)]
    [InlineData(typeof(Register), RateLimits.Registration)]
    public void Page_AnonymousDoor_IsRateLimitedLikeItsApi(Type page, string policy) =>
        Assert.Equal(policy, page.GetCustomAttribute<EnableRateLimitingAttribute>()?.PolicyName);
}
