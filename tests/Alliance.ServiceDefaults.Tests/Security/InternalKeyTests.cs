using System.Security.Cryptography;
using Alliance.ServiceDefaults.Security;

namespace Alliance.ServiceDefaults.Tests.Security;

public sealed class InternalKeyTests
{
    [Fact]
    public void Generate_NewKid_ParsesBackIntoAMatchingPair()
    {
        var pair = InternalKeys.Generate("k1");

        var signing = InternalKey.ParseSigningKey(pair.SigningKey);
        var published = Assert.Single(InternalKey.ParsePublicKeys(pair.PublicKeys));

        Assert.Equal("k1", signing.Kid);
        Assert.Equal("k1", published.Kid);
        Assert.Equal(signing.SecurityKey.ECDsa.ExportSubjectPublicKeyInfo(), published.SecurityKey.ECDsa.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void Generate_Twice_MakesDifferentKeys() =>
        Assert.NotEqual(InternalKeys.Generate("k1").SigningKey, InternalKeys.Generate("k1").SigningKey);

    public static TheoryData<string> BadSigningKeys => new()
    {
        "",
        "not json",
        """{"kid":"k1"}""",
        """{"kid":"","key":"AAAA"}""",
        """{"kid":"k1","key":"%%%"}""",
        """{"kid":"k1","key":"AAAA"}""",
        $$"""{"kid":"k1","key":"{{Convert.ToBase64String(ECDsa.Create(ECCurve.NamedCurves.nistP384).ExportPkcs8PrivateKey())}}"}""",
    };

    [Theory]
    [MemberData(nameof(BadSigningKeys))]
    public void ParseSigningKey_Malformed_ThrowsFormatException(string json) =>
        Assert.Throws<FormatException>(() => InternalKey.ParseSigningKey(json));

    [Fact]
    public void ParseSigningKey_Unset_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => InternalKey.ParseSigningKey(null));

    [Fact]
    public void ParsePublicKeys_Unset_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => InternalKey.ParsePublicKeys(null));

    [Fact]
    public void ParseSigningKey_PublicKeyGiven_ThrowsFormatException()
    {
        var publicOnly = InternalKeys.Generate("k1").PublicKeys.TrimStart('[').TrimEnd(']');

        Assert.Throws<FormatException>(() => InternalKey.ParseSigningKey(publicOnly));
    }

    public static TheoryData<string> BadPublicKeys => new()
    {
        " ",
        "[]",
        """{"kid":"k1","key":"AAAA"}""",
        """[{"kid":"k1","key":"AAAA"}]""",
        $"[{Entry("k1")},{Entry("k1")}]",
    };

    [Theory]
    [MemberData(nameof(BadPublicKeys))]
    public void ParsePublicKeys_Malformed_ThrowsFormatException(string json) =>
        Assert.Throws<FormatException>(() => InternalKey.ParsePublicKeys(json));

    [Fact]
    public void ParsePublicKeys_TwoKids_KeepsBoth() =>
        Assert.Equal(["k1", "k2"], InternalKey.ParsePublicKeys($"[{Entry("k1")},{Entry("k2")}]").Select(k => k.Kid));

    private static string Entry(string kid) => InternalKeys.Generate(kid).PublicKeys.TrimStart('[').TrimEnd(']');
}
