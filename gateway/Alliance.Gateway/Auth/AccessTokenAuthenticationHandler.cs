using System.Security.Claims;
using System.Text.Encodings.Web;
using Alliance.Gateway.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Alliance.Gateway.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer alc_…</c> against the stored hashes on every request, so a
/// revoked token or a disabled account stops working at once.
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokens tokens,
    UserManager<GatewayUser> users,
    IUserClaimsPrincipalFactory<GatewayUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindLiveAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("The bearer token is unknown, expired or revoked.");
        }

        var user = await users.FindByIdAsync(token.UserId.ToString());
        if (user is null || user.Disabled)
        {
            return AuthenticateResult.Fail("The account is disabled.");
        }

        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim("token_id", token.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
