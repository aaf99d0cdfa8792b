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
/// rewritten on each response; sliding expiration still renews it.
/// </summary>
public sealed class CookieCallerValidator(ScopeResolver scopes, IOptions<IdentityOptions> identity) : ISecurityStampValidator
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var types = identity.Value.ClaimsIdentity;
        var principal = context.Principal;
        var caller = Guid.TryParse(principal?.FindFirstValue(types.UserIdClaimType), out var userId)
            ? await scopes.FindAsync(userId, context.HttpContext.RequestAborted)
            : null;
        var stamp = principal?.FindFirstValue(types.SecurityStampClaimType);
        if (caller is null || caller.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        var claims = CallerPrincipal.Create(caller, IdentityConstants.ApplicationScheme, types);
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
