using Amparo.Domain.Documents;

namespace Amparo.Domain.Tests.Citizens;

public class WebPSignatureTests
{
    [Fact]
    public void A_webp_is_told_by_its_riff_header_and_a_riff_that_is_not_webp_is_not()
    {
        byte[] webp = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8];
        byte[] wave = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WAVEfmt "u8];

        Assert.Equal(FileKind.WebP, FileSignature.Detect(webp));
        Assert.Null(FileSignature.Detect(wave));
        Assert.Null(FileSignature.Detect("RIFF"u8));
        Assert.True(FileSignature.IsImage(FileKind.WebP));
        Assert.Equal("image/webp", FileSignature.ContentType(FileKind.WebP));
    }
}
