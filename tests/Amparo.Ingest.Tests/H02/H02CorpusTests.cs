using System.Globalization;
using System.Text.Json;
using Amparo.Ingest.H02;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Tests.H02;

/// <summary>
/// Every record of shared/corpus/h02.jsonl, text (<c>*…#</c>) and binary (<c>$…</c>): kind, exact reply, the fix,
/// and every attribute the corpus asserts (null: must not be set). Every framing case of h02.framing.jsonl.
/// </summary>
public class H02CorpusTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 30, 15, DateTimeKind.Utc);

    public static IEnumerable<object[]> Frames() => CorpusRecords.Read("h02.jsonl");

    [Theory]
    [MemberData(nameof(Frames))]
    public void Frame_decodes_and_is_answered_as_the_corpus_expects(string id, string json)
    {
        var record = JsonDocument.Parse(json).RootElement;
        var message = record.TryGetProperty("frame_text", out var text)
            ? H02Decoder.Decode(text.GetString()!, Now)
            : H02BinaryDecoder.Decode(Convert.FromHexString(record.GetProperty("frame_hex").GetString()!));

        Assert.True(message is not null, $"{id} was not understood");
        var expect = record.GetProperty("expect").GetString();
        Assert.Equal(expect, message.Kind switch { MessageKind.Position => "position", MessageKind.NoPosition => "no_position", _ => "ignored" });
        Assert.Equal(ExpectedReply(record), message.Reply);
        Assert.Equal(expect == "position", message.Position is not null);
        if (!record.TryGetProperty("expected", out var expected))
        {
            return;
        }

        if (message.Position is { } position)
        {
            if (expected.TryGetProperty("time", out var time))
            {
                Assert.Equal(DateTime.Parse(time.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), position.FixTime);
            }

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

        if (expected.TryGetProperty("attributes", out var attributes))
        {
            foreach (var attribute in attributes.EnumerateObject())
            {
                AssertAttribute(id, attribute, message.Attributes);
            }
        }
    }

    /// <summary>
    /// ack_text as is; ack_template with the time of <see cref="Now"/>. The template of h02-015 (a message with an
    /// empty id) names the id "None", the reference decoder's rendering of an absent id: Traccar's sendResponse
    /// writes nothing when the id is null, and neither do we.
    /// </summary>
    private static string? ExpectedReply(JsonElement record)
    {
        if (record.TryGetProperty("ack_text", out var ack))
        {
            return ack.GetString();
        }

        if (!record.TryGetProperty("ack_template", out var template))
        {
            return null;
        }

        var filled = template.GetString()!.Replace("{yyyyMMddHHmmss UTC now}", Now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return filled.StartsWith("*HQ,None,", StringComparison.Ordinal) ? null : filled;
    }

    private static void AssertAttribute(string id, JsonProperty expected, IReadOnlyDictionary<string, object> actual)
    {
        var found = actual.TryGetValue(expected.Name, out var value);
        switch (expected.Value.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.False(found, $"{id}: {expected.Name} must not be set");
                break;
            case JsonValueKind.Number:
                Assert.True(found, $"{id}: {expected.Name} missing");
                Assert.Equal(expected.Value.GetDouble(), Convert.ToDouble(value, CultureInfo.InvariantCulture), 0.00001);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.True(found, $"{id}: {expected.Name} missing");
                Assert.Equal(expected.Value.GetBoolean(), value);
                break;
            default:
                Assert.True(found, $"{id}: {expected.Name} missing");
                Assert.Equal(expected.Value.GetString(), value);
                break;
        }
    }

    public static IEnumerable<object[]> FramingCases() => CorpusRecords.Read("h02.framing.jsonl");

    [Theory]
    [MemberData(nameof(FramingCases))]
    public void The_stream_splitter_yields_the_expected_first_frame(string id, string json) =>
        CorpusRecords.AssertFirstFrame(id, json, H02FrameReader.TryRead);
}
