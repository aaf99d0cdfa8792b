using Alliance.Gateway.Auth;
using Alliance.ServiceDefaults.Security;

namespace Alliance.Gateway.Proxy;

/// <summary>
/// The internal token for a user and one service, from the user's scope as it is now: the one
/// thing both the proxy and the web UI's service calls send, so the UI has no power the API lacks.
/// </summary>
public sealed class InternalTokenMinter(ScopeResolver scopes, InternalTokenIssuer issuer)
{
    /// <returns>null when the account no longer exists or is disabled</returns>
    public async Task<string?> MintAsync(Guid userId, string audience, CancellationToken cancellationToken)
    {
        var scope = await scopes.ResolveAsync(userId, cancellationToken);
        return scope is null
            ? null
            : issuer.Issue(new InternalCaller(scope.UserName, scope.Roles, scope.Alliances, scope.ScopeVersion), audience);
    }
}
