using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

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
        builder.Services.TryAddSingleton<VerifiedTokens>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<InternalTokenOptions>, TimeProvider, VerifiedTokens>((options, tokens, clock, verified) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = InternalTokenValidation.CreateParameters(
                    InternalKey.ParsePublicKeys(tokens.Value.PublicKeys), audience, clock);
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context => AlreadyVerified(context, verified),
                    OnTokenValidated = context => KeepVerified(context, verified),
                    OnChallenge = Challenge,
                    OnForbidden = context => AuthenticationProblems.WriteAsync(
                        context.HttpContext, StatusCodes.Status403Forbidden, "You may not do this.", "forbidden"),
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    private const string BearerPrefix = "Bearer ";

    /// <summary>A token verified before is let through as the caller it named, as long as it has not expired.</summary>
    private static Task AlreadyVerified(MessageReceivedContext context, VerifiedTokens verified)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            && verified.TryGet(authorization[BearerPrefix.Length..].Trim(), out var principal))
        {
            context.Principal = principal;
            context.Success();
        }

        return Task.CompletedTask;
    }

    private static Task KeepVerified(TokenValidatedContext context, VerifiedTokens verified)
    {
        if (context.SecurityToken is JsonWebToken token && context.Principal is { } principal)
        {
            verified.Keep(token.EncodedToken, principal, new DateTimeOffset(token.ValidTo, TimeSpan.Zero));
        }

        return Task.CompletedTask;
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
