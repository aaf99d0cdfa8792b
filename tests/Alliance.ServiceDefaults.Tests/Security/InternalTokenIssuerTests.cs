using Alliance.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Alliance.ServiceDefaults.Tests.Security;

public sealed class InternalTokenIssuerTests
{
    private readonly TestTokens tokens = new();

    [Fact]
    public void Issue_SameUserScopeAndAudience_ReturnsTheCachedToken() =>
        Assert.Equal(tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership), tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership));

    [Fact]
    public void Issue_ScopeVersionChanged_SignsANewToken()
    {
        var before = tokens.Issuer.Issue(TestTokens.Pi(scopeVersion: 1), ResourceNames.Membership);

        var after = tokens.Issuer.Issue(TestTokens.Pi(scopeVersion: 2) with { Alliances = [] }, ResourceNames.Membership);

        Assert.NotEqual(before, after);
        Assert.False(new JsonWebToken(after).TryGetClaim(InternalTokenClaims.Alliances, out var claim) && claim.Value.Length > 0);
    }

    [Fact]
    public void Issue_OtherAudience_SignsANewToken() =>
        Assert.NotEqual(tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership), tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Revenue));

    [Fact]
    public void Issue_OtherUser_SignsANewToken() =>
        Assert.NotEqual(
            tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership),
            tokens.Issuer.Issue(TestTokens.Pi() with { UserName = "lin" }, ResourceNames.Membership));

    [Theory]
    [InlineData(3 * 60 + 59, true)]
    [InlineData(4 * 60, false)]
    public void Issue_Later_ReusesUntilAMinuteBeforeExpiry(int secondsLater, bool reused)
    {
        var first = tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership);
        tokens.Clock.Advance(TimeSpan.FromSeconds(secondsLater));

        var second = tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership);

        Assert.Equal(reused, first == second);
        Assert.True(new JsonWebToken(second).ValidTo > tokens.Clock.GetUtcNow().UtcDateTime.AddSeconds(59));
    }

    [Fact]
    public void Issue_AfterTheCacheWasSwept_StillSignsValidTokens()
    {
        tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership);
        tokens.Clock.Advance(TimeSpan.FromMinutes(30));

        var token = new JsonWebToken(tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership));

        Assert.Equal(tokens.Clock.GetUtcNow().UtcDateTime.AddMinutes(5), token.ValidTo);
    }
}
