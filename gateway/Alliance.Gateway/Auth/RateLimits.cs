using System.Globalization;
using System.Threading.RateLimiting;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Gateway.Auth;

/// <summary>Attempts per minute on the anonymous doors: per client address, and per user name tried.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Gateway:RateLimits";

    public int SignInsPerMinute { get; set; } = 60;
    public int RegistrationsPerMinute { get; set; } = 30;

    /// <summary>Sign-ins naming one user name, whatever the address and door (token or web form).</summary>
    public int SignInsPerUserNamePerMinute { get; set; } = 10;
}

/// <summary>
/// Slows down guessing and account spam on the anonymous doors, per client address; an attacker who
/// spreads guesses over addresses still meets the per-user-name limit (<see cref="SignInThrottle"/>)
/// and the per-account lockout.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";

    public static IHostApplicationBuilder AddGatewayRateLimits(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddSingleton(_ => new SignInThrottle(options.SignInsPerUserNamePerMinute));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            // One allowance for each door's API and its page's posts; reading a page is free.
            limiter.AddPolicy(SignIn, context => PostsPerAddress(context, options.SignInsPerMinute));
            limiter.AddPolicy(Registration, context => PostsPerAddress(context, options.RegistrationsPerMinute));
        });
        return builder;
    }

    /// <summary>Retry-After in whole seconds, rounded up so a client that waits that long is let in.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public static ProblemDetails TooManyAttempts(CultureInfo language) => new()
    {
        Status = StatusCodes.Status429TooManyRequests,
        Title = new LocalizedText("嘗試次數過多，請稍後再試。", "Too many attempts; try again later.").For(language),
        Extensions = { ["code"] = "too-many-attempts" },
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds(wait);
        }

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = TooManyAttempts(RequestLanguage.Of(http)) });
    }

    private static RateLimitPartition<string> PostsPerAddress(HttpContext context, int perMinute) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("")
            : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
}
