using System.Security.Claims;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Proxy;
using Alliance.Gateway.Web.Services;
using Alliance.ServiceDefaults.Security;

namespace Alliance.Gateway.Components;

/// <summary>
/// Lends the web UI the signed-in user's internal token and write scope, so the pages never hold the
/// signing keys or read the accounts database. Each call takes a scope of its own: a circuit lives
/// long, the DbContext behind the minter and the resolver should not.
/// </summary>
public sealed class GatewayServiceCredentials(IServiceScopeFactory scopes) : IServiceCredentials
{
    public async Task<string?> TokenForAsync(ClaimsPrincipal user, string service, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InternalTokenMinter>().MintAsync(user.UserId(), service, cancellationToken);
    }

    public async Task<bool> CanWriteAllianceAsync(ClaimsPrincipal user, Guid allianceId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var resolved = await scope.ServiceProvider.GetRequiredService<ScopeResolver>().ResolveAsync(user.UserId(), cancellationToken);
        return resolved is not null && AccessRules.CanAccessAlliance(resolved.Roles, resolved.Alliances.Contains(allianceId), Access.Write);
    }
}
