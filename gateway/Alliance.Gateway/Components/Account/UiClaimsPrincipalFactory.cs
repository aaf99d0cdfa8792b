using System.Security.Claims;
using Alliance.Gateway.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Alliance.Gateway.Components.Account;

/// <summary>
/// Adds the display name (for the app bar) and whether a required second factor is missing. The
/// security stamp is checked on every request, which rebuilds these claims, so they stay current.
/// </summary>
public sealed class UiClaimsPrincipalFactory(UserManager<GatewayUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<GatewayUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string DisplayName = "display_name";
    public const string SecondFactorMissing = "second_factor_missing";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(GatewayUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        var roleNames = identity.FindAll(identity.RoleClaimType).Select(c => c.Value);
        if (GatewayRoles.RequiresSecondFactor(roleNames) && !user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(SecondFactorMissing, "true"));
        }

        return identity;
    }
}
