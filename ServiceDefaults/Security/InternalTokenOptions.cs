using Microsoft.Extensions.Options;

namespace Alliance.ServiceDefaults.Security;

/// <summary>The <c>InternalTokens</c> configuration section. Key formats are described on <see cref="InternalKey"/>.</summary>
public sealed class InternalTokenOptions
{
    public const string Section = "InternalTokens";

    /// <summary>The gateway's private key; set only on the gateway.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The public keys the services accept; a kid missing here is retired.</summary>
    public string? PublicKeys { get; set; }

    /// <summary>How long an issued token lives: 2 to 15 minutes, 5 by default.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Fails the gateway's start-up when it cannot sign.</summary>
internal sealed class SigningKeyValidation : IValidateOptions<InternalTokenOptions>
{
    private static readonly TimeSpan ShortestLifetime = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LongestLifetime = TimeSpan.FromMinutes(15);

    public ValidateOptionsResult Validate(string? name, InternalTokenOptions options)
    {
        // Shorter than two minutes would leave no reuse window before the one-minute refresh margin.
        if (options.Lifetime < ShortestLifetime || options.Lifetime > LongestLifetime)
        {
            return ValidateOptionsResult.Fail($"{InternalTokenOptions.Section}:Lifetime must be between {ShortestLifetime} and {LongestLifetime}.");
        }

        return Parses(() => InternalKey.ParseSigningKey(options.SigningKey));
    }

    internal static ValidateOptionsResult Parses(Action parse)
    {
        try
        {
            parse();
            return ValidateOptionsResult.Success;
        }
        catch (FormatException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}

/// <summary>Fails a service's start-up when it could not recognise any token.</summary>
internal sealed class PublicKeysValidation : IValidateOptions<InternalTokenOptions>
{
    public ValidateOptionsResult Validate(string? name, InternalTokenOptions options) =>
        SigningKeyValidation.Parses(() => InternalKey.ParsePublicKeys(options.PublicKeys));
}
