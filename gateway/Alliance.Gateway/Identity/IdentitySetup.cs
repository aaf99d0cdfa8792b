using Alliance.Gateway.Auth;
using Alliance.Gateway.Data;
using Alliance.Messaging;
using Alliance.ServiceDefaults;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alliance.Gateway.Identity;

internal static class IdentitySetup
{
    /// <summary>OWASP ASVS 5.0 level 2 asks for at least 210,000 PBKDF2 iterations (Identity's default is 100,000).</summary>
    public const int PasswordIterations = 210_000;
    public const string CookieName = "__Host-alliance";
    public const string SmartScheme = "cookie-or-bearer";

    public static IHostApplicationBuilder AddGatewayIdentity(this IHostApplicationBuilder builder)
    {
        var callers = new CallerCache();
        builder.Services.AddSingleton(callers);
        builder.AddServiceDatabase<GatewayDbContext>(ResourceNames.GatewayDb, new CallerChanges(callers));
        builder.Services.AddIdentity<GatewayUser, IdentityRole<Guid>>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddEntityFrameworkStores<GatewayDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<CommonPasswordValidator>();

        builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordIterations);
        // Every request re-reads the account, so disabling it or withdrawing an approval signs it out at once.
        builder.Services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, CookieCallerValidator>());
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.Path = "/";
            cookie.LoginPath = "/account/sign-in";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnSigningIn = BrowserSessions.OnSigningInAsync;
            cookie.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddDataProtection()
            .PersistKeysToDbContext<GatewayDbContext>()
            .SetApplicationName("alliance-gateway");

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = SmartScheme;
                options.DefaultAuthenticateScheme = SmartScheme;
                options.DefaultChallengeScheme = SmartScheme;
                options.DefaultForbidScheme = SmartScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(SmartScheme, "Cookie or bearer token", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AccessTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme);

        builder.Services.AddScoped<AccessTokens>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<BrowserSessions>();
        builder.Services.AddScoped<PasswordChanges>();
        builder.Services.AddScoped<CallerLookup>();
        builder.Services.AddScoped<ScopeResolver>();
        builder.Services.AddScoped<SignInService>();
        builder.Services.AddScoped<Proxy.InternalTokenMinter>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOptions<AccountBackfillOptions>().BindConfiguration(AccountBackfillOptions.Section)
            .Validate(backfill => backfill.Interval > TimeSpan.Zero, "The account backfill's interval must be positive.").ValidateOnStart();
        builder.Services.AddScoped<AccountBackfill>();
        builder.Services.AddHostedService<AccountBackfillService>();
        return builder;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
