using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Amparo.Ingest.Tcp;
using Amparo.Ingest.Teltonika;
using Amparo.Testing;

namespace Amparo.Ingest.Tests.Teltonika;

/// <summary>
/// Teltonika TCP frames of shared/corpus/teltonika.jsonl, every record of multi-record packets. Frames whose CRC or
/// length field is wrong (the corpus notes say which) are refused: a strict server does not store data it cannot
/// verify, and the device, getting no reply, sends it again. Codec 7 (GH3000) is not decoded yet.
/// </summary>
public class TeltonikaCorpusTests
{
    public static IEnumerable<object[]> Frames() =>
        File.ReadLines(SharedFiles.Corpus("teltonika.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("transport").GetString() == "tcp" && !r.GetProperty("frame_hex").GetString()!.StartsWith("000000000000", StringComparison.Ordinal) is var handshake
                && (handshake || r.GetProperty("frame_hex").GetString()!.Substring(16, 2) != "07"))
            .Select(r => new object[] { r.GetProperty("id").GetString()!, r.GetRawText() });

    public static IEnumerable<object[]> FramingCases() => CorpusRecords.Read("teltonika.framing.jsonl");

    [Theory]
    [MemberData(nameof(Frames))]
    public void Frame_decodes_and_is_answered_as_the_corpus_expects(string id, string json)
    {
        var record = JsonDocument.Parse(json).RootElement;
        var frame = Convert.FromHexString(record.GetProperty("frame_hex").GetString()!);
        var notes = record.TryGetProperty("notes", out var n) ? n.GetRawText() : string.Empty;
        var (packet, error) = TeltonikaDecoder.Decode(frame, "123456789012345");
        if (notes.Contains("does not verify", StringComparison.Ordinal) || notes.Contains("does not match the payload", StringComparison.Ordinal))
        {
            Assert.NotNull(error);
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
        if (expect != "position")
        {
            return;
        }

        var expected = record.TryGetProperty("expected_positions", out var many)
            ? many.EnumerateArray().ToList()
            : [record.GetProperty("expected")];
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
}
