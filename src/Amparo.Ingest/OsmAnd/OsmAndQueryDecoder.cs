using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.OsmAnd;

/// <summary>
/// The OsmAnd / Traccar Client protocol in its query-string or form form:
/// <c>?id=…&amp;timestamp=…&amp;lat=…&amp;lon=…&amp;speed=…</c>. Pure: parameters in, messages out.
/// </summary>
public static class OsmAndQueryDecoder
{
    private static readonly HashSet<string> Consumed = new(StringComparer.Ordinal)
    {
        "id", "deviceid", "timestamp", "lat", "lon", "location", "valid", "speed", "bearing", "heading",
        "altitude", "accuracy", "batt", "key",
    };

    /// <summary>The messages of one request; a <c>key</c> parameter is the device's secret, carried with them, never kept.</summary>
    public static OsmAndDecodeResult Decode(IEnumerable<KeyValuePair<string, string>> parameters, DateTime receivedAt, TimeSpan maxFutureSkew)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var list = parameters.ToList();
        var decoded = DecodeMessages(list, receivedAt, maxFutureSkew);
        var key = list.LastOrDefault(p => p.Key == "key").Value;
        return key is null || decoded.IsError ? decoded : decoded with { Messages = decoded.Messages.Select(m => m with { Credential = key }).ToList() };
    }

    private static OsmAndDecodeResult DecodeMessages(IEnumerable<KeyValuePair<string, string>> parameters, DateTime receivedAt, TimeSpan maxFutureSkew)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            values[key] = value;
            if (!Consumed.Contains(key))
            {
                attributes[key] = key == "alarm" ? value : OsmAndValues.Typed(value);
            }
        }

        var id = values.GetValueOrDefault("id") ?? values.GetValueOrDefault("deviceid");
        if (string.IsNullOrWhiteSpace(id))
        {
            return OsmAndDecodeResult.Fail("missing_id", "Missing device id (parameter 'id' or 'deviceid').");
        }

        var fixTime = receivedAt;
        if (values.TryGetValue("timestamp", out var timestamp) && !OsmAndValues.TryTimestamp(timestamp, out fixTime))
        {
            return OsmAndDecodeResult.Fail("bad_time", $"Unreadable timestamp '{timestamp}'.");
        }

        if (!TryCoordinates(values, out var lat, out var lon, out var coordinateError))
        {
            return coordinateError is null
                ? OsmAndDecodeResult.Ok(new DecodedMessage(MessageKind.NoPosition, id, null, attributes))
                : OsmAndDecodeResult.Fail("bad_coordinates", coordinateError);
        }

        if (!TryOptional(values, "speed", out var speed) || !TryOptional(values, "bearing", out var bearing)
            || !TryOptional(values, "heading", out var heading) || !TryOptional(values, "altitude", out var altitude)
            || !TryOptional(values, "accuracy", out var accuracy) || !TryOptional(values, "batt", out var battery))
        {
            return OsmAndDecodeResult.Fail("bad_number", "A numeric parameter (speed, bearing, altitude, accuracy, batt) is not a number.");
        }

        var report = new DeviceReport(
            id, fixTime,
            Valid: !values.TryGetValue("valid", out var valid) || valid is "true" or "1",
            lat, lon, speed, bearing ?? heading, altitude, accuracy, battery,
            Alarm: attributes.GetValueOrDefault("alarm") as string,
            Attributes: attributes);
        return OsmAndFix.Validate(report, receivedAt, maxFutureSkew);
    }

    /// <summary>False with no error when the message simply has no fix (cell towers or Wi-Fi only).</summary>
    private static bool TryCoordinates(Dictionary<string, string> values, out double lat, out double lon, out string? error)
    {
        lat = lon = 0;
        error = null;
        string? latText = values.GetValueOrDefault("lat"), lonText = values.GetValueOrDefault("lon");
        if (values.TryGetValue("location", out var location))
        {
            var parts = location.Split(',');
            (latText, lonText) = parts.Length == 2 ? (parts[0], parts[1]) : (location, null);
        }

        if (latText is null && lonText is null)
        {
            return false;
        }

        if (!OsmAndValues.TryNumber(latText, out lat) || !OsmAndValues.TryNumber(lonText, out lon))
        {
            error = $"Malformed coordinates: lat '{latText}', lon '{lonText}'.";
            return false;
        }

        return true;
    }

    private static bool TryOptional(Dictionary<string, string> values, string key, out double? value)
    {
        value = null;
        if (!values.TryGetValue(key, out var text))
        {
            return true;
        }

        if (!OsmAndValues.TryNumber(text, out var number))
        {
            return false;
        }

        value = number;
        return true;
    }
}
