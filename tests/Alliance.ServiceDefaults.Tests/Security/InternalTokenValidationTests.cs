using System.Security.Claims;
using Alliance.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Alliance.ServiceDefaults.Tests.Security;

public sealed class InternalTokenValidationTests
{
    private readonly TestTokens tokens = new();

    [Fact]
    public async Task CreateParameters_IssuedToken_ValidatesIntoTheCaller()
    {
        var token = tokens.Issuer.Issue(new InternalCaller("wang", [Roles.Pi, Roles.Reviewer], [TestTokens.Alliance], 1), ResourceNames.Membership);

        var result = await Validate(token, tokens.PublicKeys, ResourceNames.Membership);

        Assert.True(result.IsValid, result.Exception?.Message);
        var principal = new ClaimsPrincipal(result.ClaimsIdentity);
        var caller = new Caller(principal);
        Assert.Equal("wang", principal.Identity?.Name);
        Assert.True(principal.IsInRole(Roles.Reviewer));
        Assert.Equal([Roles.Pi, Roles.Reviewer], caller.Roles.Order());
        Assert.Equal([TestTokens.Alliance], caller.Alliances);
    }

    [Fact]
    public async Task CreateParameters_NoAlliances_ValidatesWithAnEmptyScope()
    {
        var token = tokens.Issuer.Issue(new InternalCaller("admin", [Roles.CentreAdmin], [], 1), ResourceNames.Revenue);

        var result = await Validate(token, tokens.PublicKeys, ResourceNames.Revenue);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Empty(new Caller(new ClaimsPrincipal(result.ClaimsIdentity)).Alliances);
    }

    [Fact]
    public void Issue_Token_CarriesTheContractHeaderAndClaims()
    {
        var token = new JsonWebToken(tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.SiteVisit));

        Assert.Equal(SecurityAlgorithms.EcdsaSha256, token.Alg);
        Assert.Equal("k1", token.Kid);
        Assert.Equal(InternalTokenClaims.Issuer, token.Issuer);
        Assert.Equal([ResourceNames.SiteVisit], token.Audiences);
        Assert.Equal("wang", token.Subject);
        Assert.Equal(TimeSpan.FromMinutes(5), token.ValidTo - token.IssuedAt);
        Assert.False(string.IsNullOrEmpty(token.Id));
    }

    [Fact]
    public async Task CreateParameters_WrongAudience_Rejects()
    {
        var token = tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Revenue);

        var result = await Validate(token, tokens.PublicKeys, ResourceNames.Membership);

        Assert.IsType<SecurityTokenInvalidAudienceException>(result.Exception);
    }

    [Fact]
    public async Task CreateParameters_RetiredKid_Rejects()
    {
        var retired = new TestTokens("old");
        var token = retired.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership);

        var result = await Validate(token, tokens.PublicKeys, ResourceNames.Membership);

        Assert.False(result.IsValid);
        Assert.IsAssignableFrom<SecurityTokenSignatureKeyNotFoundException>(result.Exception);
    }

    [Fact]
    public async Task CreateParameters_ForeignKeyUnderAKnownKid_Rejects()
    {
        var forger = new TestTokens("k1");
        var token = forger.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership);

        var result = await Validate(token, tokens.PublicKeys, ResourceNames.Membership);

        Assert.False(result.IsValid);
        Assert.IsAssignableFrom<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    [Fact]
    public async Task CreateParameters_TamperedPayload_Rejects()
    {
        var token = tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership);
        var parts = token.Split('.');
        var claims = Base64UrlEncoder.Decode(parts[1]).Replace(Roles.Pi, Roles.CentreAdmin, StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(claims)}.{parts[2]}";

        var result = await Validate(tampered, tokens.PublicKeys, ResourceNames.Membership);

        Assert.False(result.IsValid);
        Assert.IsAssignableFrom<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    [Theory]
    [InlineData(5 * 60 + 29, true)]
    [InlineData(5 * 60 + 31, false)]
    public async Task CreateParameters_AfterExpiry_RejectsBeyondTheClockSkew(int secondsLater, bool valid)
    {
        var token = tokens.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership);
        tokens.Clock.Advance(TimeSpan.FromSeconds(secondsLater));

        var result = await Validate(token, tokens.PublicKeys, ResourceNames.Membership);

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public async Task CreateParameters_OtherKeysInTheRing_AcceptsByKid()
    {
        var next = new TestTokens("k2");
        var ring = InternalKey.ParsePublicKeys($"[{Entry(tokens.Keys)},{Entry(next.Keys)}]");
        var token = next.Issuer.Issue(TestTokens.Pi(), ResourceNames.Membership);

        var result = await Validate(token, ring, ResourceNames.Membership, next.Clock);

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    private Task<TokenValidationResult> Validate(string token, IReadOnlyList<InternalKey> ring, string audience, TimeProvider? clock = null) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, InternalTokenValidation.CreateParameters(ring, audience, clock ?? tokens.Clock));

    private static string Entry(InternalKeyPair keys) => keys.PublicKeys.TrimStart('[').TrimEnd(']');
}
