using Alliance.Gateway.Identity;

namespace Alliance.Gateway.Auth;

/// <summary>A user's current roles and alliances, read fresh for every request.</summary>
public sealed record UserScope(Guid UserId, string UserName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Alliances, long ScopeVersion)
{
    public bool IsIn(string role) => Roles.Contains(role);
}

/// <summary>
/// Resolves scope: a PI's alliances are those whose <c>piUserName</c> names the account; an
/// assistant's, the approved registrations; a reviewer's, the visits still assigned (from site-visit's events). Officers and centre
/// administrators read everything, which services know from the role. A terminated alliance stays in
/// scope: its PI and assistants still read its records, and membership refuses changes to it (422).
/// One instance serves one request (or one UI call), and remembers what it read for that request, so
/// authentication and the internal token of the same request cost one lookup, not two.
/// </summary>
public sealed class ScopeResolver(CallerLookup lookup)
{
    private CallerRecord? resolved;

    public async Task<UserScope?> ResolveAsync(Guid userId, CancellationToken cancellationToken) =>
        (await FindAsync(userId, cancellationToken))?.Scope;

    /// <returns>null when the account no longer exists or is disabled</returns>
    public async Task<CallerRecord?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (resolved?.Scope.UserId == userId)
        {
            return resolved;
        }

        return resolved = await lookup.FindByUserIdAsync(userId, cancellationToken);
    }

    /// <returns>null when the account no longer exists or is disabled, or the browser session has ended</returns>
    public async Task<CallerRecord?> FindByBrowserSessionAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken) =>
        resolved = await lookup.FindByBrowserSessionAsync(userId, sessionId, cancellationToken);

    /// <returns>null when the token is unknown, expired or revoked, or its account is disabled</returns>
    public async Task<CallerRecord?> FindByBearerTokenAsync(string token, CancellationToken cancellationToken) =>
        resolved = await lookup.FindByBearerTokenAsync(token, cancellationToken);

    public static UserScope ScopeOf(
        Guid userId, string userName, long accountVersion, IReadOnlyList<string> roles,
        IEnumerable<Guid> led, IEnumerable<Guid> assisted, IEnumerable<Guid> reviewed)
    {
        var alliances = new HashSet<Guid>();
        if (roles.Contains(GatewayRoles.Pi))
        {
            alliances.UnionWith(led);
        }

        if (roles.Contains(GatewayRoles.Assistant))
        {
            alliances.UnionWith(assisted);
        }

        if (roles.Contains(GatewayRoles.Reviewer))
        {
            alliances.UnionWith(reviewed);
        }

        var ordered = alliances.Order().ToArray();
        return new UserScope(userId, userName, roles, ordered, ScopeVersionOf(accountVersion, roles, ordered));
    }

    /// <summary>A number that changes whenever the account's scope does, for caching tokens per scope.</summary>
    private static long ScopeVersionOf(long accountVersion, IEnumerable<string> roles, IEnumerable<Guid> alliances)
    {
        var hash = new HashCode();
        hash.Add(accountVersion);
        foreach (var role in roles)
        {
            hash.Add(role);
        }

        foreach (var alliance in alliances)
        {
            hash.Add(alliance);
        }

        return ((long)accountVersion << 32) ^ (uint)hash.ToHashCode();
    }
}
