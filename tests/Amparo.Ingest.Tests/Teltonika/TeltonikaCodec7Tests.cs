using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using Amparo.Domain.Positions;
using Amparo.Ingest.Teltonika;
using Amparo.Testing;

namespace Amparo.Ingest.Tests.Teltonika;

/// <summary>
/// Codec 7 (GH3000). The corpus gives no decoded values for its codec 7 frames, so the values here were read off the
/// bytes by hand: seconds since 2007-01-01 under two priority bits, IEEE float coordinates, course in 1/256 turns.
/// </summary>
public class TeltonikaCodec7Tests
{
    private static byte[] CorpusFrame(string id) => Convert.FromHexString(
        File.ReadLines(SharedFiles.Corpus("teltonika.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("id").GetString() == id)
            .GetProperty("frame_hex").GetString()!);

    private static byte[] WithCrc(ReadOnlySpan<byte> body)
    {
        var frame = new byte[8 + body.Length + 4];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(4), body.Length);
        body.CopyTo(frame.AsSpan(8));
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(8 + body.Length), Crc16Ibm.Compute(body));
        return frame;
    }

    private static void AssertFix(DeviceReport fix, string time, double lat, double lon, double knots, double course)
    {
        Assert.Equal(DateTime.Parse(time, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), fix.FixTime);
        Assert.True(fix.Valid);
        Assert.Equal(lat, fix.Latitude, 0.00001);
        Assert.Equal(lon, fix.Longitude, 0.00001);
        Assert.Equal(knots, fix.SpeedKnots ?? -1, 0.01);
        Assert.Equal(course, fix.Course ?? -1, 0.01);
    }

    [Fact]
    public void Teltonika_038_gives_both_records_with_their_cell()
    {
        var (packet, error) = TeltonikaDecoder.Decode(CorpusFrame("teltonika-038"), "123456789012345");

        Assert.Null(error);
        Assert.Equal("00000002", Convert.ToHexString(packet!.Reply!));
        Assert.Equal(2, packet.Records.Count);
        AssertFix(packet.Records[0], "2013-07-31T22:30:35Z", 44.44019, 26.09313, 0, 0);
        AssertFix(packet.Records[1], "2013-07-31T22:30:03Z", 44.44019, 26.09313, 0, 0);
        Assert.Equal(61, packet.Records[0].Altitude);
        Assert.Equal(5, packet.Records[0].Attributes!["sat"]);
        Assert.Equal(100, packet.Records[0].Attributes!["lac"]);
        Assert.Equal(33791, packet.Records[0].Attributes!["cid"]);
        Assert.Equal(1, packet.Records[0].Attributes!["priority"]);
    }

    [Fact]
    public void Teltonika_037_is_one_byte_short_and_refused_but_its_four_records_decode_once_the_CRC_is_restored()
    {
        var frame = CorpusFrame("teltonika-037");
        var body = frame.AsSpan(8, BinaryPrimitives.ReadInt32BigEndian(frame.AsSpan(4)));

        var (refused, why) = TeltonikaDecoder.Decode(frame, "123456789012345");
        var (packet, error) = TeltonikaDecoder.Decode(WithCrc(body), "123456789012345");

        Assert.Null(refused);
        Assert.Equal("The data-length field does not match the packet.", why);
        Assert.Null(error);
        Assert.Equal("00000004", Convert.ToHexString(packet!.Reply!));
        Assert.Equal(4, packet.Records.Count);
        AssertFix(packet.Records[0], "2007-12-06T12:36:00Z", 54.71469, 25.30377, 2.6998, 25.3125);
        AssertFix(packet.Records[1], "2007-12-06T12:35:30Z", 54.71454, 25.30458, 12.959, 250.3125);
        AssertFix(packet.Records[2], "2007-12-06T12:35:00Z", 54.71478, 25.30643, 16.1987, 282.65625);
        AssertFix(packet.Records[3], "2007-12-06T12:33:00Z", 54.71448, 25.30506, 10.2592, 78.75);
        var first = packet.Records[0];
        Assert.Equal(94, first.BatteryPercent);
        Assert.Equal(158, first.Altitude);
        Assert.False((bool)first.Attributes!["usbConnected"]);
        Assert.Equal(10.2, (double)first.Attributes["hdop"], 1e-9);
        Assert.Equal(3300L, first.Attributes["uptime"]);
        Assert.Equal(24602L, first.Attributes["operator"]);
        Assert.Equal(22, first.Attributes["rssi"]);
    }

    [Fact]
    public void Records_without_coordinates_are_statuses_and_still_counted()
    {
        // Traccar's TeltonikaProtocolDecoderTest (not in the corpus): two of the four records have no coordinates.
        var frame = Convert.FromHexString(
            "0000000000000055070450aa14320201f00150aa17f3031f42332a4c4193d68c008d00020901f00150aa1b6a031f423383f54193624f009d00000a01f00150aa1c230fc01a0000552b040164f400dd00f0010143100c0105000000050400006846");

        var (packet, error) = TeltonikaDecoder.Decode(frame, "123456789012345");

        Assert.Null(error);
        Assert.Equal("00000004", Convert.ToHexString(packet!.Reply!));
        Assert.Equal(2, packet.Records.Count);
        Assert.Equal(2, packet.Statuses.Count);
        Assert.Equal(9, packet.Records[0].Attributes!["sat"]);
        Assert.Equal(1.0799, packet.Records[0].SpeedKnots!.Value, 0.0001);
        Assert.True((bool)packet.Statuses[0]["motion"]);
        Assert.Equal(100L, packet.Statuses[1]["batteryLevel"]);
        Assert.Equal(4.108, (double)packet.Statuses[1]["battery"], 1e-9);
    }

    [Fact]
    public void The_SOS_button_raises_an_alarm_and_no_satellites_means_not_a_current_fix()
    {
        // One record: 2026-11-23T09:00:00Z, GPS element with coordinates and satellites (0), IO 222 = 1.
        var seconds = (uint)(new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc) - new DateTime(2007, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds;
        var record = new byte[4 + 1 + 1 + 8 + 1 + 1 + 2];
        BinaryPrimitives.WriteUInt32BigEndian(record, seconds | 0x4000_0000);
        record[4] = 0x03;
        record[5] = 0x11;
        BinaryPrimitives.WriteSingleBigEndian(record.AsSpan(6), -16.3989f);
        BinaryPrimitives.WriteSingleBigEndian(record.AsSpan(10), -71.5369f);
        record[14] = 0;
        record[15] = 1;
        record[16] = 222;
        record[17] = 1;

        var (packet, error) = TeltonikaDecoder.Decode(WithCrc([0x07, 0x01, .. record, 0x01]), "123456789012345");

        Assert.Null(error);
        var fix = Assert.Single(packet!.Records);
        Assert.Equal("sos", fix.Alarm);
        Assert.False(fix.Valid);
        Assert.Equal(new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), fix.FixTime);
        Assert.Equal(-16.3989, fix.Latitude, 0.00001);
    }

    [Fact]
    public void Records_that_do_not_fill_the_packet_are_refused()
    {
        var frame = CorpusFrame("teltonika-038");
        var body = frame.AsSpan(8, BinaryPrimitives.ReadInt32BigEndian(frame.AsSpan(4))).ToArray();
        byte[] shorter = [.. body[..^2], body[^1]];

        var (packet, error) = TeltonikaDecoder.Decode(WithCrc(shorter), "123456789012345");

        Assert.Null(packet);
        Assert.NotNull(error);
    }
}
