using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Alliance.Gateway.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer alc_…</c> against the stored hashes on every request, so a
/// revoked token or a disabled account stops working at once. The account, its roles and its scope
/// come in one lookup, which the same request's internal token then reuses.
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ScopeResolver scopes,
    IOptions<IdentityOptions> identity)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";
    public const string TokenIdClaim = "token_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var caller = await scopes.FindByBearerTokenAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        return caller is null
            ? AuthenticateResult.Fail("The bearer token is unknown, expired or revoked, or its account is disabled.")
            : AuthenticateResult.Success(new AuthenticationTicket(Principal(caller), SchemeName));
    }

    private ClaimsPrincipal Principal(CallerRecord caller)
    {
        var claims = CallerPrincipal.Create(caller, SchemeName, identity.Value.ClaimsIdentity);
        claims.AddClaim(new Claim(TokenIdClaim, caller.TokenId!.Value.ToString()));
        claims.AddClaim(new Claim(Credentials.TokenKindClaim, caller.TokenKind!.Value.ToString()));
        return new ClaimsPrincipal(claims);
    }
}
