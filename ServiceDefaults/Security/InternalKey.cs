using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.IdentityModel.Tokens;

namespace Alliance.ServiceDefaults.Security;

/// <summary>
/// One ECDSA P-256 key of the internal-token key ring, named by its <see cref="Kid"/>.
/// <see cref="SecurityKey"/> holds the private key when parsed from the signing setting and
/// only the public key when parsed from the public-key list.
/// </summary>
public sealed class InternalKey
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private InternalKey(string kid, ECDsa key)
    {
        Kid = kid;
        SecurityKey = new ECDsaSecurityKey(key) { KeyId = kid };
    }

    public string Kid { get; }

    public ECDsaSecurityKey SecurityKey { get; }

    /// <summary>
    /// Parses <c>InternalTokens:SigningKey</c>: <c>{"kid":"…","key":"&lt;base64 PKCS#8 DER&gt;"}</c>.
    /// Throws <see cref="FormatException"/> naming what is wrong; the message never contains key material.
    /// </summary>
    public static InternalKey ParseSigningKey(string? json)
    {
        var entry = Deserialize<InternalKeyEntry>(json, "InternalTokens:SigningKey");
        return FromEntry(entry, "InternalTokens:SigningKey", (ecdsa, der) => ecdsa.ImportPkcs8PrivateKey(der, out _));
    }

    /// <summary>
    /// Parses <c>InternalTokens:PublicKeys</c>: <c>[{"kid":"…","key":"&lt;base64 SubjectPublicKeyInfo DER&gt;"}]</c>.
    /// Throws <see cref="FormatException"/> for malformed JSON, a bad key, a non-P-256 key, an empty list or a repeated kid.
    /// </summary>
    public static IReadOnlyList<InternalKey> ParsePublicKeys(string? json)
    {
        const string setting = "InternalTokens:PublicKeys";
        var entries = Deserialize<InternalKeyEntry[]>(json, setting);
        if (entries.Length == 0)
        {
            throw new FormatException($"{setting} lists no keys.");
        }

        var keys = entries.Select(e => FromEntry(e, setting, (ecdsa, der) => ecdsa.ImportSubjectPublicKeyInfo(der, out _))).ToArray();
        var repeated = keys.GroupBy(k => k.Kid, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? keys : throw new FormatException($"{setting} lists the kid '{repeated.Key}' more than once.");
    }

    internal static string Serialize(string kid, byte[] der) => JsonSerializer.Serialize(new InternalKeyEntry(kid, Convert.ToBase64String(der)), Json);

    internal static string SerializeList(string kid, byte[] der) => JsonSerializer.Serialize(new[] { new InternalKeyEntry(kid, Convert.ToBase64String(der)) }, Json);

    private static T Deserialize<T>(string? json, string setting) where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new FormatException($"{setting} is not set.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, Json) ?? throw new FormatException($"{setting} is null.");
        }
        catch (JsonException exception)
        {
            // The JSON reader's message can quote the input, which is a secret for the signing key.
            throw new FormatException($"{setting} is not valid JSON (line {exception.LineNumber}, byte {exception.BytePositionInLine}).");
        }
    }

    private static InternalKey FromEntry(InternalKeyEntry? entry, string setting, Action<ECDsa, byte[]> import)
    {
        if (entry is null || string.IsNullOrWhiteSpace(entry.Kid) || string.IsNullOrWhiteSpace(entry.Key))
        {
            throw new FormatException($"{setting} has an entry without both 'kid' and 'key'.");
        }

        var ecdsa = ECDsa.Create();
        try
        {
            import(ecdsa, Convert.FromBase64String(entry.Key));
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            ecdsa.Dispose();
            throw new FormatException($"{setting}: the key of kid '{entry.Kid}' is not a valid base64 DER key of the expected kind.");
        }

        if (ecdsa.ExportParameters(includePrivateParameters: false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            ecdsa.Dispose();
            throw new FormatException($"{setting}: the key of kid '{entry.Kid}' is not on the P-256 curve.");
        }

        return new InternalKey(entry.Kid, ecdsa);
    }

    private sealed record InternalKeyEntry(
        [property: JsonPropertyName("kid")] string? Kid,
        [property: JsonPropertyName("key")] string? Key);
}
