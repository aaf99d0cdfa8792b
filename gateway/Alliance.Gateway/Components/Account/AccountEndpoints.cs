using Alliance.Gateway.Auth;
using Alliance.Gateway.Web.Shared;
using Alliance.Gateway.Web.Text;
using Alliance.Gateway.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Gateway.Components.Account;

/// <summary>The two form posts that only set or clear cookies; both check the antiforgery token (a form parameter).</summary>
public static class AccountEndpoints
{
    public const string CulturePath = AccountLinks.CulturePath;
    public const string SignOutPath = AccountLinks.SignOutPath;

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(CulturePath, SetCulture).WithName(nameof(SetCulture)).ExcludeFromDescription();
        app.MapPost(SignOutPath, SignOut).WithName(nameof(SignOut)).ExcludeFromDescription();
        return app;
    }

    public static RedirectHttpResult SetCulture([FromForm] string culture, [FromForm] string? returnUrl, HttpContext context)
    {
        var chosen = UiCultures.Supported.Contains(culture) ? culture : UiCultures.Chinese;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, Path = "/", HttpOnly = true });
        return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }

    public static async Task<RedirectHttpResult> SignOut(
        [FromForm] string? returnUrl, HttpContext context, SignInManager<GatewayUser> signIns, BrowserSessions sessions, AuditLog audit, CancellationToken cancellationToken)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            // Ended on the server too: a copy of the cookie kept elsewhere is refused from now on.
            var session = Credentials.BrowserSessionId(context.User);
            if (session is { } id)
            {
                await sessions.EndAsync(id, cancellationToken);
            }

            await signIns.SignOutAsync();
            await audit.WriteAsync(context.User.UserName(), AuditActions.SignOut, "Succeeded", subject: session?.ToString(), detail: "browser session ended", cancellationToken: cancellationToken);
        }

        return TypedResults.LocalRedirect("/");
    }
}

/// <summary>Redirects stay on this site: only a path starting with one slash is followed.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
