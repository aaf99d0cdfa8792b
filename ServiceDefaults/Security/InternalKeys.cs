using System.Security.Cryptography;

namespace Alliance.ServiceDefaults.Security;

/// <summary>A freshly generated key in the two setting formats of the <c>InternalTokens</c> section.</summary>
/// <param name="SigningKey">the value for <c>InternalTokens:SigningKey</c> (the gateway's secret)</param>
/// <param name="PublicKeys">the value for <c>InternalTokens:PublicKeys</c>, a list holding this one key</param>
public sealed record InternalKeyPair(string Kid, string SigningKey, string PublicKeys);

public static class InternalKeys
{
    /// <summary>
    /// Creates a new ECDSA P-256 key pair under <paramref name="kid"/>. Used by the AppHost on first
    /// start; to rotate, add the new public key to the list before the gateway signs with it.
    /// </summary>
    public static InternalKeyPair Generate(string kid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kid);
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new InternalKeyPair(
            kid,
            InternalKey.Serialize(kid, ecdsa.ExportPkcs8PrivateKey()),
            InternalKey.SerializeList(kid, ecdsa.ExportSubjectPublicKeyInfo()));
    }
}
