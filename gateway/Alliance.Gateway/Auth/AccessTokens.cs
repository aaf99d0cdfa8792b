using System.Security.Cryptography;
using System.Text;
using Alliance.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Auth;

/// <summary>Issues opaque bearer tokens, stored only as SHA-256 hashes (<see cref="CallerLookup"/> finds them).</summary>
public sealed class AccessTokens(GatewayDbContext db, TimeProvider clock)
{
    public const string Prefix = "alc_";
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxPersonalLifetime = TimeSpan.FromDays(366);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Creates a token; the returned value is the only time it is seen in clear.</summary>
    public async Task<(AccessToken Record, string Value)> IssueAsync(Guid userId, AccessTokenKind kind, string name, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var value = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var record = new AccessToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Kind = kind,
            Name = name,
            Hash = Hash(value),
            CreatedAt = clock.GetUtcNow(),
            ExpiresAt = expiresAt,
        };
        db.AccessTokens.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return (record, value);
    }

    /// <summary>Revokes every live token of the account (session and personal) but <paramref name="keep"/>.</summary>
    /// <returns>how many it revoked</returns>
    public async Task<int> RevokeAllAsync(Guid userId, Guid? keep, CancellationToken cancellationToken) =>
        await db.AccessTokens
            .Where(t => t.UserId == userId && t.RevokedAt == null && (keep == null || t.Id != keep.Value))
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, clock.GetUtcNow()), cancellationToken);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
