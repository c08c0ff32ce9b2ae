using System.Text.Json;
using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.OsmAnd;

/// <summary>
/// The JSON body newer Traccar Client versions POST:
/// <c>{"device_id": …, "location": {"timestamp", "coords": {latitude, longitude, accuracy, speed (m/s), heading, altitude},
/// "battery": {level 0–1, is_charging}, "is_moving", "odometer", "event", "activity", "extras"}}</c>.
/// </summary>
public static class OsmAndJsonDecoder
{
    private const double KnotsPerMetrePerSecond = 1.94384;

    public static OsmAndDecodeResult Decode(ReadOnlyMemory<byte> body, DateTime receivedAt, TimeSpan maxFutureSkew)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return OsmAndDecodeResult.Fail("malformed_json", $"Malformed JSON body: {ex.Message}");
        }

        using (document)
        {
            try
            {
                return Decode(document.RootElement, receivedAt, maxFutureSkew);
            }
            catch (InvalidOperationException)
            {
                return OsmAndDecodeResult.Fail("malformed_json", "A JSON field has the wrong type.");
            }
        }
    }

    private static OsmAndDecodeResult Decode(JsonElement root, DateTime receivedAt, TimeSpan maxFutureSkew)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return OsmAndDecodeResult.Fail("malformed_json", "The JSON body must be an object.");
        }

        var id = Text(root, "device_id") ?? Text(root, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return OsmAndDecodeResult.Fail("missing_id", "Missing device id ('device_id').");
        }

        if (!root.TryGetProperty("location", out var location) || location.ValueKind != JsonValueKind.Object
            || !location.TryGetProperty("coords", out var coords) || coords.ValueKind != JsonValueKind.Object)
        {
            return OsmAndDecodeResult.Ok(new DecodedMessage(MessageKind.NoPosition, id, null));
        }

        var fixTime = receivedAt;
        if (Text(location, "timestamp") is { } timestamp && !OsmAndValues.TryTimestamp(timestamp, out fixTime))
        {
            return OsmAndDecodeResult.Fail("bad_time", $"Unreadable timestamp '{timestamp}'.");
        }

        if (Number(coords, "latitude") is not { } lat || Number(coords, "longitude") is not { } lon)
        {
            return OsmAndDecodeResult.Fail("bad_coordinates", "Missing or malformed 'latitude'/'longitude'.");
        }

        var attributes = Attributes(location);
        double? battery = location.TryGetProperty("battery", out var b) && b.ValueKind == JsonValueKind.Object
            && Number(b, "level") is >= 0 and var level ? Math.Round(level * 100, 1) : null;
        var report = new DeviceReport(
            id, fixTime, Valid: true, lat, lon,
            SpeedKnots: Number(coords, "speed") is >= 0 and var speed ? Math.Round(speed * KnotsPerMetrePerSecond, 4) : null,
            Course: Number(coords, "heading") is >= 0 and var heading ? heading : null,
            Altitude: Number(coords, "altitude"),
            AccuracyMetres: Number(coords, "accuracy") is >= 0 and var accuracy ? accuracy : null,
            BatteryPercent: battery,
            Alarm: attributes.GetValueOrDefault("alarm") as string,
            Attributes: attributes);
        return OsmAndFix.Validate(report, receivedAt, maxFutureSkew);
    }

    private static Dictionary<string, object> Attributes(JsonElement location)
    {
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        if (location.TryGetProperty("is_moving", out var moving) && moving.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            attributes["motion"] = moving.GetBoolean();
        }

        if (Number(location, "odometer") is { } odometer)
        {
            attributes["odometer"] = odometer;
        }

        if (Text(location, "event") is { } motionEvent)
        {
            attributes["event"] = motionEvent;
        }

        if (location.TryGetProperty("battery", out var battery) && battery.ValueKind == JsonValueKind.Object
            && battery.TryGetProperty("is_charging", out var charging) && charging.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            attributes["charge"] = charging.GetBoolean();
        }

        if (location.TryGetProperty("activity", out var activity) && activity.ValueKind == JsonValueKind.Object && Text(activity, "type") is { } type)
        {
            attributes["activity"] = type;
        }

        if (location.TryGetProperty("extras", out var extras) && extras.ValueKind == JsonValueKind.Object)
        {
            foreach (var extra in extras.EnumerateObject())
            {
                if (Scalar(extra.Value) is { } value)
                {
                    attributes[extra.Name] = value;
                }
            }
        }

        return attributes;
    }

    private static object? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetDouble(out var number) && double.IsFinite(number) ? number : null;
}
