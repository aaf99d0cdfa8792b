using Alliance.Gateway.Web.SiteVisit;
using Microsoft.AspNetCore.Components.Authorization;

namespace Alliance.Gateway.Web.Services;

/// <summary>
/// Whether the signed-in user may change an alliance's records, by the same rules and the same current
/// scope the internal token carries; pages use it to hide edit buttons (the services decide anyway).
/// </summary>
internal sealed class WriteAccess(AuthenticationStateProvider authentication, IServiceCredentials credentials)
{
    public async Task<bool> CanWriteAllianceAsync(Guid allianceId, CancellationToken cancellationToken = default) =>
        await credentials.CanWriteAllianceAsync((await authentication.GetAuthenticationStateAsync()).User, allianceId, cancellationToken);

    /// <summary>What the site-visit pages offer the user: those rules go by role, not by alliance.</summary>
    public async Task<SiteVisitRights> SiteVisitRightsAsync() => SiteVisitRights.Of((await authentication.GetAuthenticationStateAsync()).User);
}
