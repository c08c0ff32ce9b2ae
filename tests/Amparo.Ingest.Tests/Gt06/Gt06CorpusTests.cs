using System.Globalization;
using System.Text.Json;
using Amparo.Ingest.Gt06;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Tests.Gt06;

/// <summary>
/// GT06 frames captured from real trackers (shared/corpus/gt06.jsonl) in the standard layouts the decoder covers so
/// far: login, status, heartbeat, GPS+LBS and GPS+LBS+status. Work in progress (issue 4): the model variants, the
/// 0x7979 extended types and Wi-Fi/LBS-only types are not decoded yet, so those corpus records are not listed here.
/// Every framing case is checked.
/// </summary>
public class Gt06CorpusTests
{
    private static readonly HashSet<string> StandardIds =
    [
        "gt06-001", "gt06-002", "gt06-017", "gt06-027", "gt06-033", "gt06-035", "gt06-041", "gt06-054", "gt06-055", "gt06-065",
        "gt06-075", "gt06-086", "gt06-087", "gt06-091", "gt06-098", "gt06-119", "gt06-123", "gt06-125", "gt06-141", "gt06-142",
        "gt06-143", "gt06-145", "gt06-146", "gt06-149", "gt06-154", "gt06-155", "gt06-158", "gt06-159",
    ];

    public static IEnumerable<object[]> StandardFrames() =>
        CorpusRecords.Read("gt06.jsonl", r => StandardIds.Contains(r.GetProperty("id").GetString()!));

    public static IEnumerable<object[]> FramingCases() => CorpusRecords.Read("gt06.framing.jsonl");

    [Theory]
    [MemberData(nameof(StandardFrames))]
    public void Frame_decodes_and_is_answered_as_the_corpus_expects(string id, string json)
    {
        var record = JsonDocument.Parse(json).RootElement;
        var frame = Convert.FromHexString(record.GetProperty("frame_hex").GetString()!);
        var beforeLogin = record.TryGetProperty("notes", out var notes) && notes.GetRawText().Contains("before any login", StringComparison.Ordinal);
        var badCrc = notes.ValueKind == JsonValueKind.Array && notes.GetRawText().Contains("CRC16/X25 does not verify", StringComparison.Ordinal);

        var result = Gt06Decoder.Decode(frame, beforeLogin ? null : "123456789012345");

        if (badCrc)
        {
            // A strict server refuses a frame whose checksum fails: it may be corrupt, and a wrong fix is worse than none.
            Assert.Equal("CRC does not verify.", result.Error);
            return;
        }

        Assert.True(result.Error is null, $"{id}: {result.Error}");
        var message = result.Message!;
        var expect = record.GetProperty("expect").GetString();
        Assert.Equal(expect, message.Kind switch { MessageKind.Position => "position", MessageKind.NoPosition => "no_position", _ => "ignored" });
        if (record.TryGetProperty("ack_hex", out var ack))
        {
            Assert.Equal(ack.GetString(), Convert.ToHexString(message.Reply ?? []).ToLowerInvariant());
        }
        else
        {
            Assert.Null(message.Reply);
        }

        if (message.Position is { } position && record.TryGetProperty("expected", out var expected))
        {
            Assert.Equal(DateTime.Parse(expected.GetProperty("time").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), position.FixTime);
            Assert.Equal(expected.GetProperty("valid").GetBoolean(), position.Valid);
            Assert.Equal(expected.GetProperty("lat").GetDouble(), position.Latitude, 0.00001);
            Assert.Equal(expected.GetProperty("lon").GetDouble(), position.Longitude, 0.00001);
            Assert.Equal(expected.GetProperty("speed_knots").GetDouble(), position.SpeedKnots ?? -1, 0.01);
            Assert.Equal(expected.GetProperty("course").GetDouble(), position.Course ?? -1, 0.01);
            if (expected.TryGetProperty("alarm", out var alarm))
            {
                Assert.Equal(alarm.GetString(), position.Alarm);
            }
        }

        if (record.TryGetProperty("expected", out var withAttributes) && withAttributes.TryGetProperty("attributes", out var attributes))
        {
            foreach (var attribute in attributes.EnumerateObject().Where(a => a.Name is "alarm" or "batteryLevel" or "ignition"))
            {
                Assert.True(message.Attributes.TryGetValue(attribute.Name, out var value), $"{id}: {attribute.Name}");
                Assert.Equal(attribute.Value.GetRawText(), JsonSerializer.Serialize(value));
            }
        }
    }

    [Theory]
    [MemberData(nameof(FramingCases))]
    public void The_stream_splitter_yields_the_expected_first_frame(string id, string json) =>
        CorpusRecords.AssertFirstFrame(id, json, Gt06FrameReader.TryRead);
}
