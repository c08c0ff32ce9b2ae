using Amparo.Ingest.H02;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Tests.H02;

/// <summary>The binary '$' report beyond the corpus: signs, alarms, the long id, and what makes a report undecodable.</summary>
public class H02BinaryDecoderTests
{
    // h02-077 of the corpus: 32 bytes, 2016-11-13T12:45:43Z, 50.58855 N 4.53035 E.
    private const string Corpus077 = "2441060116601245431311165035313006004318210e000000fffffbffff0024";

    [Fact]
    public void An_encoded_report_decodes_to_what_was_encoded()
    {
        var utc = new DateTime(2026, 11, 23, 21, 5, 9, DateTimeKind.Utc);
        var frame = H02Encoder.BinaryReport("4210051415", utc, -33.45694, -70.64827, 12, 275, status: 0xFFFFFBFD, battery: 5);

        var message = H02BinaryDecoder.Decode(frame)!;

        Assert.Equal(32, frame.Length);
        Assert.Equal(MessageKind.Position, message.Kind);
        Assert.Null(message.Reply);
        var position = message.Position!;
        Assert.Equal("4210051415", position.UniqueId);
        Assert.Equal(utc, position.FixTime);
        Assert.True(position.Valid);
        Assert.Equal(-33.45694, position.Latitude, 0.00001);
        Assert.Equal(-70.64827, position.Longitude, 0.00001);
        Assert.Equal(12, position.SpeedKnots);
        Assert.Equal(275, position.Course);
        Assert.Equal("sos", position.Alarm);
        Assert.Equal(80, position.BatteryPercent);
        Assert.Equal("sos", message.Attributes["alarm"]);
        Assert.Equal(80, message.Attributes["batteryLevel"]);
    }

    [Fact]
    public void A_42_byte_report_carries_an_8_byte_id_of_which_15_digits_count()
    {
        var corpus = Convert.FromHexString(Corpus077);
        byte[] frame = [(byte)'$', 0x35, 0x32, 0x05, 0x22, 0x09, 0x03, 0x21, 0x10, .. corpus.AsSpan(6, 23), .. new byte[10]];

        var position = H02BinaryDecoder.Decode(frame)!.Position!;

        Assert.Equal(42, frame.Length);
        Assert.Equal("353205220903211", position.UniqueId);
        Assert.Equal(new DateTime(2016, 11, 13, 12, 45, 43, DateTimeKind.Utc), position.FixTime);
        Assert.Equal(50.58855, position.Latitude, 0.00001);
    }

    [Theory]
    [InlineData(6, 0x1A)]   // hour digit not BCD
    [InlineData(10, 0x13)]  // month 13
    [InlineData(9, 0x31)]   // 31 November
    [InlineData(13, 0x63)]  // latitude minutes 63
    [InlineData(17, 0x19)]  // longitude 190 degrees
    [InlineData(22, 0xF0)]  // speed digit not BCD
    public void A_report_with_an_impossible_field_does_not_decode(int index, byte value)
    {
        var frame = Convert.FromHexString(Corpus077);
        frame[index] = value;

        Assert.Null(H02BinaryDecoder.Decode(frame));
    }

    [Fact]
    public void A_short_report_or_another_marker_does_not_decode()
    {
        var frame = Convert.FromHexString(Corpus077);

        Assert.NotNull(H02BinaryDecoder.Decode(frame.AsSpan(0, 29)));
        Assert.Null(H02BinaryDecoder.Decode(frame.AsSpan(0, 28)));
        frame[0] = (byte)'X';
        Assert.Null(H02BinaryDecoder.Decode(frame));
    }
}
