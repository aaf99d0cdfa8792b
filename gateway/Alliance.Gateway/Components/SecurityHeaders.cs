namespace Alliance.Gateway.Components;

/// <summary>
/// The headers every answer of the gateway carries, its pages' above all: no content-type sniffing,
/// no full address leaking to other sites, and a policy that lets a page load only this site's own
/// scripts, styles, images and circuit. MudBlazor writes inline styles (its theme and components),
/// hence <c>'unsafe-inline'</c> for styles only; scripts stay <c>'self'</c>. The policy replaces the
/// <c>frame-ancestors</c>-only one Blazor sets for its interactive pages, and keeps that rule.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>
    /// The headers for an answer at <paramref name="path"/>. The API reference pages
    /// (<c>/api/…/docs</c>) are the one exception to the content policy: the reference viewer runs an
    /// inline script and its own fonts, and those pages hold no user data.
    /// </summary>
    public static IEnumerable<(string Name, string Value)> For(PathString path)
    {
        yield return ("X-Content-Type-Options", "nosniff");
        yield return ("Referrer-Policy", ReferrerPolicy);
        if (!IsApiReference(path))
        {
            yield return ("Content-Security-Policy", ContentSecurityPolicy);
        }
    }

    public static bool IsApiReference(PathString path) =>
        path.StartsWithSegments("/api") && path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries) is [_, _, "docs", ..];

    /// <summary>Sets the headers as the answer starts, over whatever the page, the proxy or a service set.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                foreach (var (name, value) in For(context.Request.Path))
                {
                    context.Response.Headers[name] = value;
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
