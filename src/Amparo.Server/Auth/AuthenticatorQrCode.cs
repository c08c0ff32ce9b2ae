using QRCoder;

namespace Amparo.Server.Auth;

/// <summary>The otpauth URI as a QR code, a PNG in a data URI, for the console's set-up step.</summary>
public static class AuthenticatorQrCode
{
    public static string DataUri(string authenticatorUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(authenticatorUri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
