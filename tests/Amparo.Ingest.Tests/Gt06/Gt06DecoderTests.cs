using Amparo.Ingest.Gt06;

namespace Amparo.Ingest.Tests.Gt06;

public class Gt06DecoderTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 14, 5, 9, DateTimeKind.Utc);

    [Fact]
    public void The_CRC_is_CRC16_X25()
    {
        // The check value of CRC-16/X-25 for "123456789".
        Assert.Equal(0x906E, Crc16X25.Compute("123456789"u8));
    }

    [Fact]
    public void A_login_yields_the_IMEI_and_the_exact_reply()
    {
        var result = Gt06Decoder.Decode(Convert.FromHexString("78780d01086471700328358100093f040d0a"), imei: null, Now);

        Assert.Equal("864717003283581", result.Message!.LoginImei);
        Assert.Equal("78780501000955940D0A", Convert.ToHexString(result.Message.Reply!));
    }

    [Theory]
    [InlineData("78780d01086471700328358100093f050d0a")]
    [InlineData("78780a13c40604000201298f5b0d0a00")]
    [InlineData("7878")]
    public void Corrupt_or_truncated_frames_are_refused_not_thrown(string hex)
    {
        var result = Gt06Decoder.Decode(Convert.FromHexString(hex), "123456789012345", Now);

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

        var result = Gt06Decoder.Decode(frame, "123456789012345", Now);

        Assert.NotNull(result.Error);
    }

    [Theory]
    [InlineData(-16.398912, -71.536887)]
    [InlineData(40.7128, 74.006)]
    [InlineData(-33.4489, -70.6693)]
    public void Encoded_frames_decode_back_to_the_same_fix_in_every_hemisphere(double lat, double lon)
    {
        var time = new DateTime(2026, 11, 23, 14, 5, 9, DateTimeKind.Utc);

        var location = Gt06Decoder.Decode(Gt06Encoder.Location(time, lat, lon, speedKmh: 36, course: 271, serial: 7), "359339075016403", Now).Message!;
        var alarm = Gt06Decoder.Decode(Gt06Encoder.Alarm(time, lat, lon, alarmCode: 0x01, serial: 8), "359339075016403", Now).Message!;

        Assert.Equal(time, location.Position!.FixTime);
        Assert.Equal(lat, location.Position.Latitude, 1e-6);
        Assert.Equal(lon, location.Position.Longitude, 1e-6);
        Assert.Equal(19.4384, location.Position.SpeedKnots!.Value, 3);
        Assert.Equal(271, location.Position.Course);
        Assert.True(location.Position.Valid);
        Assert.Equal("sos", alarm.Position!.Alarm);
        Assert.Equal(0x16, alarm.Reply![3]);
    }
}
