using Alliance.ServiceDefaults.Security;
using Microsoft.Extensions.Time.Testing;

namespace Alliance.ServiceDefaults.Tests.Security;

/// <summary>A gateway key pair and a fake clock, the way the AppHost and the gateway set them up.</summary>
internal sealed class TestTokens
{
    public static readonly Guid Alliance = Guid.Parse("0195f3a4-0000-7000-8000-00000000000a");

    public TestTokens(string kid = "k1")
    {
        Keys = InternalKeys.Generate(kid);
        Issuer = new InternalTokenIssuer(InternalKey.ParseSigningKey(Keys.SigningKey), Clock, TimeSpan.FromMinutes(5));
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    public InternalKeyPair Keys { get; }

    public InternalTokenIssuer Issuer { get; }

    public IReadOnlyList<InternalKey> PublicKeys => InternalKey.ParsePublicKeys(Keys.PublicKeys);

    public static InternalCaller Pi(long scopeVersion = 1) => new("wang", [Roles.Pi], [Alliance], scopeVersion);
}
