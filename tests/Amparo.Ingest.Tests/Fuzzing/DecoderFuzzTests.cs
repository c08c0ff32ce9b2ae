using System.Buffers;
using System.Text;
using System.Text.Json;
using Amparo.Ingest.Gt06;
using Amparo.Ingest.H02;
using Amparo.Ingest.Watch;
using Amparo.Ingest.OsmAnd;
using Amparo.Ingest.Tcp;
using Amparo.Ingest.Teltonika;
using Amparo.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Amparo.Ingest.Tests.Fuzzing;

/// <summary>
/// 100,000 mutated real frames per protocol: no decoder or splitter may throw, hang or return a fix outside WGS84.
/// Seeded, so a failure reproduces.
/// </summary>
public class DecoderFuzzTests
{
    private const int Inputs = 100_000;

    private static List<byte[]> Seeds(string file, string field, Func<string, byte[]> read) =>
        File.ReadLines(SharedFiles.Corpus(file))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.TryGetProperty(field, out _))
            .Select(r => read(r.GetProperty(field).GetString()!))
            .ToList();

    [Fact]
    public void Gt06_splitter_and_decoder_never_throw_on_mutated_frames()
    {
        var mutator = new FrameMutator(20261123, Seeds("gt06.jsonl", "frame_hex", Convert.FromHexString));
        var decoded = 0;
        for (var i = 0; i < Inputs; i++)
        {
            var input = mutator.Next();
            var buffer = new ReadOnlySequence<byte>(input);
            var frames = 0;
            while (Gt06FrameReader.TryRead(ref buffer, out var frame, out _) == FrameStatus.Frame)
            {
                Assert.True(++frames <= input.Length, "the splitter must always consume");
                var result = Gt06Decoder.Decode(frame.ToArray(), "123456789012345", new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc));
                Assert.True(result.Message is not null ^ result.Error is not null);
                if (result.Message?.Position is { } position)
                {
                    decoded++;
                    Assert.InRange(position.Latitude, -90.0, 90.0);
                    Assert.InRange(position.Longitude, -180.0, 180.0);
                }
            }
        }

        Assert.True(decoded > 0, "some mutations keep a valid CRC and must still decode");
    }

    [Fact]
    public void OsmAnd_decoders_never_throw_on_mutated_requests()
    {
        var seeds = Seeds("osmand.jsonl", "frame_text", Encoding.UTF8.GetBytes);
        var mutator = new FrameMutator(5055, seeds);
        var now = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < Inputs; i++)
        {
            var input = mutator.Next();
            var json = OsmAndJsonDecoder.Decode(input, now, TimeSpan.FromMinutes(5));
            var text = Encoding.UTF8.GetString(input);
            var query = OsmAndQueryDecoder.Decode(
                QueryHelpers.ParseQuery(text.Contains('?', StringComparison.Ordinal) ? text[text.IndexOf('?', StringComparison.Ordinal)..] : text)
                    .Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())),
                now, TimeSpan.FromMinutes(5));
            foreach (var result in new[] { json, query })
            {
                Assert.True(result.IsError ^ result.Messages.Count > 0);
                foreach (var position in result.Messages.Select(m => m.Position).OfType<Domain.Positions.DeviceReport>())
                {
                    Assert.InRange(position.Latitude, -90.0, 90.0);
                    Assert.InRange(position.Longitude, -180.0, 180.0);
                    Assert.True(position.FixTime <= now.AddMinutes(5));
                }
            }
        }
    }

    [Fact]
    public void H02_splitter_session_and_decoders_never_throw_on_mutated_text_and_binary_messages()
    {
        var seeds = Seeds("h02.jsonl", "frame_text", Encoding.Latin1.GetBytes).Concat(Seeds("h02.jsonl", "frame_hex", Convert.FromHexString)).ToList();
        var mutator = new FrameMutator(5013, seeds);
        var now = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
        var time = new FixedTime(now);
        var (text, binary) = (0, 0);
        for (var i = 0; i < Inputs; i++)
        {
            var input = mutator.Next();
            var buffer = new ReadOnlySequence<byte>(input);
            var session = new H02Session(time);
            var frames = 0;
            while (H02FrameReader.TryRead(ref buffer, out var frame, out _) == FrameStatus.Frame)
            {
                Assert.True(++frames <= input.Length, "the splitter must always consume");
                var outcome = session.Decode(frame);
                var isBinary = frame.FirstSpan[0] != (byte)'*';
                Assert.True(outcome.Reply is null || !isBinary, "binary reports get no reply");
                foreach (var position in outcome.Messages.Select(m => m.Position).OfType<Domain.Positions.DeviceReport>())
                {
                    if (isBinary)
                    {
                        binary++;
                    }
                    else
                    {
                        text++;
                    }

                    Assert.InRange(position.Latitude, -90.0, 90.0);
                    Assert.InRange(position.Longitude, -180.0, 180.0);
                }
            }

            // The decoders alone, on the whole mutated input as one frame.
            H02BinaryDecoder.Decode(input);
            H02Decoder.Decode(Encoding.Latin1.GetString(input), now);
        }

        Assert.True(text > 0 && binary > 0, $"{text} text and {binary} binary fixes: mutations must leave some of each decodable");
    }

    private sealed class FixedTime(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }

    [Fact]
    public void Watch_splitter_and_decoder_never_throw_on_mutated_frames()
    {
        var seeds = Seeds("watch.jsonl", "frame_text", Encoding.Latin1.GetBytes);
        var mutator = new FrameMutator(5093, seeds);
        var positions = 0;
        for (var i = 0; i < Inputs; i++)
        {
            var buffer = new ReadOnlySequence<byte>(mutator.Next());
            while (WatchFrameReader.TryRead(ref buffer, out var frame, out _) == FrameStatus.Frame)
            {
                if (WatchDecoder.Decode(Encoding.Latin1.GetString(frame))?.Position is { } position)
                {
                    positions++;
                    Assert.InRange(position.Latitude, -90.0, 90.0);
                    Assert.InRange(position.Longitude, -180.0, 180.0);
                }
            }
        }

        Assert.True(positions > 0);
    }

    [Fact]
    public void Teltonika_splitter_and_decoder_never_throw_on_mutated_packets()
    {
        var seeds = Seeds("teltonika.jsonl", "frame_hex", Convert.FromHexString);
        var mutator = new FrameMutator(5027, seeds);
        var codec7 = 0;
        for (var i = 0; i < Inputs; i++)
        {
            var buffer = new ReadOnlySequence<byte>(mutator.Next());
            while (TeltonikaFrameReader.TryRead(ref buffer, out var frame, out _) == FrameStatus.Frame)
            {
                var (packet, error) = TeltonikaDecoder.Decode(frame.ToArray(), "356307042441013");
                Assert.True(packet is not null ^ error is not null);
                codec7 += packet is { Codec: 0x07, Records.Count: > 0 } ? 1 : 0;
                AssertInWgs84(packet);
            }
        }

        Assert.True(codec7 > 0, "mutations that keep a codec 7 packet's CRC must still decode");
    }

    [Fact]
    public void Teltonika_UDP_decoder_never_throws_on_mutated_datagrams()
    {
        // The corpus holds no UDP frame: every AVL packet of it in the UDP form, and Traccar's UDP test datagram.
        var seeds = Seeds("teltonika.jsonl", "frame_hex", Convert.FromHexString)
            .Where(f => f.Length > 12 && f[0] == 0)
            .Select(f => TeltonikaEncoder.Datagram("356307042441013", 0xCAFE, 0x22, f))
            .Append(Convert.FromHexString("0049cafe0122000f33353734353430373237313339373508010000015d3766f6a800003eef961ec6215e0063006d09003100070401000200f001c8000242381c18003201c7000000e10001"))
            .ToList();
        var mutator = new FrameMutator(50270, seeds);
        var decoded = 0;
        for (var i = 0; i < Inputs; i++)
        {
            var (datagram, error) = TeltonikaUdpDecoder.Decode(mutator.Next());
            Assert.True(datagram is not null ^ error is not null);
            decoded += datagram is { Packet.Records.Count: > 0 } ? 1 : 0;
            AssertInWgs84(datagram?.Packet);
        }

        Assert.True(decoded > 0, "mutations of the IO values keep a datagram decodable");
    }

    private static void AssertInWgs84(TeltonikaPacket? packet)
    {
        foreach (var record in packet?.Records ?? [])
        {
            Assert.InRange(record.Latitude, -90.0, 90.0);
            Assert.InRange(record.Longitude, -180.0, 180.0);
        }
    }
}
