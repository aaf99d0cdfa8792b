using Microsoft.IdentityModel.Tokens;

namespace Alliance.ServiceDefaults.Security;

public static class InternalTokenValidation
{
    /// <summary>Enough for clocks on one machine or one cluster; tokens live only minutes.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>
    /// What a service accepts: ES256 tokens from the gateway for <paramref name="audience"/>, signed by
    /// a key of <paramref name="publicKeys"/> chosen by the token's <c>kid</c>. A token without a kid,
    /// or with one not in the list (retired or foreign), fails; other keys are never tried.
    /// </summary>
    public static TokenValidationParameters CreateParameters(IReadOnlyList<InternalKey> publicKeys, string audience, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(publicKeys);
        ArgumentException.ThrowIfNullOrWhiteSpace(audience);
        return new TokenValidationParameters
        {
            ValidIssuer = InternalTokenClaims.Issuer,
            ValidAudience = audience,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            IssuerSigningKeys = publicKeys.Select(k => k.SecurityKey).ToArray(),
            TryAllIssuerSigningKeys = false,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            // The library reads the system clock; this lets tests and the service share one TimeProvider.
            LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(notBefore, expires, clock.GetUtcNow().UtcDateTime),
            NameClaimType = InternalTokenClaims.Subject,
            RoleClaimType = InternalTokenClaims.Roles,
        };
    }

    private static bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, DateTime now) =>
        expires is { } end && now <= end + ClockSkew && (notBefore is not { } start || now >= start - ClockSkew);
}
