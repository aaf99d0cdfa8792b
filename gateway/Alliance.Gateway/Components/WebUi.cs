using System.Text.Encodings.Web;
using System.Text.Unicode;
using Alliance.Gateway.Components.Account;
using Alliance.Gateway.Identity;
using Alliance.Gateway.Web;
using Alliance.Gateway.Web.Services;
using Alliance.Gateway.Web.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Alliance.Gateway.Components;

/// <summary>
/// The web UI: a Blazor Web App (static server rendering, interactive server pages where a page
/// asks for it) with MudBlazor, in zh-TW by default and English by the culture cookie. The pages
/// live in Alliance.Gateway.Web; the host adds its account pages and lends the library credentials.
/// </summary>
public static class WebUi
{
    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        // Serves MudBlazor's and Blazor's files from the build output whatever the environment (Aspire sets none).
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Chinese text as text, not as &#x...; entities: readable page source, and searchable by the tests.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddWebUiPages();
        builder.Services.AddSingleton<IServiceCredentials, GatewayServiceCredentials>();
        builder.Services.AddScoped<IUserClaimsPrincipalFactory<GatewayUser>, UiClaimsPrincipalFactory>();
        builder.Services.AddScoped<AccountCalls>();
        builder.Services.AddScoped<IAccountDirectory, GatewayAccountDirectory>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(UiCultures.Chinese)
                .AddSupportedCultures(UiCultures.Supported)
                .AddSupportedUICultures(UiCultures.Supported);
            // Only the user's choice counts, not the browser's Accept-Language: the programme works in zh-TW.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return builder;
    }

    /// <summary>Middleware: the security headers, the culture of each request, then the second-factor gate (after authentication).</summary>
    public static WebApplication UseWebUi(this WebApplication app)
    {
        // First, so that the gate's redirects and every later answer (pages, APIs, proxied) carry them too.
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseMiddleware<SecondFactorGate>();
        return app;
    }

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AddAdditionalAssemblies(typeof(WebUiPages).Assembly);
        app.MapAccountEndpoints();
        return app;
    }
}
