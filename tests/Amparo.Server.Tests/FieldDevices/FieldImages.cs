namespace Amparo.Server.Tests.FieldDevices;

/// <summary>Files told by their first bytes, as a phone would send them, in base64.</summary>
public static class FieldImages
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 1, 2, 3, 4];

    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 9, 8, 7];

    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8.ToArray();

    public static object File(string name, byte[] content, string? caption = null) =>
        new { fileName = name, contentBase64 = Convert.ToBase64String(content), caption };
}
