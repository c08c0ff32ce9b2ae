using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amparo.Ingest.H02;
using Amparo.Ingest.Intake;
using Amparo.Testing;

namespace Amparo.Ingest.Tests.H02;

/// <summary>Every H02 text frame and every framing case of the corpus (the binary reports are split but not decoded yet).</summary>
public class H02CorpusTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 30, 15, DateTimeKind.Utc);

    public static IEnumerable<object[]> TextFrames() =>
        File.ReadLines(SharedFiles.Corpus("h02.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.TryGetProperty("frame_text", out var text) && text.GetString()!.StartsWith('*'))
            .Select(r => new object[] { r.GetProperty("id").GetString()!, r.GetRawText() });

    [Theory]
    [MemberData(nameof(TextFrames))]
    public void Text_frame_decodes_and_is_answered_as_the_corpus_expects(string id, string json)
    {
        var record = JsonDocument.Parse(json).RootElement;
        var message = H02Decoder.Decode(record.GetProperty("frame_text").GetString()!, Now);

        Assert.NotNull(message);
        var expect = record.GetProperty("expect").GetString();
        Assert.Equal(expect, message.Kind switch { MessageKind.Position => "position", MessageKind.NoPosition => "no_position", _ => "ignored" });
        if (record.TryGetProperty("ack_text", out var ack))
        {
            Assert.Equal(ack.GetString(), message.Reply);
        }
        else if (record.TryGetProperty("ack_template", out var template))
        {
            var pattern = "^" + Regex.Escape(template.GetString()!.Replace("None", string.Empty, StringComparison.Ordinal))
                .Replace(@"\{yyyyMMddHHmmss\ UTC\ now}", "(\\d{14})", StringComparison.Ordinal) + "$";
            var match = Regex.Match(message.Reply ?? string.Empty, pattern);
            Assert.True(match.Success, $"{id}: {message.Reply} does not match {pattern}");
            Assert.Equal(Now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), match.Groups[1].Value);
        }

        if (expect == "position")
        {
            var position = message.Position!;
            var expected = record.GetProperty("expected");
            if (expected.TryGetProperty("time", out var time))
            {
                Assert.Equal(DateTime.Parse(time.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), position.FixTime);
            }

            Assert.Equal(expected.GetProperty("valid").GetBoolean(), position.Valid);
            Assert.Equal(expected.GetProperty("lat").GetDouble(), position.Latitude, 0.00001);
            Assert.Equal(expected.GetProperty("lon").GetDouble(), position.Longitude, 0.00001);
            Assert.Equal(expected.GetProperty("speed_knots").GetDouble(), position.SpeedKnots ?? -1, 0.01);
            Assert.Equal(expected.GetProperty("course").GetDouble(), position.Course ?? -1, 0.01);
        }
    }

    public static IEnumerable<object[]> FramingCases() => CorpusRecords.Read("h02.framing.jsonl");

    [Theory]
    [MemberData(nameof(FramingCases))]
    public void The_stream_splitter_yields_the_expected_first_frame(string id, string json) =>
        CorpusRecords.AssertFirstFrame(id, json, H02FrameReader.TryRead);
}
