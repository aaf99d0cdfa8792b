namespace Alliance.Gateway.Components.Account;

/// <summary>
/// An administrator or ministry officer signed in without a second factor sees only the two-factor
/// page until they enrol (and may still sign out or switch language). <c>/api</c> calls meet the same
/// rule in <see cref="Auth.ApiGuards"/>, as a 403 problem rather than a redirect.
/// </summary>
public sealed class SecondFactorGate(RequestDelegate next)
{
    public const string TwoFactorPath = "/account/two-factor";

    private static readonly string[] Open = [TwoFactorPath, AccountEndpoints.SignOutPath, AccountEndpoints.CulturePath, "/account/sign-in", "/api", "/_framework", "/_content", "/_blazor", "/health", "/alive"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!context.User.HasClaim(UiClaimsPrincipalFactory.SecondFactorMissing, "true")
            || Path.HasExtension(path.Value)
            || Open.Any(open => path.StartsWithSegments(open)))
        {
            return next(context);
        }

        context.Response.Redirect(TwoFactorPath);
        return Task.CompletedTask;
    }
}
