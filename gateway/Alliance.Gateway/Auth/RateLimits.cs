using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Alliance.Gateway.Auth;

/// <summary>
/// Slows down guessing on the anonymous doors, per client address; an attacker who spreads guesses
/// over addresses still meets the per-account lockout.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";

    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) }));
            limiter.AddPolicy(Registration, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) }));
        });
}
