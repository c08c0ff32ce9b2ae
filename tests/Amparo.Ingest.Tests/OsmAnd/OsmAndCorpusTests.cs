using System.Globalization;
using System.Text;
using System.Text.Json;
using Amparo.Ingest.Intake;
using Amparo.Ingest.OsmAnd;
using Amparo.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Amparo.Ingest.Tests.OsmAnd;

/// <summary>Every OsmAnd frame captured from real clients (shared/corpus/osmand.jsonl) decodes as the corpus says.</summary>
public class OsmAndCorpusTests
{
    private static readonly DateTime ReceivedAt = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    public static IEnumerable<object[]> Frames() =>
        File.ReadLines(SharedFiles.Corpus("osmand.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => new object[] { JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!, l });

    [Theory]
    [MemberData(nameof(Frames))]
    public void Frame_decodes_as_the_corpus_expects(string id, string line)
    {
        var record = JsonDocument.Parse(line).RootElement;
        var result = Decode(record);
        var expect = record.GetProperty("expect").GetString();

        switch (expect)
        {
            case "ignored":
                Assert.True(result.IsError, $"{id} must be refused");
                Assert.StartsWith("400", record.GetProperty("ack_http_status").GetString(), StringComparison.Ordinal);
                return;
            case "no_position":
                Assert.False(result.IsError, result.Reason);
                Assert.Equal(MessageKind.NoPosition, Assert.Single(result.Messages).Kind);
                return;
        }

        Assert.False(result.IsError, $"{id}: {result.Reason}");
        var message = Assert.Single(result.Messages);
        Assert.Equal(MessageKind.Position, message.Kind);
        var position = message.Position!;
        var expected = record.GetProperty("expected");
        if (expected.TryGetProperty("time", out var time))
        {
            Assert.Equal(DateTime.Parse(time.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), position.FixTime);
        }

        Assert.Equal(expected.GetProperty("lat").GetDouble(), position.Latitude, 0.00001);
        Assert.Equal(expected.GetProperty("lon").GetDouble(), position.Longitude, 0.00001);
        Assert.Equal(expected.GetProperty("valid").GetBoolean(), position.Valid);
        if (expected.TryGetProperty("speed_knots", out var speed))
        {
            Assert.Equal(speed.GetDouble(), position.SpeedKnots ?? 0, 0.01);
        }

        if (expected.TryGetProperty("course", out var course))
        {
            Assert.Equal(course.GetDouble(), position.Course ?? -1, 0.01);
        }

        if (expected.TryGetProperty("attributes", out var attributes))
        {
            foreach (var attribute in attributes.EnumerateObject())
            {
                Assert.True(position.Attributes!.TryGetValue(attribute.Name, out var value), $"{id}: attribute {attribute.Name}");
                Assert.Equal(attribute.Value.GetRawText(), JsonSerializer.Serialize(value));
            }
        }
    }

    private static OsmAndDecodeResult Decode(JsonElement record)
    {
        var text = record.GetProperty("frame_text").GetString()!;
        var skew = TimeSpan.FromMinutes(5);
        if (record.GetProperty("http_method").GetString() == "POST")
        {
            return OsmAndJsonDecoder.Decode(Encoding.UTF8.GetBytes(text), ReceivedAt, skew);
        }

        var query = QueryHelpers.ParseQuery(text[text.IndexOf('?', StringComparison.Ordinal)..]);
        return OsmAndQueryDecoder.Decode(query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())), ReceivedAt, skew);
    }
}
