using Alliance.AppHost.Infrastructure;
using Alliance.ServiceDefaults.Security;
using Aspire.Hosting.ApplicationModel;

namespace Alliance.AppHost;

/// <summary>
/// The key the gateway signs internal tokens with, and the public keys the services accept.
/// Generated on first start and kept in the secrets file; rotating is editing that file (or setting
/// the two parameters): add the new public key to the list, switch the signing key, and later drop
/// the old public key, after which tokens it signed stop working. No code changes.
/// </summary>
public sealed record InternalKeyParameters(IResourceBuilder<ParameterResource> SigningKey, IResourceBuilder<ParameterResource> PublicKeys)
{
    public const string SigningKeyName = "internal-signing-key";
    public const string PublicKeysName = "internal-public-keys";

    public static InternalKeyParameters Add(IDistributedApplicationBuilder builder, LocalSecrets secrets)
    {
        var generated = new Lazy<InternalKeyPair>(() => InternalKeys.Generate($"k{DateTime.UtcNow:yyyyMMdd}-{Guid.NewGuid().ToString("N")[..6]}"));
        secrets.GetOrCreate(SigningKeyName, () => generated.Value.SigningKey);
        secrets.GetOrCreate(PublicKeysName, () => generated.Value.PublicKeys);
        return new InternalKeyParameters(
            builder.AddSecretParameter(secrets, SigningKeyName),
            builder.AddSecretParameter(secrets, PublicKeysName));
    }
}
