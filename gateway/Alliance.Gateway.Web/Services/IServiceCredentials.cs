using System.Security.Claims;

namespace Alliance.Gateway.Web.Services;

/// <summary>
/// What the host lends the web UI so it can call the services as the signed-in user without holding
/// the accounts database or the signing keys itself.
/// </summary>
public interface IServiceCredentials
{
    /// <summary>The internal token the proxy would forward for <paramref name="user"/> to <paramref name="service"/>; null when the account is disabled.</summary>
    Task<string?> TokenForAsync(ClaimsPrincipal user, string service, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="user"/> may change <paramref name="allianceId"/>'s records, by the rules and the current scope the token carries.</summary>
    Task<bool> CanWriteAllianceAsync(ClaimsPrincipal user, Guid allianceId, CancellationToken cancellationToken);
}
