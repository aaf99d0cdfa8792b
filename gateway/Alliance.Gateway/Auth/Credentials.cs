using System.Security.Claims;
using Alliance.Gateway.Data;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Auth;

/// <summary>How a caller proved who it is: which decides what a credential may do beyond the caller's roles.</summary>
public enum CredentialKind
{
    /// <summary>Not signed in.</summary>
    None,
    /// <summary>The web UI's sign-in cookie, which names a browser session.</summary>
    Cookie,
    /// <summary>A short-lived bearer token from <c>POST /api/auth/token</c>.</summary>
    SessionToken,
    /// <summary>A personal access token: long-lived, for scripts, not a session.</summary>
    PersonalToken,
}

/// <summary>Reads the credential behind a principal from the claims its authentication handler set.</summary>
public static class Credentials
{
    /// <summary>The browser session a cookie names (<see cref="BrowserSessions"/>).</summary>
    public const string BrowserSessionClaim = "browser_session";

    /// <summary>The kind of the bearer token (<see cref="AccessTokenKind"/>), beside <see cref="AccessTokenAuthenticationHandler.TokenIdClaim"/>.</summary>
    public const string TokenKindClaim = "token_kind";

    public static CredentialKind Of(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true } identity)
        {
            return CredentialKind.None;
        }

        if (identity.AuthenticationType == IdentityConstants.ApplicationScheme)
        {
            return CredentialKind.Cookie;
        }

        return identity.AuthenticationType == AccessTokenAuthenticationHandler.SchemeName
            && principal.FindFirstValue(TokenKindClaim) == nameof(AccessTokenKind.Session)
            ? CredentialKind.SessionToken
            : CredentialKind.PersonalToken;
    }

    /// <summary>A session is a sign-in with the password (and second factor): a cookie or a token from the token endpoint.</summary>
    public static bool IsSession(CredentialKind kind) => kind is CredentialKind.Cookie or CredentialKind.SessionToken;

    public static Guid? BrowserSessionId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(BrowserSessionClaim), out var id) ? id : null;

    public static Guid? TokenId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(AccessTokenAuthenticationHandler.TokenIdClaim), out var id) ? id : null;
}
