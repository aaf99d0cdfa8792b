using Alliance.Gateway.Components.Account;

namespace Alliance.Gateway.Auth;

/// <summary>
/// Checks on every <c>/api</c> call, after authentication and before any endpoint or the proxy: a
/// change sent with the cookie from another origin is refused (<see cref="CrossSiteRule"/>), and so
/// is every call but enrolment from an officer or administrator without a second factor
/// (<see cref="SecondFactorRule"/>). The second is decided from the account as it is now (the claim
/// is rebuilt from this request's lookup), so enrolling lifts it for the same token or cookie.
/// Refusals are audited like the other denials and answered as problem details by the one handler.
/// </summary>
public sealed class ApiGuards(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        Uri.TryCreate($"{request.Scheme}://{request.Host}", UriKind.Absolute, out var own);
        if (CrossSiteRule.Refuses(request.Method, Credentials.Of(context.User), request.Headers.Origin, request.Headers.Referer, own))
        {
            await AuditAsync(context, SessionProblems.CrossSiteRequest);
            throw SessionProblems.CrossSite();
        }

        if (context.User.HasClaim(UiClaimsPrincipalFactory.SecondFactorMissing, "true")
            && !SecondFactorRule.IsOpenBeforeEnrolment(request.Method, request.Path.Value ?? ""))
        {
            await AuditAsync(context, SessionProblems.SecondFactorRequired);
            throw SessionProblems.SecondFactorMissing();
        }

        await next(context);
    }

    private static Task AuditAsync(HttpContext context, string code) =>
        context.RequestServices.GetRequiredService<AuditLog>().WriteAsync(
            context.User.UserName(), AuditActions.Denied, "Forbidden",
            subject: $"{context.Request.Method} {context.Request.Path}", detail: code, cancellationToken: context.RequestAborted);
}

public static class ApiGuardsExtensions
{
    /// <summary>After authentication: the cross-site and second-factor checks of <c>/api</c> calls.</summary>
    public static IApplicationBuilder UseApiGuards(this IApplicationBuilder app) => app.UseMiddleware<ApiGuards>();
}
