using System.Security.Claims;
using Alliance.Gateway.Components.Account;
using Alliance.Gateway.Identity;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Auth;

/// <summary>
/// The claims of a signed-in caller, built from one <see cref="CallerRecord"/>: the same claims
/// Identity's principal factory (with <see cref="UiClaimsPrincipalFactory"/>) gives at sign-in, so a
/// cookie's or a bearer token's caller looks the same to every endpoint and page.
/// </summary>
public static class CallerPrincipal
{
    public static ClaimsIdentity Create(CallerRecord caller, string authenticationType, ClaimsIdentityOptions types)
    {
        var identity = new ClaimsIdentity(authenticationType, types.UserNameClaimType, types.RoleClaimType);
        identity.AddClaim(new Claim(types.UserIdClaimType, caller.Scope.UserId.ToString()));
        identity.AddClaim(new Claim(types.UserNameClaimType, caller.Scope.UserName));
        identity.AddClaims(caller.Scope.Roles.Select(role => new Claim(types.RoleClaimType, role)));
        AddUiClaims(identity, caller.DisplayName, caller.Scope.Roles, caller.TwoFactorEnabled);
        return identity;
    }

    /// <summary>The display name for the app bar, and whether a second factor the roles require is missing.</summary>
    public static void AddUiClaims(ClaimsIdentity identity, string displayName, IEnumerable<string> roles, bool twoFactorEnabled)
    {
        identity.AddClaim(new Claim(UiClaimsPrincipalFactory.DisplayName, displayName));
        if (GatewayRoles.RequiresSecondFactor(roles) && !twoFactorEnabled)
        {
            identity.AddClaim(new Claim(UiClaimsPrincipalFactory.SecondFactorMissing, "true"));
        }
    }
}
