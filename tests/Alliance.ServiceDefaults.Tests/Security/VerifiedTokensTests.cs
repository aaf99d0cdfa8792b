using System.Security.Claims;
using Alliance.ServiceDefaults.Security;
using Microsoft.Extensions.Time.Testing;

namespace Alliance.ServiceDefaults.Tests.Security;

public sealed class VerifiedTokensTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryGet_UntilTheExpiry_GivesTheCallerAndAfterItNothing()
    {
        var verified = new VerifiedTokens(clock);
        verified.Keep("token", Caller("wang"), clock.GetUtcNow().AddMinutes(5));

        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.True(verified.TryGet("token", out var principal));
        Assert.Equal("wang", principal.Identity?.Name);

        clock.Advance(TimeSpan.FromTicks(1));
        Assert.False(verified.TryGet("token", out _));
    }

    [Fact]
    public void TryGet_TokenNeverKept_GivesNothing()
    {
        var verified = new VerifiedTokens(clock);
        verified.Keep("token", Caller("wang"), clock.GetUtcNow().AddMinutes(5));

        Assert.False(verified.TryGet("token ", out _));
        Assert.False(verified.TryGet("TOKEN", out _));
    }

    [Fact]
    public void TryGet_ARequestAddsToItsCaller_TheNextRequestDoesNotSeeIt()
    {
        var verified = new VerifiedTokens(clock);
        verified.Keep("token", Caller("wang"), clock.GetUtcNow().AddMinutes(5));

        Assert.True(verified.TryGet("token", out var first));
        ((ClaimsIdentity)first.Identity!).AddClaim(new Claim("roles", "centre-admin"));

        Assert.True(verified.TryGet("token", out var second));
        Assert.DoesNotContain(second.Claims, c => c.Value == "centre-admin");
    }

    [Fact]
    public void Keep_AlreadyExpired_KeepsNothing()
    {
        var verified = new VerifiedTokens(clock);
        verified.Keep("token", Caller("wang"), clock.GetUtcNow());

        Assert.Equal(0, verified.Count);
    }

    [Fact]
    public void Keep_AtCapacity_DropsTheExpiredFirstAndOtherwiseKeepsNoMore()
    {
        var verified = new VerifiedTokens(clock);
        for (var i = 0; i < VerifiedTokens.Capacity; i++)
        {
            verified.Keep($"token-{i}", Caller("wang"), clock.GetUtcNow().AddMinutes(i % 2 == 0 ? 1 : 10));
        }

        verified.Keep("one-more", Caller("lin"), clock.GetUtcNow().AddMinutes(10));
        Assert.False(verified.TryGet("one-more", out _));

        clock.Advance(TimeSpan.FromMinutes(2));
        verified.Keep("one-more", Caller("lin"), clock.GetUtcNow().AddMinutes(10));

        Assert.True(verified.TryGet("one-more", out _));
        Assert.Equal(VerifiedTokens.Capacity / 2 + 1, verified.Count);
    }

    private static ClaimsPrincipal Caller(string userName) =>
        new(new ClaimsIdentity([new Claim("sub", userName)], "Bearer", "sub", "roles"));
}
