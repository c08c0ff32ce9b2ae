using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amparo.Ingest.Gt06;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Tests.Gt06;

/// <summary>
/// Every GT06 frame of the corpus (shared/corpus/gt06.jsonl), decoded as for a logged-in device of the record's
/// model: kind, exact reply, the fix, and the attributes the corpus asserts. Every framing case is checked too.
/// </summary>
public partial class Gt06CorpusTests
{
    private const string Imei = "123456789012345";
    private static readonly DateTime Now = new(2026, 11, 23, 14, 5, 9, DateTimeKind.Utc);

    /// <summary>Corpus attributes we deliberately do not decode.</summary>
    private static readonly HashSet<string> NotDecoded =
    [
        // A wearable's step count (a short 0xA3 status report, gt06-010): its layout is not published in any source
        // we have, and steps are of no use to the monitoring centre. Kind and reply are still checked.
        "steps",
    ];

    /// <summary>Values Traccar's test asserts that are not in the message body; record id and attribute.</summary>
    private static readonly HashSet<(string Id, string Attribute)> TraccarArtifacts =
    [
        // SL4X 0x32: Traccar reads a longer cell than the length byte gives and takes the altitude from the CRC
        // bytes (0x8429 = -31703). Read within the body, the altitude is 687 m (678 m in the 0x31 frame minutes later).
        ("gt06-021", "altitude"),
    ];

    public static IEnumerable<object[]> Frames() => CorpusRecords.Read("gt06.jsonl");

    public static IEnumerable<object[]> FramingCases() => CorpusRecords.Read("gt06.framing.jsonl");

    [Theory]
    [MemberData(nameof(Frames))]
    public void Frame_decodes_and_is_answered_as_the_corpus_expects(string id, string json)
    {
        var record = JsonDocument.Parse(json).RootElement;
        var frame = Convert.FromHexString(record.GetProperty("frame_hex").GetString()!);
        var notes = record.TryGetProperty("notes", out var n) ? n.GetRawText() : string.Empty;
        var model = record.TryGetProperty("device_model", out var m) ? m.GetString() : null;
        var ack = record.TryGetProperty("ack_hex", out var a) ? a.GetString() : null;

        var result = Gt06Decoder.Decode(frame, notes.Contains("before any login", StringComparison.Ordinal) ? null : Imei, Now, model);

        // The Wi-Fi scan layout (answered 78 78 00 …) has no CRC at all: "does not verify" then compares bytes that
        // are no checksum. Any other frame whose CRC fails (or that is too short to hold one) is refused: it may be
        // corrupt, and a wrong fix is worse than none.
        if (notes.Contains("CRC16/X25 does not verify", StringComparison.Ordinal) && ack?.StartsWith("787800", StringComparison.Ordinal) != true)
        {
            Assert.Equal(frame.Length < 10 ? "Frame too short." : "CRC does not verify.", result.Error);
            return;
        }

        Assert.True(result.Error is null, $"{id}: {result.Error}");
        var message = result.Message!;
        Assert.Equal(record.GetProperty("expect").GetString(), message.Kind switch { MessageKind.Position => "position", MessageKind.NoPosition => "no_position", _ => "ignored" });
        var reply = message.Reply is { } bytes ? Convert.ToHexStringLower(bytes) : null;
        Assert.Equal(ack ?? (record.TryGetProperty("ack_template", out var template) ? Filled(template.GetString()!, Now) : null), reply);

        var expected = record.TryGetProperty("expected", out var e) ? e : default;
        if (message.Position is { } position && expected.ValueKind == JsonValueKind.Object)
        {
            AssertFix(expected, position);
        }

        if (expected.ValueKind == JsonValueKind.Object && expected.TryGetProperty("alarm", out var alarm))
        {
            Assert.Equal(alarm.GetString(), message.Attributes.GetValueOrDefault("alarm"));
        }

        if (expected.ValueKind == JsonValueKind.Object && expected.TryGetProperty("attributes", out var attributes))
        {
            foreach (var attribute in attributes.EnumerateObject().Where(a => !NotDecoded.Contains(a.Name) && !TraccarArtifacts.Contains((id, a.Name))))
            {
                AssertAttribute(id, attribute, message);
            }
        }
    }

    [Theory]
    [MemberData(nameof(FramingCases))]
    public void The_stream_splitter_yields_the_expected_first_frame(string id, string json) =>
        CorpusRecords.AssertFirstFrame(id, json, Gt06FrameReader.TryRead);

    private static void AssertFix(JsonElement expected, Domain.Positions.DeviceReport position)
    {
        if (expected.TryGetProperty("time", out var time))
        {
            Assert.Equal(DateTime.Parse(time.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), position.FixTime);
        }

        if (expected.TryGetProperty("valid", out var valid))
        {
            Assert.Equal(valid.GetBoolean(), position.Valid);
        }

        if (expected.TryGetProperty("lat", out var lat))
        {
            Assert.Equal(lat.GetDouble(), position.Latitude, 0.00001);
            Assert.Equal(expected.GetProperty("lon").GetDouble(), position.Longitude, 0.00001);
        }

        if (expected.TryGetProperty("speed_knots", out var speed))
        {
            Assert.Equal(speed.GetDouble(), position.SpeedKnots ?? -1, 0.01);
        }

        if (expected.TryGetProperty("course", out var course))
        {
            Assert.Equal(course.GetDouble(), position.Course ?? -1, 0.01);
        }

        if (expected.TryGetProperty("alarm", out var alarm))
        {
            Assert.Equal(alarm.GetString(), position.Alarm);
        }
    }

    /// <summary>A corpus attribute: present with that value, or with value null, absent. Altitude is a field of the fix.</summary>
    private static void AssertAttribute(string id, JsonProperty attribute, Gt06Message message)
    {
        object? actual = attribute.Name == "altitude" ? message.Position?.Altitude : message.Attributes.GetValueOrDefault(attribute.Name);
        var what = $"{id}: {attribute.Name}";
        switch (attribute.Value.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.True(actual is null, $"{what} must not be set");
                break;
            case JsonValueKind.Number:
                Assert.True(actual is not null and not string and not bool, $"{what} missing");
                Assert.Equal(attribute.Value.GetDouble(), Convert.ToDouble(actual, CultureInfo.InvariantCulture), 1e-6);
                break;
            case JsonValueKind.String:
                Assert.Equal(attribute.Value.GetString(), actual as string);
                break;
            default:
                Assert.Equal(attribute.Value.GetBoolean(), actual as bool?);
                break;
        }
    }

    /// <summary>
    /// An ack_template in hex: "{… now}" placeholders (a date format such as yyMMddHHmmss) become one byte per
    /// two digits of <paramref name="now"/>, and "{crc}" the CRC-16/X25 over the reply from its length byte.
    /// </summary>
    private static string Filled(string template, DateTime now)
    {
        var hex = Placeholder().Replace(template.Replace(" ", string.Empty, StringComparison.Ordinal), p =>
        {
            var inside = p.Groups[1].Value;
            if (!inside.Contains("now", StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }

            var digits = now.ToString(inside.Split(' ')[0], CultureInfo.InvariantCulture);
            return string.Concat(digits.Chunk(2).Select(d => int.Parse(new string(d), CultureInfo.InvariantCulture).ToString("x2", CultureInfo.InvariantCulture)));
        });
        var crcAt = hex.IndexOf("{crc}", StringComparison.OrdinalIgnoreCase);
        if (crcAt >= 0)
        {
            var crc = Crc16X25.Compute(Convert.FromHexString(hex[4..crcAt]));
            hex = hex[..crcAt] + crc.ToString("x4", CultureInfo.InvariantCulture) + hex[(crcAt + "{crc}".Length)..];
        }

        return hex.ToLowerInvariant();
    }

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex Placeholder();
}
