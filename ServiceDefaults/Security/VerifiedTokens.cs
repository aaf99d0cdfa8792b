using System.Collections.Concurrent;
using System.Security.Claims;

namespace Alliance.ServiceDefaults.Security;

/// <summary>
/// The internal tokens this service has verified, each kept until its own expiry. The gateway forwards the same token for
/// a caller and service for minutes (<see cref="InternalTokenIssuer"/>), and checking its ES256 signature again costs
/// about a tenth of a millisecond of every request. Only a token that passed every check is kept, by its whole text, so
/// a changed byte is verified afresh; from its expiry on a kept token is verified again, and so refused.
/// </summary>
public sealed class VerifiedTokens(TimeProvider clock)
{
    /// <summary>Far more than the callers of one service within a token's lifetime; past it, tokens are simply verified each time.</summary>
    internal const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Verified> kept = new(StringComparer.Ordinal);

    /// <summary>A copy of the caller <paramref name="token"/> was verified as, while it has not expired.</summary>
    public bool TryGet(string token, out ClaimsPrincipal principal)
    {
        if (kept.TryGetValue(token, out var verified) && clock.GetUtcNow() < verified.Expires)
        {
            // A copy: a request may add to its own principal, never to the next request's.
            principal = Copy(verified.Principal);
            return true;
        }

        principal = null!;
        return false;
    }

    /// <summary>Keeps a token that has just passed every check, with the caller it names, until <paramref name="expires"/>.</summary>
    public void Keep(string token, ClaimsPrincipal principal, DateTimeOffset expires)
    {
        var now = clock.GetUtcNow();
        if (expires <= now)
        {
            return;
        }

        if (kept.Count >= Capacity)
        {
            DropExpired(now);
            if (kept.Count >= Capacity)
            {
                return;
            }
        }

        kept[token] = new Verified(Copy(principal), expires);
    }

    internal int Count => kept.Count;

    // ClaimsPrincipal.Clone shares its identities; each identity's Clone copies its claims.
    private static ClaimsPrincipal Copy(ClaimsPrincipal principal) => new(principal.Identities.Select(identity => identity.Clone()));

    private void DropExpired(DateTimeOffset now)
    {
        foreach (var entry in kept)
        {
            if (entry.Value.Expires <= now)
            {
                kept.TryRemove(entry);
            }
        }
    }

    private sealed record Verified(ClaimsPrincipal Principal, DateTimeOffset Expires);
}
