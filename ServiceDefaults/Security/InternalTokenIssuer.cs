using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Alliance.ServiceDefaults.Security;

/// <summary>
/// Signs the internal tokens the gateway forwards (ES256, header <c>kid</c>). A token is reused for
/// the same user, scope version and audience until a minute before it expires, so signing is not
/// on every request's path while a service never receives a token about to lapse.
/// </summary>
public sealed class InternalTokenIssuer
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(1);

    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly ConcurrentDictionary<(string UserName, long ScopeVersion, string Audience), IssuedToken> cache = new();
    private readonly SigningCredentials credentials;
    private readonly TimeProvider clock;
    private readonly TimeSpan lifetime;
    private DateTimeOffset nextSweep;

    public InternalTokenIssuer(InternalKey signingKey, TimeProvider clock, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, RefreshMargin);
        credentials = new SigningCredentials(signingKey.SecurityKey, SecurityAlgorithms.EcdsaSha256);
        this.clock = clock;
        this.lifetime = lifetime;
        nextSweep = clock.GetUtcNow() + lifetime;
    }

    /// <summary>The token for <paramref name="caller"/> to call the service named <paramref name="audience"/>.</summary>
    public string Issue(InternalCaller caller, string audience)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentException.ThrowIfNullOrWhiteSpace(caller.UserName);
        ArgumentException.ThrowIfNullOrWhiteSpace(audience);

        var now = clock.GetUtcNow();
        var key = (caller.UserName, caller.ScopeVersion, audience);
        if (cache.TryGetValue(key, out var cached) && now < cached.RefreshAfter)
        {
            return cached.Token;
        }

        var issued = Sign(caller, audience, now);
        cache[key] = issued;
        SweepIfDue(now);
        return issued.Token;
    }

    private IssuedToken Sign(InternalCaller caller, string audience, DateTimeOffset now)
    {
        var expires = now + lifetime;
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = InternalTokenClaims.Issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = credentials,
            Claims = new Dictionary<string, object>
            {
                [InternalTokenClaims.Subject] = caller.UserName,
                [InternalTokenClaims.Roles] = caller.Roles.ToArray(),
                [InternalTokenClaims.Alliances] = caller.Alliances.Select(id => id.ToString()).ToArray(),
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
            },
        });
        return new IssuedToken(token, expires - RefreshMargin);
    }

    // Entries of users who went quiet or whose scope moved on would otherwise stay forever.
    private void SweepIfDue(DateTimeOffset now)
    {
        if (now < nextSweep)
        {
            return;
        }

        nextSweep = now + lifetime;
        foreach (var entry in cache)
        {
            if (entry.Value.RefreshAfter <= now)
            {
                cache.TryRemove(entry);
            }
        }
    }

    private sealed record IssuedToken(string Token, DateTimeOffset RefreshAfter);
}
