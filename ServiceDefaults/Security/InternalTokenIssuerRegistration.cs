using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Alliance.ServiceDefaults.Security;

public static class InternalTokenIssuerRegistration
{
    /// <summary>
    /// Registers <see cref="InternalTokenIssuer"/> (for the gateway) from <c>InternalTokens:SigningKey</c>.
    /// A missing or invalid key, or a lifetime outside 2–15 minutes, fails start-up.
    /// </summary>
    public static IHostApplicationBuilder AddInternalTokenIssuer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InternalTokenOptions>().BindConfiguration(InternalTokenOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InternalTokenOptions>, SigningKeyValidation>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<InternalTokenOptions>>().Value;
            return new InternalTokenIssuer(
                InternalKey.ParseSigningKey(options.SigningKey),
                services.GetRequiredService<TimeProvider>(),
                options.Lifetime);
        });
        return builder;
    }
}
