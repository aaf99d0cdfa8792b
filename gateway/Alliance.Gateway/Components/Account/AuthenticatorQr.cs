using QRCoder;

namespace Alliance.Gateway.Components.Account;

/// <summary>
/// The authenticator set-up URI as a QR code for a phone to scan: a PNG drawn by QRCoder's own
/// encoder (no System.Drawing), inlined as a data URI, which the pages' policy allows for images.
/// </summary>
public static class AuthenticatorQr
{
    private const int PixelsPerModule = 5;

    public static string PngDataUri(string otpauthUri) =>
        "data:image/png;base64," + Convert.ToBase64String(
            PngByteQRCodeHelper.GetQRCode(otpauthUri, QRCodeGenerator.ECCLevel.M, PixelsPerModule));
}
