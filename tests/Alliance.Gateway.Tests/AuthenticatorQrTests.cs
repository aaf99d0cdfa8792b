using Alliance.Gateway.Components.Account;

namespace Alliance.Gateway.Tests;

public sealed class AuthenticatorQrTests
{
    private const string Uri = "otpauth://totp/Alliance%3Api-lin?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Alliance&digits=6";

    [Fact]
    public void PngDataUri_OtpauthUri_IsAPngImageLargeEnoughToScan()
    {
        var dataUri = AuthenticatorQr.PngDataUri(Uri);

        Assert.StartsWith("data:image/png;base64,", dataUri);
        var png = Convert.FromBase64String(dataUri["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        Assert.InRange(width, 150, 400);
    }

    [Fact]
    public void PngDataUri_AnotherKey_IsAnotherImage() =>
        Assert.NotEqual(AuthenticatorQr.PngDataUri(Uri), AuthenticatorQr.PngDataUri(Uri.Replace("JBSWY3DP", "KRSXG5A7")));
}
