namespace Amparo.Domain.Documents;

/// <summary>Tells a file's kind from its first bytes; a file whose content is not what it claims is refused.</summary>
public static class FileSignature
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] WebP = "WEBP"u8.ToArray();

    public static FileKind? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(Pdf) ? FileKind.Pdf
        : content.StartsWith(Png) ? FileKind.Png
        : content.StartsWith(Jpeg) ? FileKind.Jpeg
        : content.Length >= 12 && content.StartsWith(Riff) && content[8..12].SequenceEqual(WebP) ? FileKind.WebP
        : null;

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.WebP => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool IsImage(FileKind kind) => kind is FileKind.Png or FileKind.Jpeg or FileKind.WebP;
}
