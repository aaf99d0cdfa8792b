using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Alliance.Gateway.Auth;

/// <summary>
/// Checks a sign-in cookie on every request, as Identity's security-stamp validator does with a zero
/// interval (a disabled account, a changed password or a withdrawn approval signs the browser out at
/// once), but with the account, roles and scope in one lookup that the request's internal token then
/// reuses. The claims are rebuilt from that lookup on every request, so the cookie itself need not be
/// rewritten on each response; sliding expiration still renews it. The cookie must also name a browser
/// session that has not ended (<see cref="BrowserSessions"/>): a cookie kept after signing out is refused.
/// </summary>
public sealed class CookieCallerValidator(ScopeResolver scopes, IOptions<IdentityOptions> identity) : ISecurityStampValidator
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var types = identity.Value.ClaimsIdentity;
        var principal = context.Principal;
        var sessionId = BrowserSessions.SessionIdOf(context.Properties);
        var caller = Guid.TryParse(principal?.FindFirstValue(types.UserIdClaimType), out var userId) && sessionId is { } session
            ? await scopes.FindByBrowserSessionAsync(userId, session, context.HttpContext.RequestAborted)
            : null;
        var stamp = principal?.FindFirstValue(types.SecurityStampClaimType);
        if (caller is null || caller.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        var claims = CallerPrincipal.Create(caller, IdentityConstants.ApplicationScheme, types);
        claims.AddClaim(new Claim(Credentials.BrowserSessionClaim, sessionId!.Value.ToString()));
        if (stamp is not null)
        {
            claims.AddClaim(new Claim(types.SecurityStampClaimType, stamp));
        }

        // How the user signed in (password, second factor) is a fact of the sign-in, not of the account.
        if (principal!.FindFirst(ClaimTypes.AuthenticationMethod) is { } method)
        {
            claims.AddClaim(new Claim(method.Type, method.Value));
        }

        context.ReplacePrincipal(new ClaimsPrincipal(claims));
    }
}
