using System.Threading.RateLimiting;

namespace Alliance.Gateway.Auth;

/// <summary>Requests per minute from one client address on the anonymous doors.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Gateway:RateLimits";

    public int SignInsPerMinute { get; set; } = 60;
    public int RegistrationsPerMinute { get; set; } = 30;
}

/// <summary>
/// Slows down guessing and account spam on the anonymous doors, per client address; an attacker who
/// spreads guesses over addresses still meets the per-account lockout.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";

    public static IHostApplicationBuilder AddGatewayRateLimits(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignIn, context => PerAddress(context, options.SignInsPerMinute));
            limiter.AddPolicy(Registration, context => PerAddress(context, options.RegistrationsPerMinute));
        });
        return builder;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
}
