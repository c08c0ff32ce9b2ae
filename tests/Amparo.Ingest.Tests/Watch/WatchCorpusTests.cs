using System.Globalization;
using System.Text;
using System.Text.Json;
using Amparo.Ingest.Intake;
using Amparo.Ingest.Watch;
using Amparo.Testing;

namespace Amparo.Ingest.Tests.Watch;

/// <summary>Every frame and every framing case of shared/corpus/watch*.jsonl.</summary>
public class WatchCorpusTests
{
    public static IEnumerable<object[]> Frames() =>
        File.ReadLines(SharedFiles.Corpus("watch.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => new object[] { r.GetProperty("id").GetString()!, r.GetRawText() });

    [Theory]
    [MemberData(nameof(Frames))]
    public void Frame_decodes_and_is_answered_as_the_corpus_expects(string id, string json)
    {
        var record = JsonDocument.Parse(json).RootElement;
        var text = record.TryGetProperty("frame_text", out var t) ? t.GetString()! : Encoding.Latin1.GetString(Convert.FromHexString(record.GetProperty("frame_hex").GetString()!));

        var message = WatchDecoder.Decode(text);

        Assert.True(message is not null, $"{id} was not understood");
        var expect = record.GetProperty("expect").GetString();
        Assert.Equal(expect, message.Kind switch { MessageKind.Position => "position", MessageKind.NoPosition => "no_position", _ => "ignored" });
        Assert.Equal(record.TryGetProperty("ack_text", out var ack) ? ack.GetString() : null, message.Reply);
        if (expect != "position")
        {
            return;
        }

        var position = message.Position!;
        var expected = record.GetProperty("expected");
        Assert.Equal(DateTime.Parse(expected.GetProperty("time").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), position.FixTime);
        Assert.Equal(expected.GetProperty("valid").GetBoolean(), position.Valid);
        Assert.Equal(expected.GetProperty("lat").GetDouble(), position.Latitude, 0.00001);
        Assert.Equal(expected.GetProperty("lon").GetDouble(), position.Longitude, 0.00001);
        Assert.Equal(expected.GetProperty("speed_knots").GetDouble(), position.SpeedKnots ?? -1, 0.01);
        Assert.Equal(expected.GetProperty("course").GetDouble(), position.Course ?? -1, 0.01);
        // The corpus lists only the fields it is sure of: an alarm it does not name is not asserted absent.
        if (expected.TryGetProperty("alarm", out var alarm))
        {
            Assert.Equal(alarm.GetString(), position.Alarm);
        }
    }

    public static IEnumerable<object[]> FramingCases() => CorpusRecords.Read("watch.framing.jsonl");

    [Theory]
    [MemberData(nameof(FramingCases))]
    public void The_stream_splitter_yields_the_expected_first_frame(string id, string json) =>
        CorpusRecords.AssertFirstFrame(id, json, WatchFrameReader.TryRead);
}
