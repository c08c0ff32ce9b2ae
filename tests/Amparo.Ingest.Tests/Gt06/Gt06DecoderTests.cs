using Amparo.Ingest.Gt06;

namespace Amparo.Ingest.Tests.Gt06;

public class Gt06DecoderTests
{
    [Fact]
    public void The_CRC_is_CRC16_X25()
    {
        // The check value of CRC-16/X-25 for "123456789".
        Assert.Equal(0x906E, Crc16X25.Compute("123456789"u8));
    }

    [Fact]
    public void A_login_yields_the_IMEI_and_the_exact_reply()
    {
        var result = Gt06Decoder.Decode(Convert.FromHexString("78780d01086471700328358100093f040d0a"), imei: null);

        Assert.Equal("864717003283581", result.Message!.LoginImei);
        Assert.Equal("78780501000955940D0A", Convert.ToHexString(result.Message.Reply!));
    }

    [Theory]
    [InlineData("78780d01086471700328358100093f050d0a")]
    [InlineData("78780a13c40604000201298f5b0d0a00")]
    [InlineData("7878")]
    public void Corrupt_or_truncated_frames_are_refused_not_thrown(string hex)
    {
        var result = Gt06Decoder.Decode(Convert.FromHexString(hex), "123456789012345");

        Assert.NotNull(result.Error);
        Assert.Null(result.Message);
    }

    [Fact]
    public void A_location_frame_with_an_impossible_date_is_refused()
    {
        // 0x12 with month 13: checksum recomputed so only the date is wrong.
        var frame = Convert.FromHexString("787822220f0d1d023305c9027ac8180c46586000140001cc00287d001f710000010008" + "0000" + "0d0a");
        var crc = Crc16X25.Compute(frame.AsSpan(2, frame.Length - 6));
        frame[^4] = (byte)(crc >> 8);
        frame[^3] = (byte)crc;

        var result = Gt06Decoder.Decode(frame, "123456789012345");

        Assert.NotNull(result.Error);
    }
}
