using System.Security.Claims;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Identity;
using Alliance.Gateway.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Alliance.Gateway.Components.Account;

/// <summary>
/// Adds, at sign-in, the display name (for the app bar) and whether a required second factor is
/// missing; <see cref="Auth.CookieCallerValidator"/> rebuilds the same claims on every request.
/// </summary>
public sealed class UiClaimsPrincipalFactory(UserManager<GatewayUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<GatewayUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string DisplayName = AccountLinks.DisplayNameClaim;
    public const string SecondFactorMissing = AccountLinks.SecondFactorMissingClaim;

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(GatewayUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        CallerPrincipal.AddUiClaims(identity, user.DisplayName, identity.FindAll(identity.RoleClaimType).Select(c => c.Value).ToArray(), user.TwoFactorEnabled);
        return identity;
    }
}
