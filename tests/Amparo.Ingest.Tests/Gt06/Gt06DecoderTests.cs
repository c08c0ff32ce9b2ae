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

    [Fact]
    public void A_time_request_is_answered_with_the_server_time()
    {
        var reply = Gt06Decoder.Decode(WithCrc("7878058a00070000" + "0d0a"), "123456789012345", Now).Message!.Reply!;

        // 78 78 0B 8A, then 26-11-23 14:05:09, serial 0, CRC over length..serial.
        var expected = Convert.FromHexString("78780b8a1a0b170e0509000000000d0a");
        var crc = Crc16X25.Compute(expected.AsSpan(2, 10));
        expected[12] = (byte)(crc >> 8);
        expected[13] = (byte)crc;
        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(reply));
    }

    [Fact]
    public void An_SOS_in_the_status_bits_is_not_hidden_by_a_less_urgent_alarm_code()
    {
        var frame = Gt06Encoder.Alarm(new DateTime(2026, 11, 23, 14, 5, 9, DateTimeKind.Utc), -16.4, -71.5, alarmCode: 0x03, serial: 9);
        frame[^11] = 0x20; // terminal information: bits 3-5 = 4, SOS

        var message = Gt06Decoder.Decode(WithCrc(Convert.ToHexString(frame)), "123456789012345", Now).Message!;

        Assert.Equal("sos", message.Position!.Alarm);
        Assert.Equal("sos", message.Attributes["alarm"]);
    }

    [Fact]
    public void An_alarm_without_a_fix_is_kept_in_the_attributes()
    {
        // gt06-083 of the corpus: LBS + status (0x19), alarm byte 01.
        var message = Gt06Decoder.Decode(Convert.FromHexString("78781219028f0a29e10036f12003040102000875dc0d0a"), "123456789012345", Now).Message!;

        Assert.Equal(Intake.MessageKind.NoPosition, message.Kind);
        Assert.Equal("sos", message.Attributes["alarm"]);
    }

    [Fact]
    public void A_Wi_Fi_scan_has_no_CRC_so_its_structure_must_account_for_every_byte()
    {
        // gt06-077 of the corpus (three cells), then the same with one cell byte missing.
        const string scan = "7878006919012105090303028f01007549e05a00bc9c5c5a007a8d1a5a0d0a";
        var whole = Gt06Decoder.Decode(Convert.FromHexString(scan), "123456789012345", Now);
        var cut = Gt06Decoder.Decode(Convert.FromHexString(scan.Remove(scan.Length - 6, 2)), "123456789012345", Now);

        Assert.Equal("787800691901210509030d0a", Convert.ToHexStringLower(whole.Message!.Reply!));
        Assert.Equal("655/1/117/18912", whole.Message.Attributes["cell"]);
        Assert.Null(cut.Message);
    }

    [Fact]
    public void The_device_model_selects_the_layout_of_a_reused_message_type()
    {
        // gt06-170 of the corpus: an LW4G status (0x13) ends in external power where others send an alarm byte.
        var frame = Convert.FromHexString("78780a13560604f0830ccf986f0d0a");

        var standard = Gt06Decoder.Decode(frame, "123456789012345", Now).Message!;
        var lw4g = Gt06Decoder.Decode(frame, "123456789012345", Now, model: "LW4G-4B").Message!;

        Assert.False(standard.Attributes.ContainsKey("power"));
        Assert.Equal(13.1, (double)lw4g.Attributes["power"], 6);
    }

    [Fact]
    public void Corpus_frames_cut_short_or_altered_with_a_repaired_CRC_are_refused_or_decoded_never_thrown()
    {
        // Random mutations rarely keep a valid CRC; these do, so every layout is read to its end and past it.
        string?[] models = [null, "LW4G-4B", "R11", "NT20", "XT40", "G18", "VL103", "QH302R", "SEEWORLD"];
        var checkedFrames = 0;
        foreach (var row in CorpusRecords.Read("gt06.jsonl"))
        {
            var record = System.Text.Json.JsonDocument.Parse((string)row[1]).RootElement;
            var frame = Convert.FromHexString(record.GetProperty("frame_hex").GetString()!);
            var header = frame[0] == 0x79 ? 4 : 3;
            for (var cut = header + 1; cut < frame.Length - 6; cut++)
            {
                foreach (var variant in new[] { Shortened(frame, cut, header), Altered(frame, cut) })
                {
                    foreach (var model in models)
                    {
                        var result = Gt06Decoder.Decode(variant, "123456789012345", Now, model);
                        Assert.True(result.Message is not null ^ result.Error is not null);
                        checkedFrames++;
                    }
                }
            }
        }

        Assert.True(checkedFrames > 10_000);
    }

    /// <summary>The frame with its body cut at <paramref name="cut"/>, length byte and CRC made to match.</summary>
    private static byte[] Shortened(byte[] frame, int cut, int header)
    {
        byte[] shorter = [.. frame[..cut], .. frame[^6..]];
        if (header == 3)
        {
            shorter[2] = (byte)(shorter.Length - 5);
        }
        else
        {
            shorter[2] = (byte)((shorter.Length - 6) >> 8);
            shorter[3] = (byte)(shorter.Length - 6);
        }

        return WithCrc(Convert.ToHexString(shorter));
    }

    /// <summary>The frame with the byte at <paramref name="at"/> set to 0xFF and its CRC repaired.</summary>
    private static byte[] Altered(byte[] frame, int at)
    {
        var altered = (byte[])frame.Clone();
        altered[at] = 0xFF;
        return WithCrc(Convert.ToHexString(altered));
    }

    /// <summary>The frame with its CRC (the two bytes before 0D 0A) computed.</summary>
    private static byte[] WithCrc(string hex)
    {
        var frame = Convert.FromHexString(hex);
        var crc = Crc16X25.Compute(frame.AsSpan(2, frame.Length - 6));
        frame[^4] = (byte)(crc >> 8);
        frame[^3] = (byte)crc;
        return frame;
    }
}
