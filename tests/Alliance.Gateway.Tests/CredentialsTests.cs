using System.Security.Claims;
using Alliance.Gateway.Auth;

namespace Alliance.Gateway.Tests;

public sealed class CredentialsTests
{
    public static TheoryData<string?, string?, CredentialKind, bool> Cases => new()
    {
        { null, null, CredentialKind.None, false },
        { "Identity.Application", null, CredentialKind.Cookie, true },
        { AccessTokenAuthenticationHandler.SchemeName, "Session", CredentialKind.SessionToken, true },
        { AccessTokenAuthenticationHandler.SchemeName, "Personal", CredentialKind.PersonalToken, false },
        { AccessTokenAuthenticationHandler.SchemeName, null, CredentialKind.PersonalToken, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Of_AuthenticationTypeAndTokenKind_IsTheCredentialAndWhetherItIsASession(
        string? authenticationType, string? tokenKind, CredentialKind expected, bool isSession)
    {
        var claims = tokenKind is null ? [] : new[] { new Claim(Credentials.TokenKindClaim, tokenKind) };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));

        var kind = Credentials.Of(principal);

        Assert.Equal((expected, isSession), (kind, Credentials.IsSession(kind)));
    }
}
