using System.Threading.RateLimiting;

namespace Alliance.Gateway.Auth;

/// <summary>
/// Sign-in attempts per user name (case-insensitive) and minute, over every address and both doors:
/// a brute force on one account spread over many addresses meets it. Names that exist and names
/// that do not are counted alike, so the limit tells nothing about which exist.
/// </summary>
public sealed class SignInThrottle(int perMinute) : IDisposable
{
    /// <summary>Longer names are counted by their first characters: the partition key stays small.</summary>
    private const int KeyLength = 256;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(userName =>
        RateLimitPartition.GetFixedWindowLimiter(userName,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));

    /// <returns>false when the name has had its attempts this minute; <paramref name="retryAfter"/> says for how long.</returns>
    public bool TryAttempt(string userName, out TimeSpan? retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(Key(userName));
        retryAfter = !lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
        return lease.IsAcquired;
    }

    public static string Key(string userName)
    {
        var key = userName.Trim().ToUpperInvariant();
        return key.Length > KeyLength ? key[..KeyLength] : key;
    }

    public void Dispose() => _limiter.Dispose();
}
