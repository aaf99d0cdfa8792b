using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Alliance.ServiceDefaults.Security;

public static class InternalAuthenticationRegistration
{
    /// <summary>
    /// Makes a service accept only the gateway's internal tokens addressed to <paramref name="audience"/>
    /// (its Aspire resource name) and protects every endpoint unless it opts out with AllowAnonymous.
    /// A missing or invalid <c>InternalTokens:PublicKeys</c> fails start-up.
    /// </summary>
    public static IHostApplicationBuilder AddInternalAuthentication(this IHostApplicationBuilder builder, string audience)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audience);
        builder.Services.AddOptions<InternalTokenOptions>().BindConfiguration(InternalTokenOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InternalTokenOptions>, PublicKeysValidation>());
        builder.Services.TryAddSingleton(TimeProvider.System);

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<InternalTokenOptions>, TimeProvider>((options, tokens, clock) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = InternalTokenValidation.CreateParameters(
                    InternalKey.ParsePublicKeys(tokens.Value.PublicKeys), audience, clock);
                options.Events = new JwtBearerEvents
                {
                    OnChallenge = Challenge,
                    OnForbidden = context => AuthenticationProblems.WriteAsync(
                        context.HttpContext, StatusCodes.Status403Forbidden, "You may not do this.", "forbidden"),
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    private static Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        // The reason stays in the logs: telling a caller which check failed helps only a forger.
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        return AuthenticationProblems.WriteAsync(
            context.HttpContext, StatusCodes.Status401Unauthorized, "A valid internal token is required.", "unauthenticated");
    }
}
