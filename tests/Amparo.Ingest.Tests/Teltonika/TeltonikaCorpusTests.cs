using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using Amparo.Ingest.Tcp;
using Amparo.Ingest.Teltonika;

namespace Amparo.Ingest.Tests.Teltonika;

/// <summary>
/// Every frame of shared/corpus/teltonika.jsonl (codec 7 included), every record of multi-record packets, with the
/// attributes the corpus asserts. Frames whose CRC or length field is wrong are refused: a strict server does not
/// store data it cannot verify, and the device, getting no reply, sends it again. The corpus notes say which, except
/// for teltonika-037, whose CRC field is one byte short (see <see cref="TeltonikaCodec7Tests"/>).
/// </summary>
public class TeltonikaCorpusTests
{
    public static IEnumerable<object[]> Frames() => CorpusRecords.Read("teltonika.jsonl");

    public static IEnumerable<object[]> FramingCases() => CorpusRecords.Read("teltonika.framing.jsonl");

    [Fact]
    public void The_corpus_holds_only_TCP_frames_and_codec_7_among_them()
    {
        // The corpus README announces one UDP frame, but the file holds none; the UDP form is tested in TeltonikaUdpDecoderTests.
        var records = Frames().Select(f => JsonDocument.Parse((string)f[1]).RootElement).ToList();

        Assert.All(records, r => Assert.Equal("tcp", r.GetProperty("transport").GetString()));
        Assert.Contains(records, r => r.GetProperty("frame_hex").GetString()!.Substring(16, 2) == "07");
    }

    [Theory]
    [MemberData(nameof(Frames))]
    public void Frame_decodes_and_is_answered_as_the_corpus_expects(string id, string json)
    {
        var record = JsonDocument.Parse(json).RootElement;
        var frame = Convert.FromHexString(record.GetProperty("frame_hex").GetString()!);
        var (packet, error) = TeltonikaDecoder.Decode(frame, "123456789012345");
        if (CorpusSaysUnverifiable(record) || !LengthAndCrcVerify(frame))
        {
            Assert.True(error is not null, $"{id} must be refused");
            return;
        }

        var buffer = new ReadOnlySequence<byte>(frame);
        Assert.Equal(FrameStatus.Frame, TeltonikaFrameReader.TryRead(ref buffer, out var split, out _));
        Assert.Equal(frame.Length, split.Length);
        Assert.True(error is null, $"{id}: {error}");
        var expect = record.GetProperty("expect").GetString();
        Assert.Equal(expect == "position", packet!.Records.Count > 0);
        if (packet.Imei is not null)
        {
            // The handshake's reply (01 accepted, 00 refused) depends on the device being registered: the listener sends it.
            Assert.Equal("01", record.GetProperty("ack_hex").GetString());
            return;
        }

        Assert.Equal(record.TryGetProperty("ack_hex", out var ack) ? ack.GetString() : null,
            packet.Reply is null ? null : Convert.ToHexString(packet.Reply).ToLowerInvariant());
        if (expect == "no_position" && record.TryGetProperty("expected", out var status) && status.ValueKind == JsonValueKind.Object)
        {
            AssertAttributes(id, status, Assert.Single(packet.Statuses));
        }

        if (expect == "position")
        {
            // The count reply covers every record, those without a fix too.
            Assert.Equal(packet.Reply![3], packet.Records.Count + packet.Statuses.Count);
            AssertPositions(id, record, packet);
        }
    }

    [Theory]
    [MemberData(nameof(FramingCases))]
    public void The_stream_splitter_yields_the_expected_first_frame(string id, string json) =>
        CorpusRecords.AssertFirstFrame(id, json, TeltonikaFrameReader.TryRead);

    [Fact]
    public void An_encoded_codec_8_packet_decodes_back_with_every_record_and_the_count_reply()
    {
        var t = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
        var packet = TeltonikaEncoder.Codec8([(t, -16.3989, -71.5369, 40), (t.AddSeconds(10), -16.3990, -71.5370, 0)], batteryLevel: 55);

        var (decoded, error) = TeltonikaDecoder.Decode(packet, "356307042441013");

        Assert.Null(error);
        Assert.Equal(2, decoded!.Records.Count);
        Assert.Equal(t.AddSeconds(10), decoded.Records[1].FixTime);
        Assert.Equal(-16.3989, decoded.Records[0].Latitude, 1e-7);
        Assert.Equal(-71.5369, decoded.Records[0].Longitude, 1e-7);
        Assert.Equal(55, decoded.Records[0].BatteryPercent);
        Assert.Equal("00000002", Convert.ToHexString(decoded.Reply!));
    }

    private static bool CorpusSaysUnverifiable(JsonElement record)
    {
        var notes = record.TryGetProperty("notes", out var n) ? n.GetRawText() : string.Empty;
        return notes.Contains("does not verify", StringComparison.Ordinal) || notes.Contains("does not match the payload", StringComparison.Ordinal);
    }

    /// <summary>The test's own check of an AVL packet's length and CRC fields (handshakes have neither).</summary>
    private static bool LengthAndCrcVerify(byte[] frame)
    {
        if (frame.Length < 8 || BinaryPrimitives.ReadUInt32BigEndian(frame) != 0)
        {
            return true;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(frame.AsSpan(4));
        return frame.Length == 8 + length + 4 && BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(8 + length)) == Crc16Ibm.Compute(frame.AsSpan(8, length));
    }

    private static void AssertPositions(string id, JsonElement record, TeltonikaPacket packet)
    {
        if (!record.TryGetProperty("expected", out var first) || first.ValueKind != JsonValueKind.Object)
        {
            // Codec 7 frames: the corpus gives no values; TeltonikaCodec7Tests checks them against the bytes.
            return;
        }

        var expected = record.TryGetProperty("expected_positions", out var many) ? many.EnumerateArray().ToList() : [first];
        Assert.Equal(expected.Count, packet.Records.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var p = packet.Records[i];
            Assert.Equal(DateTime.Parse(e.GetProperty("time").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), p.FixTime);
            Assert.Equal(e.GetProperty("valid").GetBoolean(), p.Valid);
            Assert.Equal(e.GetProperty("lat").GetDouble(), p.Latitude, 0.00001);
            Assert.Equal(e.GetProperty("lon").GetDouble(), p.Longitude, 0.00001);
            Assert.Equal(e.GetProperty("speed_knots").GetDouble(), p.SpeedKnots ?? -1, 0.01);
            Assert.Equal(e.GetProperty("course").GetDouble(), p.Course ?? -1, 0.01);
            AssertAttributes($"{id} record {i}", e, p.Attributes ?? new Dictionary<string, object>());
        }
    }

    /// <summary>Every attribute the corpus asserts; <c>null</c> means the attribute must be absent.</summary>
    private static void AssertAttributes(string where, JsonElement expected, IReadOnlyDictionary<string, object> actual)
    {
        if (!expected.TryGetProperty("attributes", out var attributes))
        {
            return;
        }

        foreach (var attribute in attributes.EnumerateObject())
        {
            var found = actual.TryGetValue(attribute.Name, out var value);
            switch (attribute.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    Assert.False(found, $"{where}: {attribute.Name} must not be set");
                    break;
                case JsonValueKind.Number:
                    Assert.True(found, $"{where}: {attribute.Name} is missing");
                    Assert.Equal(attribute.Value.GetDouble(), Convert.ToDouble(value, CultureInfo.InvariantCulture), 1e-6);
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    Assert.Equal(attribute.Value.GetBoolean(), Assert.IsType<bool>(value));
                    break;
                default:
                    Assert.Equal(attribute.Value.GetString(), Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }
    }
}
